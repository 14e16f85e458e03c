import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation } from '@client-portal/kit';
import { EXTERNAL_ROLES, type ExternalRole } from './external-user.js';
import { checkEmail, checkPassword, displayNameOf, normalizeEmail } from './people.js';

export const INVITATION_STATUSES = ['pending', 'accepted', 'cancelled'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface Invitation {
  id: string;
  tenantId: string;
  /** SHA-256 of the link's token: a leaked database does not leak working links. */
  tokenHash: string;
  email: string;
  displayName: string;
  clientId: string;
  clientName: string;
  contactId: string;
  workspaceId: string;
  workspaceName: string;
  role: ExternalRole;
  status: InvitationStatus;
  externalUserId: string;
  invitedBy: string;
  createdAt: Date;
  acceptedAt: Date | null;
  cancelledAt: Date | null;
}

export interface InviteInput {
  email: string;
  displayName: string;
  clientId: string;
  contactId: string;
  workspaceId: string;
  workspaceName: string;
  clientName: string;
  role: string;
}

export type InviteRequest = Omit<InviteInput, 'role'> & { role: ExternalRole };

const ROLE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Checks an invitation request, naming every bad field. `roleKnown`: whether the tenant has the role
 * (its catalogue, issue 11); without it only the built-in roles are known.
 */
export function inviteRequest(input: InviteInput, roleKnown?: boolean): InviteRequest {
  const violations: FieldViolation[] = [];
  const email = normalizeEmail(input.email);
  const role = input.role.trim() || 'decision-maker';
  const clientId = input.clientId.trim();
  const workspaceId = input.workspaceId.trim();
  checkEmail(email, 'email', violations);
  // Built-in or tenant role ids (issue 11); whether this tenant has the role is the service's check.
  const known = roleKnown ?? (EXTERNAL_ROLES as readonly string[]).includes(role);
  if (!ROLE_ID.test(role) || !known)
    violations.push({ field: 'role', message: 'Choose one of your portal roles', code: 'invalid_value' });
  if (!clientId) violations.push({ field: 'clientId', message: 'Say which client this person belongs to' });
  if (!workspaceId)
    violations.push({ field: 'workspaceId', message: 'Say which workspace this person is invited to' });
  if (violations.length > 0)
    throw DomainError.invalid('The invitation could not be sent: check the highlighted fields', violations);
  return {
    email,
    displayName: displayNameOf(input.displayName, email),
    clientId,
    contactId: input.contactId.trim(),
    workspaceId,
    workspaceName: input.workspaceName.trim(),
    clientName: input.clientName.trim(),
    role,
  };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new pending invitation and the secret its link carries; only the hash is kept. */
export function newInvitation(
  tenantId: string,
  request: InviteRequest,
  externalUserId: string,
  invitedBy: string,
  now = new Date(),
): { invitation: Invitation; token: string } {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    invitation: {
      id: randomUUID(),
      tenantId,
      tokenHash: hashToken(token),
      email: request.email,
      displayName: request.displayName,
      clientId: request.clientId,
      clientName: request.clientName,
      contactId: request.contactId,
      workspaceId: request.workspaceId,
      workspaceName: request.workspaceName,
      role: request.role,
      status: 'pending',
      externalUserId,
      invitedBy,
      createdAt: now,
      acceptedAt: null,
      cancelledAt: null,
    },
  };
}

/** Only a pending invitation can be accepted; a used or cancelled link says so. */
/** How long an invitation link works: after that the person asks for a new one. */
export const INVITATION_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

export function isExpired(invitation: Invitation, now = new Date()): boolean {
  return (
    invitation.status === 'pending' && invitation.createdAt.getTime() + INVITATION_VALIDITY_MS < now.getTime()
  );
}

export function assertPending(invitation: Invitation, now = new Date()): void {
  switch (invitation.status) {
    case 'pending':
      if (isExpired(invitation, now))
        throw DomainError.precondition(
          'This invitation link has expired (links work for 7 days). Ask for a new invitation.',
          'invitation.expired',
        );
      return;
    case 'accepted':
      throw DomainError.precondition(
        'This invitation link was already used. Sign in with your e-mail address and password.',
        'invitation.already_accepted',
      );
    case 'cancelled':
      throw DomainError.precondition(
        'This invitation link was cancelled. Ask for a new invitation.',
        'invitation.cancelled',
      );
  }
}

/** The password a person chooses when accepting, checked before Keycloak sees it. */
export function checkNewPassword(password: string, email: string): void {
  const violations: FieldViolation[] = [];
  checkPassword(password, email, 'password', violations);
  if (violations.length > 0) throw DomainError.invalid('Choose another password', violations);
}

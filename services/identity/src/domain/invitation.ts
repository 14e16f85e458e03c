import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS, checkMaxLength } from '@client-portal/kit';
import { EXTERNAL_ROLES, type ExternalRole } from './external-user.js';
import { checkEmail, checkPassword, displayNameOf, normalizeEmail } from './people.js';

export const INVITATION_STATUSES = ['pending', 'accepted', 'cancelled'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
/** What staff and the link's holder see: a pending invitation past its validity reads `expired`. */
export const SHOWN_INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'cancelled'] as const;
export type ShownInvitationStatus = (typeof SHOWN_INVITATION_STATUSES)[number];

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
  /** When the link was last (re)sent: the link works for INVITATION_VALIDITY_MS from then. */
  sentAt: Date;
  acceptedAt: Date | null;
  cancelledAt: Date | null;
  /**
   * The address signs in to another organisation's portal: nothing was created in Keycloak, and the
   * e-mail tells the person this address cannot be used here (no link). Staff see an ordinary
   * invitation, so one tenant never learns who signs in elsewhere. Never sent to anyone.
   */
  addressUnavailable: boolean;
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
  /** The CRM contact's mobile number; stored on the login as `mobile_number` when it is E.164. */
  mobile?: string;
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
  checkMaxLength(
    violations,
    'displayName',
    input.displayName.trim(),
    FIELD_LIMITS.identity.invitationDisplayName,
    'A name',
  );
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
    mobile: e164(input.mobile ?? ''),
  };
}

/**
 * A phone number as E.164 (+ then 8 to 15 digits), from the CRM's free-form spelling ("+33 6 12 34 56
 * 78", "+1 (555) 010-0199"); empty when it cannot be one (no country code): the code then goes by e-mail.
 */
export function e164(phone: string): string {
  const compact = phone.trim().replace(/[\s().-]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  return /^\+[1-9]\d{7,14}$/.test(international) ? international : '';
}

/** What one address of a bulk invitation meets; an empty problem: it may be invited. */
export interface InviteeCheck {
  email: string;
  problem: '' | 'invalid_format' | 'too_long' | 'duplicate' | 'staff_member' | 'other_client';
  message: string;
}

/** The problems an address has on its own or within its list (checked before anything is looked up). */
export function inviteeFormatProblem(
  email: string,
  earlier: ReadonlySet<string>,
): Omit<InviteeCheck, 'email'> | undefined {
  const violations: FieldViolation[] = [];
  checkEmail(email, 'email', violations);
  const [violation] = violations;
  if (violation)
    return {
      problem: violation.code === 'too_long' ? 'too_long' : 'invalid_format',
      message: email ? `"${email}" is not a valid e-mail address` : 'An empty line is not an e-mail address',
    };
  if (earlier.has(email))
    return { problem: 'duplicate', message: `${email} is already in the list: each address once` };
  return undefined;
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
  addressUnavailable = false,
): { invitation: Invitation; token: string } {
  const { token, tokenHash } = newLinkToken();
  return {
    token,
    invitation: {
      id: randomUUID(),
      tenantId,
      tokenHash,
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
      sentAt: now,
      acceptedAt: null,
      cancelledAt: null,
      addressUnavailable,
    },
  };
}

/** How long an invitation link works: after that the person asks for a new one. */
export const INVITATION_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

export function isExpired(invitation: Invitation, now = new Date()): boolean {
  return (
    invitation.status === 'pending' && invitation.sentAt.getTime() + INVITATION_VALIDITY_MS < now.getTime()
  );
}

export function shownStatus(invitation: Invitation, now = new Date()): ShownInvitationStatus {
  return isExpired(invitation, now) ? 'expired' : invitation.status;
}

/** A fresh secret for an invitation's link; only its hash is stored. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** Only a pending invitation can be accepted; a used, cancelled or expired link says so. */
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

import { randomBytes, randomUUID } from 'node:crypto';
import {
  DomainError,
  STAFF_ROLES,
  type FieldViolation,
  type Principal,
  type StaffRole,
  FIELD_LIMITS,
} from '@client-portal/kit';
import { hashToken, INVITATION_VALIDITY_MS } from './invitation.js';
import { checkEmail, displayNameOf, normalizeEmail } from './people.js';
import type { StaffMember } from './tenant.js';

export interface InviteStaffInput {
  email: string;
  displayName: string;
  role: string;
}

export interface InviteStaffRequest {
  email: string;
  displayName: string;
  role: StaffRole;
}

const MAX_NAME_LENGTH = FIELD_LIMITS.identity.staffDisplayName;

function checkRole(role: string, violations: FieldViolation[]): void {
  if (!role) violations.push({ field: 'role', message: 'Choose a role', code: 'required' });
  else if (!(STAFF_ROLES as readonly string[]).includes(role))
    violations.push({
      field: 'role',
      message: `The role must be one of ${STAFF_ROLES.join(', ')}`,
      code: 'invalid_value',
    });
}

/** Checks a team invitation, naming every bad field. */
export function inviteStaffRequest(input: InviteStaffInput): InviteStaffRequest {
  const violations: FieldViolation[] = [];
  const email = normalizeEmail(input.email);
  const role = input.role.trim();
  if (!email)
    violations.push({ field: 'email', message: 'The e-mail address is required', code: 'required' });
  else checkEmail(email, 'email', violations);
  if (input.displayName.trim().length > MAX_NAME_LENGTH)
    violations.push({
      field: 'displayName',
      message: `A name is at most ${MAX_NAME_LENGTH} characters`,
      code: 'too_long',
    });
  checkRole(role, violations);
  if (violations.length > 0)
    throw DomainError.invalid('The invitation could not be sent: check the highlighted fields', violations);
  return { email, displayName: displayNameOf(input.displayName, email), role: role as StaffRole };
}

/** The role a member is given, checked. */
export function staffRoleOf(role: string): StaffRole {
  const violations: FieldViolation[] = [];
  checkRole(role.trim(), violations);
  if (violations.length > 0) throw DomainError.invalid('Choose one of the team roles', violations);
  return role.trim() as StaffRole;
}

/** A fresh link token and the hash kept of it. */
export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function newInvitedStaff(
  tenantId: string,
  keycloakId: string,
  request: InviteStaffRequest,
  invitedBy: string,
  tokenHash: string,
  now = new Date(),
): StaffMember {
  return {
    id: randomUUID(),
    tenantId,
    keycloakId,
    email: request.email,
    displayName: request.displayName,
    role: request.role,
    status: 'invited',
    createdAt: now,
    invitedAt: now,
    invitedBy,
    inviteTokenHash: tokenHash,
    deactivatedAt: null,
  };
}

/** Whether a pending invitation's link is too old to use (same validity as the portal's links). */
export function isStaffInvitationExpired(member: StaffMember, now = new Date()): boolean {
  return (
    member.status === 'invited' &&
    member.invitedAt !== null &&
    member.invitedAt.getTime() + INVITATION_VALIDITY_MS < now.getTime()
  );
}

/** The team rules that no permission expresses on its own. */
export const teamRules = {
  /** Only an owner makes someone an owner or takes the owner role away. */
  assertMayTouchOwnerRole(principal: Principal, target: StaffMember, newRole?: StaffRole): void {
    const touchesOwner = target.role === 'owner' || newRole === 'owner';
    if (touchesOwner && principal.kind === 'staff' && principal.staffRole !== 'owner')
      throw DomainError.forbidden(
        'Only an owner can grant or remove the owner role (you are an admin)',
        'team.owner_only',
      );
  },
  /** The last active owner stays: the organisation would be left without anybody able to run it. */
  assertNotLastOwner(target: StaffMember, activeOwners: number): void {
    if (target.role === 'owner' && target.status === 'active' && activeOwners <= 1)
      throw DomainError.precondition(
        'The organisation needs at least one active owner: make someone else owner first',
        'team.last_owner',
      );
  },
  assertNotSelf(principal: Principal, target: StaffMember): void {
    if (principal.userId === target.id)
      throw DomainError.precondition(
        'You cannot deactivate yourself: ask another admin or owner',
        'team.self_deactivation',
      );
  },
};

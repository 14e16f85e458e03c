import { randomUUID } from 'node:crypto';
import { withImpliedRights, type RoleRights } from './portal-role.js';
import {
  DEFAULT_PORTAL_RIGHTS,
  DomainError,
  PORTAL_RIGHTS,
  type PortalRight,
  type WorkspaceAccess,
} from '@client-portal/kit';

/** The built-in roles; a tenant adds its own (domain/portal-role.ts), so a role is any id of its catalogue. */
export const EXTERNAL_ROLES = ['decision-maker', 'technical', 'billing', 'observer'] as const;
export type ExternalRole = string;
/**
 * invited → active by accepting; active/invited → revoked by staff (revocation slice, issue 11) and back
 * to what they were by restoring; active → converted when they became a staff member (kept for history).
 */
export const EXTERNAL_USER_STATUSES = ['invited', 'active', 'revoked', 'converted'] as const;
export type ExternalUserStatus = (typeof EXTERNAL_USER_STATUSES)[number];

/**
 * The keycloakId of a portal user whose address signs in to another organisation: no login was created
 * here (identity never touches the other tenant's login), and the Keycloak gateway skips such ids.
 */
export const UNLINKED_PREFIX = 'unlinked:';

/** A client's contact who logs in to the portal; one per e-mail address in a tenant. */
export interface ExternalUser {
  id: string;
  tenantId: string;
  keycloakId: string;
  email: string;
  displayName: string;
  clientId: string;
  contactId: string;
  role: ExternalRole;
  /** Every workspace this person was invited to; they see exactly these. */
  workspaceIds: string[];
  /**
   * Their rights per workspace, as staff set them (issue 10). A workspace of workspaceIds without an
   * entry (people invited before issue 10) gets the role's default rights: rightsIn().
   */
  workspaceAccess: WorkspaceAccess[];
  /** Invited until they accept an invitation by choosing a password; only active users may sign in. */
  status: ExternalUserStatus;
  createdAt: Date;
  updatedAt: Date;
  activatedAt: Date | null;
  /** When staff took the whole portal away (status revoked), and why; absent otherwise. */
  revokedAt?: Date | null;
  revokedReason?: string;
  /** The staff member they became (status converted). */
  staffId?: string;
}

export function newExternalUser(
  tenantId: string,
  keycloakId: string,
  invite: {
    email: string;
    displayName: string;
    clientId: string;
    contactId: string;
    role: ExternalRole;
    workspaceId: string;
  },
  now = new Date(),
): ExternalUser {
  return {
    id: randomUUID(),
    tenantId,
    keycloakId,
    email: invite.email,
    displayName: invite.displayName,
    clientId: invite.clientId,
    contactId: invite.contactId,
    role: invite.role,
    workspaceIds: [invite.workspaceId],
    workspaceAccess: [],
    status: 'invited',
    createdAt: now,
    updatedAt: now,
    activatedAt: null,
  };
}

/** The rights a built-in role gives in a workspace (decision-maker: all; observer: view only …). */
export function defaultRights(role: string): PortalRight[] {
  return withImpliedRights(DEFAULT_PORTAL_RIGHTS[role] ?? []);
}

/**
 * The user's rights in one of their workspaces: the ones staff adjusted there, else their role's
 * (`roleRights` resolves tenant roles; without it only built-in roles are known). Paying implies
 * seeing billing, also for rights stored before the `billing` right existed.
 */
export function rightsIn(
  user: Pick<ExternalUser, 'role' | 'workspaceAccess'>,
  workspaceId: string,
  roleRights: RoleRights = defaultRights,
): PortalRight[] {
  const stored = user.workspaceAccess.find((access) => access.workspaceId === workspaceId);
  return stored ? withImpliedRights(stored.rights) : roleRights(user.role);
}

/** Every workspace the user is in, with their rights there (what the principal carries). */
export function accessOf(
  user: Pick<ExternalUser, 'role' | 'workspaceIds' | 'workspaceAccess'>,
  roleRights: RoleRights = defaultRights,
): WorkspaceAccess[] {
  return user.workspaceIds.map((workspaceId) => ({
    workspaceId,
    rights: rightsIn(user, workspaceId, roleRights),
  }));
}

/** Checks a set of rights from staff, in catalogue order; names the unknown ones. */
export function checkRights(rights: readonly string[], field = 'rights'): PortalRight[] {
  const unknown = rights.filter((right) => !(PORTAL_RIGHTS as readonly string[]).includes(right));
  if (unknown.length > 0)
    throw DomainError.invalid('Unknown right', [
      {
        field,
        message: `Unknown right(s): ${unknown.join(', ')}; rights are ${PORTAL_RIGHTS.join(', ')}`,
        code: 'invalid_value',
      },
    ]);
  return withImpliedRights(rights);
}

/** The user's access with the rights in one workspace replaced (or added). */
export function withRights(
  access: readonly WorkspaceAccess[],
  workspaceId: string,
  rights: readonly PortalRight[],
): WorkspaceAccess[] {
  return [
    ...access.filter((entry) => entry.workspaceId !== workspaceId),
    { workspaceId, rights: [...rights] },
  ];
}

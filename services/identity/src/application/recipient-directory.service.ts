import {
  DomainError,
  PORTAL_RIGHTS,
  principalIssuer,
  STAFF_ROLES,
  type FieldViolation,
  type Principal,
} from '@client-portal/kit';
import { rightsIn, type ExternalUser } from '../domain/external-user.js';
import type { StaffMember } from '../domain/tenant.js';
import type { RoleRights } from '../domain/portal-role.js';
import type { ExternalUserRepository } from '../store/external-user.repository.js';
import type { StaffRepository } from '../store/staff.repository.js';
import type { TenantRepository } from '../store/tenant.repository.js';

/** Whom a notification is for: specific people, and/or staff by role, and/or a client's users (narrowed). */
export interface RecipientQuery {
  userIds: string[];
  staffRoles: string[];
  clientId: string;
  workspaceId: string;
  right: string;
  /** Client users who are these CRM contacts. */
  contactIds?: string[];
}

/** One person as the notification service needs them. */
export interface DirectoryRecipient {
  userId: string;
  kind: 'staff' | 'client';
  email: string;
  displayName: string;
  language: string;
  mobileNumber: string;
  staffRole: string;
  clientId: string;
}

/** More ids than any one notification names: a longer list is a bug upstream, refused rather than scanned. */
export const MAX_USER_IDS = 500;

/**
 * Only the notification service may list people with their addresses (checked by the key that signed
 * its principal, as for invitation links): a directory of a tenant's people is not for anyone else.
 */
export function assertNotificationCaller(principal: Principal): void {
  if (
    principal.kind !== 'service' ||
    principal.userId !== 'service:notification' ||
    principalIssuer(principal) !== 'notification'
  )
    throw DomainError.forbidden('Only the notification service may list recipients');
}

/** Checks a query, naming every bad field (an unknown role or right would silently match nobody). */
export function recipientQuery(input: RecipientQuery): RecipientQuery {
  const violations: FieldViolation[] = [];
  const userIds = [...new Set(input.userIds.map((id) => id.trim()).filter(Boolean))];
  if (userIds.length > MAX_USER_IDS)
    violations.push({
      field: 'userIds',
      message: `At most ${MAX_USER_IDS} people at once`,
      code: 'too_big',
    });
  const staffRoles = [...new Set(input.staffRoles.map((role) => role.trim()))];
  const unknownRoles = staffRoles.filter((role) => !(STAFF_ROLES as readonly string[]).includes(role));
  if (unknownRoles.length > 0)
    violations.push({
      field: 'staffRoles',
      message: `Unknown role(s): ${unknownRoles.join(', ')}; roles are ${STAFF_ROLES.join(', ')}`,
      code: 'invalid_value',
    });
  const clientId = input.clientId.trim();
  const workspaceId = input.workspaceId.trim();
  const right = input.right.trim();
  if (right && !(PORTAL_RIGHTS as readonly string[]).includes(right))
    violations.push({
      field: 'right',
      message: `Unknown right; rights are ${PORTAL_RIGHTS.join(', ')}`,
      code: 'invalid_value',
    });
  if ((workspaceId || right) && !clientId)
    violations.push({
      field: 'clientId',
      message: 'Say whose client users are meant when narrowing by workspace or right',
      code: 'required',
    });
  const contactIds = [...new Set((input.contactIds ?? []).map((id) => id.trim()).filter(Boolean))];
  if (contactIds.length > MAX_USER_IDS)
    violations.push({
      field: 'contactIds',
      message: `At most ${MAX_USER_IDS} contacts at once`,
      code: 'too_big',
    });
  if (violations.length > 0) throw DomainError.invalid('The recipient query is not valid', violations);
  return { userIds, staffRoles, clientId, workspaceId, right, contactIds };
}

/** Whether a client user is one the query's client filter matches: in the workspace, with the right. */
export function clientUserMatches(
  user: Pick<ExternalUser, 'clientId' | 'status' | 'role' | 'workspaceIds' | 'workspaceAccess'>,
  query: Pick<RecipientQuery, 'clientId' | 'workspaceId' | 'right'>,
  roleRights?: RoleRights,
): boolean {
  if (user.status !== 'active' || user.clientId !== query.clientId) return false;
  const workspaces = query.workspaceId
    ? user.workspaceIds.filter((id) => id === query.workspaceId)
    : user.workspaceIds;
  if (workspaces.length === 0) return false;
  if (!query.right) return true;
  return workspaces.some((workspaceId) =>
    (rightsIn(user, workspaceId, roleRights) as string[]).includes(query.right),
  );
}

/**
 * Identity's directory of whom to notify (issue 12). Only people who can sign in are listed: active
 * staff and active client users (an invitation not yet accepted, a deactivated member, a revoked or
 * converted portal user are left out). Nobody stores a personal language yet: everyone gets the
 * tenant's default, which the templates apply.
 */
export class RecipientDirectoryService {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly staff: StaffRepository,
    private readonly externalUsers: ExternalUserRepository,
    private readonly roles?: { roleRights(tenantId: string): Promise<RoleRights> },
  ) {}

  async listRecipients(principal: Principal, input: RecipientQuery): Promise<DirectoryRecipient[]> {
    assertNotificationCaller(principal);
    const query = recipientQuery(input);
    const tenantId = principal.tenantId;
    const tenant = await this.tenants.find(tenantId);
    if (!tenant) return [];
    const language = tenant.defaultLanguage;
    const found = new Map<string, DirectoryRecipient>();
    const addStaff = (member: StaffMember) => {
      if (member.status === 'active' && !found.has(member.id))
        found.set(member.id, staffRecipient(member, language));
    };
    const addClient = (user: ExternalUser) => {
      if (user.status === 'active' && !found.has(user.id))
        found.set(user.id, clientRecipient(user, language));
    };

    const needStaff = query.staffRoles.length > 0 || query.userIds.length > 0;
    const members = needStaff ? await this.staff.list(tenantId) : [];
    for (const member of members) {
      if (query.staffRoles.includes(member.role) || query.userIds.includes(member.id)) addStaff(member);
    }
    const staffIds = new Set(members.map((member) => member.id));
    const others = query.userIds.filter((id) => !staffIds.has(id));
    if (others.length > 0)
      for (const user of await this.externalUsers.findMany(tenantId, others)) addClient(user);
    for (const user of await this.externalUsers.findByContacts(tenantId, query.contactIds ?? []))
      addClient(user);
    if (query.clientId) {
      const users = query.workspaceId
        ? await this.externalUsers.listInWorkspace(tenantId, query.workspaceId)
        : await this.externalUsers.listByClient(tenantId, query.clientId);
      const roleRights = query.right ? await this.roles?.roleRights(tenantId) : undefined;
      for (const user of users) if (clientUserMatches(user, query, roleRights)) addClient(user);
    }
    return [...found.values()];
  }
}

function staffRecipient(member: StaffMember, language: string): DirectoryRecipient {
  return {
    userId: member.id,
    kind: 'staff',
    email: member.email,
    displayName: member.displayName,
    language,
    mobileNumber: '',
    staffRole: member.role,
    clientId: '',
  };
}

function clientRecipient(user: ExternalUser, language: string): DirectoryRecipient {
  return {
    userId: user.id,
    kind: 'client',
    email: user.email,
    displayName: user.displayName,
    language,
    mobileNumber: '',
    staffRole: '',
    clientId: user.clientId,
  };
}

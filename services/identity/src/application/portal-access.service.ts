import { assertPermission, assertStaff, DomainError, roleAllows, type Principal } from '@client-portal/kit';
import type { ExternalUser } from '../domain/external-user.js';
import {
  builtInRoles,
  checkGroupName,
  checkRole,
  isBuiltInRole,
  MAX_GROUP_MEMBERS,
  MAX_TENANT_ROLES,
  newGroup,
  newRole,
  roleRightsOf,
  type PortalAccessSettings,
  type PortalGroup,
  type PortalRole,
  type RoleRights,
} from '../domain/portal-role.js';
import type { ExternalUserRepository } from '../store/external-user.repository.js';
import type { InvitationRepository } from '../store/invitation.repository.js';
import type { PortalAccessRepository, SaveOutcome } from '../store/portal-access.repository.js';

export interface RoleWithUsage extends PortalRole {
  /** Portal users holding the role. */
  userCount: number;
}

export interface GroupWithMembers extends PortalGroup {
  members: ExternalUser[];
}

function changedMeanwhile(thing: string): DomainError {
  return DomainError.precondition(
    `The ${thing} was changed meanwhile: reload and try again`,
    'changed_meanwhile',
  );
}

function nameTaken(thing: string, name: string): DomainError {
  return DomainError.conflict(`A ${thing} named “${name}” exists already`, `${thing}.name_taken`);
}

/**
 * External roles, groups and the portal-access option of a tenant (issue 11, roles slice).
 * Who may do what: every staff member reads roles and groups (they choose them when inviting); only
 * admins (portal.configure) define roles and groups and set the option; giving a person a role or
 * groups later is a workspace manager's (workspaces.manage), like their rights; a client user is told
 * none of it exists. Inviting needs workspaces.manage, or the option "members may invite" for a member
 * who keeps the role's rights (assertMayInvite).
 */
export class PortalAccessService {
  constructor(
    private readonly store: PortalAccessRepository,
    private readonly externalUsers: ExternalUserRepository,
    private readonly invitations: InvitationRepository,
  ) {}

  // ---- what other use cases ask ----

  /** A tenant's role catalogue as a resolver (principal resolution, member lists). */
  async roleRights(tenantId: string): Promise<RoleRights> {
    return roleRightsOf(await this.store.listRoles(tenantId));
  }

  /** Whether this tenant has the role (built-in or its own). */
  async roleExists(tenantId: string, role: string): Promise<boolean> {
    if (isBuiltInRole(role)) return true;
    return !!role && !!(await this.store.findRole(tenantId, role));
  }

  /** Refuses a role this tenant does not have (built-in or its own), naming the field. */
  async assertRole(tenantId: string, role: string, field = 'role'): Promise<void> {
    if (await this.roleExists(tenantId, role)) return;
    throw DomainError.invalid('Unknown role', [
      { field, message: 'Choose one of your portal roles', code: 'invalid_value' },
    ]);
  }

  /**
   * Whether the caller may invite people to the portal (or add them to a workspace): staff with
   * workspaces.manage; a member when the tenant lets members invite AND they keep the role's rights.
   */
  async assertMayInvite(principal: Principal, options: { customRights: boolean }): Promise<void> {
    if (principal.kind === 'service') return;
    assertStaff(principal, 'member');
    if (principal.staffRole && roleAllows(principal.staffRole, 'workspaces.manage')) return;
    const settings = await this.store.findSettings(principal.tenantId);
    if (!settings.membersMayInvite)
      throw DomainError.forbidden(
        'Inviting people needs the manager role or higher (an admin can let members invite)',
        'permission.workspaces.manage',
      );
    if (options.customRights)
      throw DomainError.forbidden(
        'Members invite people with an existing role; choosing rights needs the manager role or higher',
        'permission.workspaces.manage',
      );
  }

  /** Puts a user in groups chosen at invitation (each must exist); a group they are in already is skipped. */
  async joinGroups(principal: Principal, externalUserId: string, groupIds: readonly string[]): Promise<void> {
    const wanted = [...new Set(groupIds.map((id) => id.trim()).filter(Boolean))];
    const groups = await Promise.all(wanted.map((id) => this.store.findGroup(principal.tenantId, id)));
    if (groups.some((group) => !group))
      throw DomainError.invalid('Unknown group', [
        { field: 'groupIds', message: 'Choose existing groups', code: 'invalid_value' },
      ]);
    for (const group of groups) {
      if (!group || group.memberIds.includes(externalUserId)) continue;
      await this.saveGroupMembers(principal, group, [...group.memberIds, externalUserId]);
    }
  }

  // ---- roles ----

  async listRoles(principal: Principal): Promise<RoleWithUsage[]> {
    this.assertStaffReader(principal);
    const [roles, counts] = await Promise.all([
      this.store.listRoles(principal.tenantId),
      this.externalUsers.countByRole(principal.tenantId),
    ]);
    return [...builtInRoles(), ...roles].map((role) => ({ ...role, userCount: counts.get(role.id) ?? 0 }));
  }

  async createRole(principal: Principal, input: { name: string; rights: string[] }): Promise<RoleWithUsage> {
    this.assertAdmin(principal);
    const checked = checkRole(input);
    if ((await this.store.listRoles(principal.tenantId)).length >= MAX_TENANT_ROLES)
      throw DomainError.precondition(
        `A portal has at most ${MAX_TENANT_ROLES} roles of its own: reuse or delete one`,
        'role.too_many',
      );
    const role = newRole(principal.tenantId, checked);
    const outcome = await this.store.insertRole(role, principal.userId);
    if (outcome === 'name_taken') throw nameTaken('role', checked.name);
    return { ...role, userCount: 0 };
  }

  async updateRole(
    principal: Principal,
    input: { roleId: string; name: string; rights: string[]; expectedVersion: number },
  ): Promise<RoleWithUsage> {
    this.assertAdmin(principal);
    const current = await this.role(principal, input.roleId);
    const checked = checkRole(input);
    if (input.expectedVersion && input.expectedVersion !== current.version) throw changedMeanwhile('role');
    const updated: PortalRole = {
      ...current,
      ...checked,
      version: current.version + 1,
      updatedAt: new Date(),
    };
    this.check(
      await this.store.replaceRole(updated, current.version, principal.userId, current.name),
      'role',
      checked.name,
    );
    const counts = await this.externalUsers.countByRole(principal.tenantId);
    return { ...updated, userCount: counts.get(updated.id) ?? 0 };
  }

  /**
   * Deletes a tenant role. In use (people hold it) it needs `reassignTo`, another role of the tenant
   * everyone holding it gets — pending invitations too — before it goes.
   */
  async deleteRole(principal: Principal, input: { roleId: string; reassignTo: string }): Promise<void> {
    this.assertAdmin(principal);
    const role = await this.role(principal, input.roleId);
    const reassignTo = input.reassignTo.trim();
    const inUse = (await this.externalUsers.countByRole(principal.tenantId)).get(role.id) ?? 0;
    if (reassignTo) {
      if (reassignTo === role.id)
        throw DomainError.invalid('Choose another role', [
          { field: 'reassignTo', message: 'Choose another role than the one deleted', code: 'invalid_value' },
        ]);
      await this.assertRole(principal.tenantId, reassignTo, 'reassignTo');
      await this.externalUsers.reassignRole(principal.tenantId, role.id, reassignTo);
      await this.invitations.reassignPendingRole(principal.tenantId, role.id, reassignTo);
    } else if (inUse > 0)
      throw DomainError.precondition(
        `${inUse} ${inUse === 1 ? 'person holds' : 'people hold'} “${role.name}”: choose the role they get instead`,
        'role.in_use',
      );
    await this.store.deleteRole(role);
  }

  /** Gives a portal user a role: their rights in each workspace become the role's. */
  async setUserRole(
    principal: Principal,
    input: { externalUserId: string; role: string },
  ): Promise<ExternalUser> {
    this.assertManager(principal);
    const user = await this.user(principal, input.externalUserId);
    const role = input.role.trim();
    if (!role)
      throw DomainError.invalid('Choose a role', [
        { field: 'role', message: 'Choose a role', code: 'required' },
      ]);
    await this.assertRole(principal.tenantId, role);
    await this.externalUsers.setRole(user, role, new Date());
    return (await this.externalUsers.find(principal.tenantId, user.id)) ?? user;
  }

  /** A client's portal users with the tenant's groups (the client page's people list). */
  async listClientUsers(
    principal: Principal,
    clientId: string,
  ): Promise<{ users: ExternalUser[]; groups: PortalGroup[] }> {
    this.assertStaffReader(principal);
    if (!clientId.trim())
      throw DomainError.invalid('Choose a client', [
        { field: 'clientId', message: 'Choose a client', code: 'required' },
      ]);
    const [users, groups] = await Promise.all([
      this.externalUsers.listByClient(principal.tenantId, clientId.trim()),
      this.store.listGroups(principal.tenantId),
    ]);
    return { users, groups };
  }

  // ---- groups ----

  async listGroups(principal: Principal): Promise<GroupWithMembers[]> {
    this.assertStaffReader(principal);
    const groups = await this.store.listGroups(principal.tenantId);
    const ids = [...new Set(groups.flatMap((group) => group.memberIds))];
    const users = new Map<string, ExternalUser>();
    for (const user of await this.externalUsers.findMany(principal.tenantId, ids)) users.set(user.id, user);
    return groups.map((group) => ({
      ...group,
      // Someone gone from the portal meanwhile is left out rather than shown as a blank.
      members: group.memberIds.flatMap((id) => users.get(id) ?? []),
    }));
  }

  async createGroup(principal: Principal, input: { name: string }): Promise<GroupWithMembers> {
    this.assertAdmin(principal);
    const group = newGroup(principal.tenantId, checkGroupName(input.name));
    if ((await this.store.insertGroup(group, principal.userId)) === 'name_taken')
      throw nameTaken('group', group.name);
    return { ...group, members: [] };
  }

  async renameGroup(
    principal: Principal,
    input: { groupId: string; name: string; expectedVersion: number },
  ): Promise<GroupWithMembers> {
    this.assertAdmin(principal);
    const current = await this.group(principal, input.groupId);
    const name = checkGroupName(input.name);
    if (input.expectedVersion && input.expectedVersion !== current.version) throw changedMeanwhile('group');
    const updated = { ...current, name, version: current.version + 1, updatedAt: new Date() };
    this.check(
      await this.store.replaceGroup(updated, current.version, principal.userId, current.name),
      'group',
      name,
    );
    return this.withMembers(principal, updated);
  }

  /** Adds (or removes) one portal user of the tenant to (from) a group. */
  async setGroupMembership(
    principal: Principal,
    input: { groupId: string; externalUserId: string; member: boolean },
  ): Promise<GroupWithMembers> {
    this.assertManager(principal);
    const group = await this.group(principal, input.groupId);
    const user = await this.user(principal, input.externalUserId, 'externalUserId');
    const isIn = group.memberIds.includes(user.id);
    if (isIn === input.member) return this.withMembers(principal, group);
    const memberIds = input.member
      ? [...group.memberIds, user.id]
      : group.memberIds.filter((id) => id !== user.id);
    return this.withMembers(principal, await this.saveGroupMembers(principal, group, memberIds));
  }

  async deleteGroup(principal: Principal, groupId: string): Promise<void> {
    this.assertAdmin(principal);
    const group = await this.group(principal, groupId);
    await this.store.deleteGroup(group);
  }

  /** The groups a portal user is in (the person's page). */
  async groupsOf(principal: Principal, externalUserId: string): Promise<PortalGroup[]> {
    this.assertStaffReader(principal);
    const user = await this.user(principal, externalUserId, 'externalUserId');
    return this.store.groupsOf(principal.tenantId, user.id);
  }

  // ---- settings ----

  async getSettings(principal: Principal): Promise<PortalAccessSettings> {
    this.assertStaffReader(principal);
    return this.store.findSettings(principal.tenantId);
  }

  async updateSettings(
    principal: Principal,
    input: { membersMayInvite: boolean; expectedVersion: number },
  ): Promise<PortalAccessSettings> {
    this.assertAdmin(principal);
    const current = await this.store.findSettings(principal.tenantId);
    if (input.expectedVersion !== current.version) throw changedMeanwhile('setting');
    const next = { ...current, membersMayInvite: input.membersMayInvite };
    if (!(await this.store.saveSettings(next, current.version, principal.userId)))
      throw changedMeanwhile('setting');
    return this.store.findSettings(principal.tenantId);
  }

  // ---- helpers ----

  private async saveGroupMembers(
    principal: Principal,
    group: PortalGroup,
    memberIds: string[],
  ): Promise<PortalGroup> {
    if (memberIds.length > MAX_GROUP_MEMBERS)
      throw DomainError.precondition(`A group has at most ${MAX_GROUP_MEMBERS} people`, 'group.too_big');
    const updated = { ...group, memberIds, version: group.version + 1, updatedAt: new Date() };
    this.check(await this.store.replaceGroup(updated, group.version, principal.userId), 'group', group.name);
    return updated;
  }

  private async withMembers(principal: Principal, group: PortalGroup): Promise<GroupWithMembers> {
    const users = await this.externalUsers.findMany(principal.tenantId, group.memberIds);
    const byId = new Map(users.map((user) => [user.id, user]));
    return { ...group, members: group.memberIds.flatMap((id) => byId.get(id) ?? []) };
  }

  private check(outcome: SaveOutcome, thing: string, name: string): void {
    if (outcome === 'name_taken') throw nameTaken(thing, name);
    if (outcome === 'changed') throw changedMeanwhile(thing);
  }

  private async role(principal: Principal, roleId: string): Promise<PortalRole> {
    const id = roleId.trim();
    if (isBuiltInRole(id))
      throw DomainError.precondition('Built-in roles cannot be changed or deleted', 'role.built_in');
    const role = id ? await this.store.findRole(principal.tenantId, id) : undefined;
    if (!role) throw DomainError.notFound('Role', roleId);
    return role;
  }

  private async group(principal: Principal, groupId: string): Promise<PortalGroup> {
    const group = groupId.trim() ? await this.store.findGroup(principal.tenantId, groupId.trim()) : undefined;
    if (!group) throw DomainError.notFound('Group', groupId);
    return group;
  }

  private async user(
    principal: Principal,
    externalUserId: string,
    field = 'externalUserId',
  ): Promise<ExternalUser> {
    const user = externalUserId.trim()
      ? await this.externalUsers.find(principal.tenantId, externalUserId.trim())
      : undefined;
    if (!user) throw DomainError.notFound('Portal user', externalUserId || field);
    return user;
  }

  /** Role and group configuration is staff's: a client user is told nothing exists. */
  private assertStaffReader(principal: Principal): void {
    if (principal.kind === 'client') throw DomainError.notFound('Portal access', principal.tenantId);
    assertStaff(principal, 'member');
  }

  private assertAdmin(principal: Principal): void {
    this.assertStaffReader(principal);
    assertPermission(principal, 'portal.configure');
  }

  private assertManager(principal: Principal): void {
    this.assertStaffReader(principal);
    assertPermission(principal, 'workspaces.manage');
  }
}

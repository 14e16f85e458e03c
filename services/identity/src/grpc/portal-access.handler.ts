import { requirePrincipal } from '@client-portal/kit';
import type {
  HandlersOf,
  PortalGroup as PortalGroupMessage,
  PortalRole as PortalRoleMessage,
  PortalRoleUser as PortalUserMessage,
} from '@client-portal/contracts';
import type { ExternalUser } from '../domain/external-user.js';
import type { PortalGroup } from '../domain/portal-role.js';
import type {
  GroupWithMembers,
  PortalAccessService,
  RoleWithUsage,
} from '../application/portal-access.service.js';

function toRole(role: RoleWithUsage): PortalRoleMessage {
  return {
    id: role.id,
    name: role.name,
    rights: [...role.rights],
    builtIn: role.builtIn,
    version: role.version,
    userCount: role.userCount,
  };
}

function toGroup(group: GroupWithMembers): PortalGroupMessage {
  return {
    id: group.id,
    name: group.name,
    version: group.version,
    members: group.members.map((user) => ({
      externalUserId: user.id,
      displayName: user.displayName,
      email: user.email,
      clientId: user.clientId,
    })),
  };
}

function toUser(user: ExternalUser, groups: readonly PortalGroup[]): PortalUserMessage {
  return {
    externalUserId: user.id,
    contactId: user.contactId,
    clientId: user.clientId,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    groupIds: groups.filter((group) => group.memberIds.includes(user.id)).map((group) => group.id),
    workspaceIds: [...user.workspaceIds],
  };
}

export function portalAccessHandlers(service: PortalAccessService): HandlersOf<'externalRoles'> {
  return {
    ListPortalRoles: async (_request, call) => ({
      roles: (await service.listRoles(requirePrincipal(call.metadata))).map(toRole),
    }),
    CreatePortalRole: async (request, call) =>
      toRole(await service.createRole(requirePrincipal(call.metadata), request)),
    UpdatePortalRole: async (request, call) =>
      toRole(await service.updateRole(requirePrincipal(call.metadata), request)),
    DeletePortalRole: async (request, call) => {
      await service.deleteRole(requirePrincipal(call.metadata), request);
      return {};
    },
    SetPortalUserRole: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const user = await service.setUserRole(principal, request);
      return toUser(user, await service.groupsOf(principal, user.id));
    },
    ListClientPortalUsers: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const { users, groups } = await service.listClientUsers(principal, request.clientId);
      return { users: users.map((user) => toUser(user, groups)) };
    },
    ListPortalGroups: async (_request, call) => ({
      groups: (await service.listGroups(requirePrincipal(call.metadata))).map(toGroup),
    }),
    CreatePortalGroup: async (request, call) =>
      toGroup(await service.createGroup(requirePrincipal(call.metadata), request)),
    RenamePortalGroup: async (request, call) =>
      toGroup(await service.renameGroup(requirePrincipal(call.metadata), request)),
    SetPortalGroupMembership: async (request, call) =>
      toGroup(await service.setGroupMembership(requirePrincipal(call.metadata), request)),
    DeletePortalGroup: async (request, call) => {
      await service.deleteGroup(requirePrincipal(call.metadata), request.groupId);
      return {};
    },
    JoinPortalGroups: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      await service.assertMayInvite(principal, { customRights: false });
      await service.joinGroups(principal, request.externalUserId, request.groupIds);
      return {};
    },
    GetPortalAccessSettings: async (_request, call) => {
      const settings = await service.getSettings(requirePrincipal(call.metadata));
      return { membersMayInvite: settings.membersMayInvite, version: settings.version };
    },
    UpdatePortalAccessSettings: async (request, call) => {
      const settings = await service.updateSettings(requirePrincipal(call.metadata), request);
      return { membersMayInvite: settings.membersMayInvite, version: settings.version };
    },
  };
}

import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf, WorkspaceMember as WorkspaceMemberMessage } from '@client-portal/contracts';
import type { WorkspaceAccessService, WorkspaceMember } from '../application/workspace-access.service.js';

export function toWorkspaceMemberMessage(member: WorkspaceMember): WorkspaceMemberMessage {
  return {
    externalUserId: member.user.id,
    contactId: member.user.contactId,
    email: member.user.email,
    displayName: member.user.displayName,
    role: member.user.role,
    rights: [...member.rights],
    status: member.user.status,
    workspaceId: member.workspaceId,
  };
}

export function workspaceAccessHandlers(access: WorkspaceAccessService): HandlersOf<'workspaceAccess'> {
  return {
    AddWorkspaceMember: async (request, call) =>
      toWorkspaceMemberMessage(await access.addMember(requirePrincipal(call.metadata), request)),
    SetWorkspaceMemberRights: async (request, call) =>
      toWorkspaceMemberMessage(await access.setRights(requirePrincipal(call.metadata), request)),
    RemoveWorkspaceMember: async (request, call) => {
      await access.removeMember(requirePrincipal(call.metadata), request);
      return {};
    },
    ListWorkspaceMembers: async (request, call) => {
      const members = await access.listMembers(requirePrincipal(call.metadata), request.workspaceId);
      return { members: members.map(toWorkspaceMemberMessage) };
    },
  };
}

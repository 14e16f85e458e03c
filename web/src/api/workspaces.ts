import { getJson, postJson, request } from './http';
import type { Schemas } from './schema';
import type { Workspace } from './portal';

/** A client's contact in a workspace, with their rights there and whether they accepted the portal invitation. */
export type WorkspaceMember = Schemas['WorkspaceMember'];

/** What a client user may do in a workspace (the kit's PORTAL_RIGHTS, in their order). */
export const PORTAL_RIGHTS = ['view', 'comment', 'approve', 'upload', 'billing', 'pay', 'chat'] as const;
export type PortalRight = (typeof PORTAL_RIGHTS)[number];

/** The modules staff switch on and off per workspace (portal's WORKSPACE_MODULES, in their order). */
export const WORKSPACE_MODULES = [
  'tasks',
  'approvals',
  'files',
  'messages',
  'links',
  'embeds',
  'notes',
  'timeline',
  'billing',
] as const;

const path = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export function createWorkspace(
  clientId: string,
  input: { name?: string; projectId?: string },
): Promise<Workspace> {
  return postJson<Workspace>(`/api/clients/${encodeURIComponent(clientId)}/workspaces`, input);
}

export function renameWorkspace(workspaceId: string, name: string): Promise<Workspace> {
  return request<Workspace>(path(workspaceId), { method: 'PATCH', body: { name } });
}

export function setWorkspaceModules(workspaceId: string, modules: string[]): Promise<Workspace> {
  return request<Workspace>(`${path(workspaceId)}/modules`, { method: 'PUT', body: { modules } });
}

export function archiveWorkspace(workspaceId: string): Promise<Workspace> {
  return postJson<Workspace>(`${path(workspaceId)}/archive`, {});
}

export function restoreWorkspace(workspaceId: string): Promise<Workspace> {
  return postJson<Workspace>(`${path(workspaceId)}/restore`, {});
}

export async function listWorkspaceMembers(workspaceId: string): Promise<WorkspaceMember[]> {
  return (await getJson<Schemas['WorkspaceMemberList']>(`${path(workspaceId)}/members`)).members;
}

export function addWorkspaceMember(
  workspaceId: string,
  input: { contactId: string; rights?: string[]; role?: string; groupIds?: string[] },
): Promise<WorkspaceMember> {
  return postJson<WorkspaceMember>(`${path(workspaceId)}/members`, input);
}

export function setWorkspaceMemberRights(
  workspaceId: string,
  externalUserId: string,
  rights: string[],
): Promise<WorkspaceMember> {
  return request<WorkspaceMember>(
    `${path(workspaceId)}/members/${encodeURIComponent(externalUserId)}/rights`,
    {
      method: 'PUT',
      body: { rights },
    },
  );
}

export async function removeWorkspaceMember(workspaceId: string, externalUserId: string): Promise<void> {
  await request(`${path(workspaceId)}/members/${encodeURIComponent(externalUserId)}`, { method: 'DELETE' });
}

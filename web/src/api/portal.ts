import { getJson, postJson } from './http';
import type { Schemas } from './schema';

export type Workspace = Schemas['Workspace'];
/** A billing document shared in a workspace (for now: invoices). */
export type SharedDocument = Schemas['SharedDocument'];
export type WorkspaceView = Schemas['WorkspaceView'];
/** The invitation sent to the client's primary contact when the portal is enabled. */
export type PortalInvitation = Schemas['Invitation'];
export type EnablePortalResult = Schemas['PortalEnabled'];

export function enablePortal(clientId: string): Promise<EnablePortalResult> {
  return postJson<EnablePortalResult>(`/api/clients/${encodeURIComponent(clientId)}/portal`, {});
}

/** Staff see every workspace of the tenant, or one client's when `clientId` is given. */
export async function listWorkspaces(clientId?: string): Promise<Workspace[]> {
  const answer = await getJson<Schemas['WorkspaceList']>('/api/workspaces', { query: { clientId } });
  return answer.workspaces;
}

export function getWorkspace(workspaceId: string): Promise<WorkspaceView> {
  return getJson<WorkspaceView>(`/api/workspaces/${encodeURIComponent(workspaceId)}`);
}

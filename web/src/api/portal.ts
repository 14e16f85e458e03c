import type { Money } from './billing';
import { getJson, postJson } from './http';

export interface Workspace {
  id: string;
  tenantId: string;
  clientId: string;
  clientName: string;
  name: string;
  createdAt: string;
}

/** A billing document shared in a workspace (for now: invoices). */
export interface SharedDocument {
  id: string;
  kind: string;
  number: string;
  total: Money;
  status: string;
  issuedAt: string;
  dueDate: string;
}

export interface WorkspaceView {
  workspace: Workspace;
  documents: SharedDocument[];
}

/** The invitation sent to the client's primary contact when the portal is enabled. */
export interface PortalInvitation {
  id: string;
  email: string;
  status: string;
  workspaceId: string;
}

export interface EnablePortalResult {
  workspace: Workspace;
  invitation: PortalInvitation | null;
}

export function enablePortal(clientId: string): Promise<EnablePortalResult> {
  return postJson<EnablePortalResult>(`/api/clients/${encodeURIComponent(clientId)}/portal`, {});
}

/** Staff see every workspace of the tenant (narrowed to one client when the gateway supports it). */
export async function listWorkspaces(clientId?: string): Promise<Workspace[]> {
  const answer = await getJson<{ workspaces: Workspace[] }>('/api/workspaces', { query: { clientId } });
  return answer.workspaces;
}

export function getWorkspace(workspaceId: string): Promise<WorkspaceView> {
  return getJson<WorkspaceView>(`/api/workspaces/${encodeURIComponent(workspaceId)}`);
}

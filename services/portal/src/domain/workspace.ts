import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation } from '@client-portal/kit';

/** What a workspace can share; staff switch each on or off per workspace (all on by default). */
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
export type WorkspaceModule = (typeof WORKSPACE_MODULES)[number];

/** A client's space in the portal: what its invited people see and share with the agency. */
export interface Workspace {
  id: string;
  tenantId: string;
  clientId: string;
  clientName: string;
  name: string;
  /** The crm project it was opened from (its milestones, progress and billing show in it), if any. */
  projectId: string | null;
  /** The modules switched on (workspace configuration: staff only, never sent to a client user). */
  modules: WorkspaceModule[];
  /** Archived workspaces are read-only and leave the client's navigation. */
  archivedAt: Date | null;
  createdAt: Date;
}

/** Whether a module is switched on in the workspace. */
export function moduleOn(workspace: Pick<Workspace, 'modules'>, module: WorkspaceModule): boolean {
  return workspace.modules.includes(module);
}

export interface NewWorkspaceInput {
  clientId: string;
  clientName: string;
  /** Empty means the client's name. */
  workspaceName: string;
}

const MAX_NAME_LENGTH = 200;

/** Builds a client's workspace from staff input, or says every field that is wrong. */
export function newWorkspace(input: NewWorkspaceInput, tenantId: string, now = new Date()): Workspace {
  const violations: FieldViolation[] = [];
  const clientId = input.clientId.trim();
  const clientName = input.clientName.trim();
  const name = input.workspaceName.trim() || clientName;
  if (!clientId) violations.push({ field: 'clientId', message: 'Choose the client to open a portal for' });
  if (!clientName) violations.push({ field: 'clientName', message: 'Client name is required' });
  if (name.length > MAX_NAME_LENGTH)
    violations.push({
      field: 'workspaceName',
      message: `Workspace name is at most ${MAX_NAME_LENGTH} characters`,
    });
  if (violations.length > 0)
    throw DomainError.invalid('The portal could not be enabled: check the highlighted fields', violations);
  return {
    id: randomUUID(),
    tenantId,
    clientId,
    clientName,
    name,
    projectId: null,
    modules: [...WORKSPACE_MODULES],
    archivedAt: null,
    createdAt: now,
  };
}

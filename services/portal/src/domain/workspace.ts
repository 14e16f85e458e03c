import { createHash, randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';

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
  /**
   * The last change (rename, modules, archive, restore); its creation at first. The partner API syncs
   * workspaces by it, so every write of a workspace sets it (the repository does).
   */
  updatedAt: Date;
}

/** Whether a module is switched on in the workspace. */
export function moduleOn(workspace: Pick<Workspace, 'modules'>, module: WorkspaceModule): boolean {
  return workspace.modules.includes(module);
}

export interface NewWorkspaceInput {
  clientId: string;
  clientName: string;
  /** Empty means the project's name when a project is linked, else the client's name. */
  workspaceName: string;
  /** The crm project to link ('' for none) and its name (the default workspace name). */
  projectId?: string;
  projectName?: string;
}

export const MAX_WORKSPACE_NAME_LENGTH = FIELD_LIMITS.portal.workspaceName;

/**
 * The id of the workspace "Enable portal" opens for a client: derived from tenant and client, so two
 * staff enabling at the same moment insert the same `_id` and the unique `_id` keeps it one (a client
 * has several workspaces since issue 10, so no index on the client can do it any more).
 */
export function portalWorkspaceId(tenantId: string, clientId: string): string {
  const hex = createHash('sha256').update(`portal-workspace|${tenantId}|${clientId}`).digest('hex');
  // Shaped as a version-4 UUID (the event catalogue's id format).
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Checks a workspace name (already defaulted), pushing what is wrong. */
export function checkWorkspaceName(name: string, field: string, violations: FieldViolation[]): void {
  if (!name) violations.push({ field, message: 'Give the workspace a name', code: 'required' });
  else if (name.length > MAX_WORKSPACE_NAME_LENGTH)
    violations.push({
      field,
      message: `Workspace name is at most ${MAX_WORKSPACE_NAME_LENGTH} characters`,
      code: 'too_long',
    });
}

/** Builds a client's workspace from staff input, or says every field that is wrong. */
export function newWorkspace(
  input: NewWorkspaceInput,
  tenantId: string,
  now = new Date(),
  id: string = randomUUID(),
): Workspace {
  const violations: FieldViolation[] = [];
  const clientId = input.clientId.trim();
  const clientName = input.clientName.trim();
  const projectId = (input.projectId ?? '').trim();
  const name =
    input.workspaceName.trim() || (projectId ? (input.projectName ?? '').trim() : '') || clientName;
  if (!clientId)
    violations.push({
      field: 'clientId',
      message: 'Choose the client to open a portal for',
      code: 'required',
    });
  if (!clientName)
    violations.push({ field: 'clientName', message: 'Client name is required', code: 'required' });
  // An empty name falls back to the client's: a missing client name is the one thing to say then.
  if (name || clientName) checkWorkspaceName(name, 'workspaceName', violations);
  if (violations.length > 0)
    throw DomainError.invalid('The workspace could not be created: check the highlighted fields', violations);
  return {
    id,
    tenantId,
    clientId,
    clientName,
    name,
    projectId: projectId || null,
    modules: [...WORKSPACE_MODULES],
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** The modules staff switched on, in catalogue order; refuses an unknown module by name. */
export function checkModules(modules: readonly string[]): WorkspaceModule[] {
  const unknown = modules.filter((module) => !(WORKSPACE_MODULES as readonly string[]).includes(module));
  if (unknown.length > 0)
    throw DomainError.invalid('Unknown workspace module', [
      {
        field: 'modules',
        message: `Unknown module(s): ${unknown.join(', ')}; modules are ${WORKSPACE_MODULES.join(', ')}`,
        code: 'invalid_value',
      },
    ]);
  return WORKSPACE_MODULES.filter((module) => modules.includes(module));
}

/** Archived workspaces are read-only for everybody. */
export function assertNotArchived(workspace: Pick<Workspace, 'archivedAt' | 'name'>): void {
  if (workspace.archivedAt)
    throw DomainError.precondition(
      `The workspace “${workspace.name}” is archived: restore it first`,
      'workspace.archived',
    );
}

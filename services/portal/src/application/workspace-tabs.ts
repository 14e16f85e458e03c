import { workspaceRights, type PortalRight, type Principal } from '@client-portal/kit';
import { WORKSPACE_MODULES, moduleOn, type Workspace, type WorkspaceModule } from '../domain/workspace.js';

/**
 * What one module contributes to the workspace's tabs. Each slice of the workspace (tasks, approvals,
 * files, links, embeds, notes, timeline…) registers one in app.ts; the workspace view asks them all.
 */
export interface TabSource {
  module: WorkspaceModule;
  /** A client user needs one of these rights for the tab at all (staff hold every right). */
  rights: readonly PortalRight[];
  /** Whether the module has something for this client user in the workspace (asked for client users only). */
  hasSomethingFor(principal: Principal, workspace: Workspace): Promise<boolean>;
}

/**
 * The tabs a caller gets, in module order: staff see every module switched on (they fill them); a client
 * user sees a module switched on only when they hold its right and it has something for them. A module
 * no source speaks for is shown to staff only.
 */
export async function tabsFor(
  principal: Principal,
  workspace: Workspace,
  sources: readonly TabSource[],
): Promise<WorkspaceModule[]> {
  const on = WORKSPACE_MODULES.filter((module) => moduleOn(workspace, module));
  if (principal.kind !== 'client') return on;
  const rights = workspaceRights(principal, workspace) ?? [];
  const shown = await Promise.all(
    on.map(async (module) => {
      const source = sources.find((candidate) => candidate.module === module);
      if (!source || !source.rights.some((right) => rights.includes(right))) return false;
      return source.hasSomethingFor(principal, workspace);
    }),
  );
  return on.filter((_, index) => shown[index]);
}

import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import type { CreatedWorkspace } from '../../../api/events';
import {
  enablePortal as requestEnablePortal,
  getWorkspace,
  listWorkspaces,
  type EnablePortalResult,
  type Workspace,
  type WorkspaceView,
} from '../../../api/portal';
import { useAsyncList, useResource, type Resource } from '../../../composables/use-resource';

function byName(left: Workspace, right: Workspace): number {
  return left.name.localeCompare(right.name);
}

/** Workspaces the user can see (staff: the tenant's; client users: theirs) and opened workspace views. */
export const useWorkspacesStore = defineStore('workspaces', () => {
  // The gateway answers the whole list at once (no page token): one page, sorted by name.
  const list = useAsyncList<Workspace>(async () => ({ items: await listWorkspaces(), nextPageToken: '' }), {
    key: (workspace) => workspace.id,
    compare: byName,
  });
  const views = shallowReactive<Record<string, Resource<WorkspaceView>>>({});

  function forClient(clientId: string): Workspace[] {
    return list.items.filter((workspace) => workspace.clientId === clientId);
  }

  function view(workspaceId: string): Resource<WorkspaceView> {
    views[workspaceId] ??= useResource(() => getWorkspace(workspaceId));
    return views[workspaceId];
  }

  async function enablePortal(clientId: string): Promise<EnablePortalResult> {
    const result = await requestEnablePortal(clientId);
    list.upsert([result.workspace]);
    return result;
  }

  function onWorkspaceCreated(created: CreatedWorkspace): void {
    if (!list.loaded || list.items.some((workspace) => workspace.id === created.workspaceId)) return;
    // Reloading (rather than inserting the event's data) keeps the server's view of who may see it.
    void list.load();
  }

  return { list, views, forClient, view, enablePortal, onWorkspaceCreated };
});

import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { CreatedWorkspace, IssuedInvoice } from '../api/events';
import {
  enablePortal as requestEnablePortal,
  getWorkspace,
  listWorkspaces,
  type EnablePortalResult,
  type SharedDocument,
  type Workspace,
  type WorkspaceView,
} from '../api/portal';

export interface WorkspaceState {
  view: WorkspaceView | null;
  loading: boolean;
  error: unknown;
}

/** Workspaces the user can see (staff: the tenant's; client users: theirs) and opened workspace views. */
export const useWorkspacesStore = defineStore('workspaces', () => {
  const workspaces = ref<Workspace[]>([]);
  const listLoading = ref(false);
  const listLoaded = ref(false);
  const listError = ref<unknown>(null);
  const views = ref<Record<string, WorkspaceState>>({});

  async function loadList(): Promise<void> {
    listLoading.value = true;
    listError.value = null;
    try {
      workspaces.value = [...(await listWorkspaces())].sort((left, right) =>
        left.name.localeCompare(right.name),
      );
      listLoaded.value = true;
    } catch (error) {
      listError.value = error;
    } finally {
      listLoading.value = false;
    }
  }

  function forClient(clientId: string): Workspace[] {
    return workspaces.value.filter((workspace) => workspace.clientId === clientId);
  }

  function viewState(workspaceId: string): WorkspaceState {
    return views.value[workspaceId] ?? { view: null, loading: false, error: null };
  }

  async function loadView(workspaceId: string): Promise<void> {
    // Read back through the reactive map: the object literal itself is not reactive, its proxy is.
    if (!views.value[workspaceId]) views.value[workspaceId] = { view: null, loading: false, error: null };
    const target = views.value[workspaceId];
    target.loading = true;
    target.error = null;
    try {
      target.view = await getWorkspace(workspaceId);
    } catch (error) {
      target.error = error;
    } finally {
      target.loading = false;
    }
  }

  async function enablePortal(clientId: string): Promise<EnablePortalResult> {
    const result = await requestEnablePortal(clientId);
    if (!workspaces.value.some((workspace) => workspace.id === result.workspace.id))
      workspaces.value = [...workspaces.value, result.workspace];
    return result;
  }

  /** New invoices appear in the open workspace's billing tab without a reload. */
  function onInvoiceIssued(issued: IssuedInvoice): void {
    const document: SharedDocument = {
      id: issued.invoiceId,
      kind: 'invoice',
      number: issued.number,
      // The REST API writes money as a string of minor units; the event carries an integer.
      total: { amountMinor: String(issued.totalMinor), currency: issued.currency },
      status: issued.status,
      issuedAt: issued.issuedAt,
      dueDate: issued.dueDate,
    };
    for (const state of Object.values(views.value)) {
      const view = state.view;
      if (!view || view.workspace.clientId !== issued.clientId) continue;
      if (view.documents.some((existing) => existing.id === document.id)) continue;
      view.documents = [document, ...view.documents];
    }
  }

  function onWorkspaceCreated(created: CreatedWorkspace): void {
    if (!listLoaded.value || workspaces.value.some((workspace) => workspace.id === created.workspaceId))
      return;
    // Reloading (rather than inserting the event's data) keeps the server's view of who may see it.
    void loadList();
  }

  return {
    workspaces,
    listLoading,
    listLoaded,
    listError,
    views,
    loadList,
    forClient,
    viewState,
    loadView,
    enablePortal,
    onInvoiceIssued,
    onWorkspaceCreated,
  };
});

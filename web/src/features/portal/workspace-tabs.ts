import { defineAsyncComponent, type Component } from 'vue';
import type { WorkspaceView } from '../../api/portal';

/** A workspace's modules, in the order their tabs show (the server sends the ones this user gets). */
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

/** What renders one tab: its panel component and the props it takes from the workspace view. */
export interface WorkspaceTab {
  component: Component;
  props: (view: WorkspaceView) => Record<string, unknown>;
}

/**
 * Every module's panel. Each feature adds its own line (labels: `portal.tabs.<module>`); a module the
 * server lists without a panel here is not shown.
 */
export const WORKSPACE_TABS: Partial<Record<WorkspaceModule, WorkspaceTab>> = {
  approvals: {
    component: defineAsyncComponent(() => import('../deliverables/components/ApprovalsPanel.vue')),
    props: (view) => ({ workspaceId: view.workspace.id, clientId: view.workspace.clientId }),
  },
  tasks: {
    component: defineAsyncComponent(() => import('../tasks/components/TasksPanel.vue')),
    props: (view) => ({ workspaceId: view.workspace.id, clientId: view.workspace.clientId }),
  },
  billing: {
    component: defineAsyncComponent(() => import('../portal-billing/views/PortalBillingView.vue')),
    props: (view) => ({ embedded: true, clientId: view.workspace.clientId }),
  },
  files: {
    component: defineAsyncComponent(() => import('../files/components/FilesPanel.vue')),
    props: (view) => ({ workspaceId: view.workspace.id }),
  },
  messages: {
    // Issue 12: the workspace's conversations (General first), each with its unread count.
    component: defineAsyncComponent(() => import('../conversations/components/ConversationsPanel.vue')),
    props: (view) => ({ workspaceId: view.workspace.id }),
  },
  links: {
    component: defineAsyncComponent(() => import('../content/components/LinksPanel.vue')),
    props: (view) => ({ workspaceId: view.workspace.id }),
  },
  embeds: {
    component: defineAsyncComponent(() => import('../content/components/EmbedsPanel.vue')),
    props: (view) => ({ workspaceId: view.workspace.id }),
  },
  notes: {
    component: defineAsyncComponent(() => import('../content/components/NotesPanel.vue')),
    props: (view) => ({ workspaceId: view.workspace.id }),
  },
  timeline: {
    component: defineAsyncComponent(() => import('../timeline/components/TimelinePanel.vue')),
    props: (view) => ({ workspaceId: view.workspace.id }),
  },
};

export function isWorkspaceModule(value: unknown): value is WorkspaceModule {
  return typeof value === 'string' && (WORKSPACE_MODULES as readonly string[]).includes(value);
}

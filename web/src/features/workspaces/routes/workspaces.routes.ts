import type { RouteRecordRaw } from 'vue-router';

/** Staff's workspace settings (name, modules, members and rights, archive): workspaces.manage. */
export const workspacesRoutes: RouteRecordRaw[] = [
  {
    path: '/app/workspaces/:workspaceId/settings',
    name: 'workspace-settings',
    component: () => import('../views/WorkspaceSettingsView.vue'),
    props: true,
    meta: { area: 'staff', permission: 'workspaces.manage', titleKey: 'workspaces.settings' },
  },
];

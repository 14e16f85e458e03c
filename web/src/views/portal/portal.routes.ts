import type { RouteRecordRaw } from 'vue-router';

export const portalRoutes: RouteRecordRaw[] = [
  {
    path: '/portal',
    component: () => import('./PortalLayout.vue'),
    // Staff may open the portal too: they see every workspace, as a preview of what clients get.
    meta: { roles: ['client', 'staff'] },
    children: [
      {
        path: '',
        name: 'portal',
        component: () => import('./PortalHomeView.vue'),
        meta: { titleKey: 'titles.portal' },
      },
      {
        path: 'workspaces/:workspaceId',
        name: 'workspace',
        component: () => import('./WorkspaceView.vue'),
        props: true,
        meta: { titleKey: 'titles.workspace' },
      },
    ],
  },
];

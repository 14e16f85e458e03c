import type { RouteRecordRaw } from 'vue-router';

// Staff may open the portal too (area portal admits them): they see every workspace, as a preview of
// what clients get.
export const portalRoutes: RouteRecordRaw[] = [
  {
    path: '/portal',
    name: 'portal',
    component: () => import('../views/PortalHomeView.vue'),
    meta: {
      area: 'portal',
      titleKey: 'titles.portal',
      nav: { labelKey: 'nav.portal', icon: 'portal', order: 20 },
    },
  },
  {
    path: '/portal/workspaces/:workspaceId',
    name: 'workspace',
    component: () => import('../views/WorkspaceView.vue'),
    props: true,
    meta: { area: 'portal', titleKey: 'titles.workspace' },
  },
];

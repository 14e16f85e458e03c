import type { RouteRecordRaw } from 'vue-router';

export const accessRolesRoutes: RouteRecordRaw[] = [
  {
    path: '/app/settings/portal-access',
    name: 'portal-access-settings',
    component: () => import('../views/PortalAccessSettingsView.vue'),
    meta: {
      area: 'staff',
      permission: 'portal.configure',
      titleKey: 'accessRoles.title',
      nav: { labelKey: 'accessRoles.nav', icon: 'settings', order: 96 },
    },
  },
];

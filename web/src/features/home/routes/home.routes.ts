import type { RouteRecordRaw } from 'vue-router';

export const homeRoutes: RouteRecordRaw[] = [
  {
    path: '/app/portal/settings',
    name: 'portal-settings',
    component: () => import('../views/PortalSettingsView.vue'),
    meta: {
      area: 'staff',
      // Configuring the portal is an admin's (portal.configure); the API refuses anyone else too.
      permission: 'portal.configure',
      titleKey: 'home.settings.title',
      nav: { labelKey: 'home.settings.nav', icon: 'settings', order: 92 },
    },
  },
];

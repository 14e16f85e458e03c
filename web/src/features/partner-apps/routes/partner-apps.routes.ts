import type { RouteRecordRaw } from 'vue-router';

export const partnerAppsRoutes: RouteRecordRaw[] = [
  {
    path: '/app/settings/partner-apps',
    name: 'partner-apps-settings',
    component: () => import('../views/PartnerAppsSettingsView.vue'),
    meta: {
      area: 'staff',
      permission: 'portal.configure',
      titleKey: 'partnerApps.title',
      nav: { labelKey: 'partnerApps.nav', icon: 'settings', order: 97 },
    },
  },
];

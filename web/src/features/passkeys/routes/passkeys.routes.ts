import type { RouteRecordRaw } from 'vue-router';

export const passkeysRoutes: RouteRecordRaw[] = [
  {
    // Every staff member: their own passkeys; admins also set the step-up limit there. Reached from
    // one's name in the header (as the portal's page is), not the main menu, which stays short.
    path: '/app/settings/security',
    name: 'security-settings',
    component: () => import('../views/SecuritySettingsView.vue'),
    meta: {
      area: 'staff',
      titleKey: 'passkeys.title',
    },
  },
  {
    // A client user's passkeys; reached from their name in the header.
    path: '/portal/security',
    name: 'portal-security',
    component: () => import('../views/PortalSecurityView.vue'),
    meta: { area: 'portal', titleKey: 'passkeys.title' },
  },
];

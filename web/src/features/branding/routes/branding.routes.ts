import type { RouteRecordRaw } from 'vue-router';

export const brandingRoutes: RouteRecordRaw[] = [
  {
    path: '/app/settings/branding',
    name: 'branding-settings',
    component: () => import('../views/BrandingSettingsView.vue'),
    meta: {
      area: 'staff',
      permission: 'portal.configure',
      titleKey: 'branding.title',
      nav: { labelKey: 'branding.nav', icon: 'settings', order: 95 },
    },
  },
  {
    // The public portal URL; `/p` alone is the sub-domain root's page (the tenant named by the host).
    path: '/p/:slug?',
    name: 'public-portal',
    component: () => import('../views/PublicPortalView.vue'),
    props: true,
    meta: { area: 'public', titleKey: 'branding.public.title' },
  },
];

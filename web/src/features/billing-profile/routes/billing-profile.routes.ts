import type { RouteRecordRaw } from 'vue-router';

export const billingProfileRoutes: RouteRecordRaw[] = [
  {
    path: '/app/billing/settings',
    name: 'billing-settings',
    component: () => import('../views/BillingSettingsView.vue'),
    meta: {
      area: 'staff',
      // Everyone who sees billing may look; only billing.configure (admins) may change (see the view).
      permission: 'billing.view',
      titleKey: 'billingProfile.title',
      nav: { labelKey: 'billingProfile.nav', icon: 'settings', order: 90 },
    },
  },
];

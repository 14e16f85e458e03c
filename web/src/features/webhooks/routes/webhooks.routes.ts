import type { RouteRecordRaw } from 'vue-router';

export const webhooksRoutes: RouteRecordRaw[] = [
  {
    path: '/app/settings/webhooks',
    name: 'webhooks',
    component: () => import('../views/WebhooksView.vue'),
    meta: {
      area: 'staff',
      minimumStaffLevel: 'admin',
      titleKey: 'webhooks.title',
      nav: { labelKey: 'webhooks.nav', icon: 'settings', order: 97 },
    },
  },
];

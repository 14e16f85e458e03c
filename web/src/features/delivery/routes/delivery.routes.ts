import type { RouteRecordRaw } from 'vue-router';

export const deliveryRoutes: RouteRecordRaw[] = [
  {
    path: '/app/settings/notifications',
    name: 'notification-log',
    component: () => import('../views/NotificationLogView.vue'),
    meta: {
      area: 'staff',
      minimumStaffLevel: 'member',
      titleKey: 'delivery.title',
      nav: { labelKey: 'delivery.nav', icon: 'settings', order: 97 },
    },
  },
];

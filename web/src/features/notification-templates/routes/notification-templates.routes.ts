import type { RouteRecordRaw } from 'vue-router';

export const notificationTemplatesRoutes: RouteRecordRaw[] = [
  {
    path: '/app/settings/notifications/templates',
    name: 'notification-templates',
    component: () => import('../views/NotificationTemplatesView.vue'),
    meta: {
      area: 'staff',
      titleKey: 'notificationTemplates.title',
      nav: { labelKey: 'notificationTemplates.nav', icon: 'settings', order: 96 },
    },
  },
];

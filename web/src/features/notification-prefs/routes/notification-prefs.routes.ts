import type { RouteRecordRaw } from 'vue-router';

export const notificationPrefsRoutes: RouteRecordRaw[] = [
  {
    // Every staff member: their own notifications; admins also the organisation's channels (SMS).
    path: '/app/settings/notifications/preferences',
    name: 'notification-preferences',
    component: () => import('../views/StaffNotificationPrefsView.vue'),
    meta: {
      area: 'staff',
      titleKey: 'notificationPrefs.title',
      nav: { labelKey: 'notificationPrefs.nav', icon: 'settings', order: 97 },
    },
  },
  {
    // A client user's own notifications; linked from the portal's navigation.
    path: '/portal/notifications/preferences',
    name: 'portal-notification-preferences',
    component: () => import('../views/PortalNotificationPrefsView.vue'),
    meta: { area: 'portal', titleKey: 'notificationPrefs.title' },
  },
];

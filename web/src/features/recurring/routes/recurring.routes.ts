import type { RouteRecordRaw } from 'vue-router';

export const recurringRoutes: RouteRecordRaw[] = [
  {
    path: '/app/billing/subscriptions',
    name: 'subscriptions',
    component: () => import('../views/SubscriptionsView.vue'),
    meta: {
      area: 'staff',
      permission: 'billing.view',
      titleKey: 'recurring.pageTitle',
      nav: { labelKey: 'recurring.nav', icon: 'dashboard', order: 40 },
    },
  },
  {
    path: '/app/billing/reminders',
    name: 'billing-reminders',
    component: () => import('../views/ReminderSettingsView.vue'),
    meta: {
      area: 'staff',
      permission: 'billing.configure',
      titleKey: 'recurring.reminders.title',
      nav: { labelKey: 'recurring.reminders.nav', icon: 'team', order: 45 },
    },
  },
];

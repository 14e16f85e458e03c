import type { RouteRecordRaw } from 'vue-router';

export const activityRoutes: RouteRecordRaw[] = [
  {
    path: '/app/dashboard',
    name: 'dashboard',
    component: () => import('../views/DashboardView.vue'),
    meta: {
      area: 'staff',
      minimumStaffLevel: 'member',
      titleKey: 'activity.title',
      // First in the menu: the staff home.
      nav: { labelKey: 'activity.nav', icon: 'dashboard', order: 0 },
    },
  },
];

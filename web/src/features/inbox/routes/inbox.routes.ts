import type { RouteRecordRaw } from 'vue-router';

/** The full inbox: one page for the team, one in the portal (the bell's "see all"). */
export const inboxRoutes: RouteRecordRaw[] = [
  {
    path: '/app/inbox',
    name: 'inbox',
    component: () => import('../views/InboxView.vue'),
    meta: { area: 'staff', titleKey: 'inbox.title' },
  },
  {
    path: '/portal/inbox',
    name: 'portal-inbox',
    component: () => import('../views/InboxView.vue'),
    meta: { area: 'portal', titleKey: 'inbox.title' },
  },
];

import type { RouteRecordRaw } from 'vue-router';

export const clientsRoutes: RouteRecordRaw[] = [
  {
    path: '/app',
    component: () => import('../../layouts/StaffLayout.vue'),
    meta: { roles: ['staff'] },
    children: [
      { path: '', redirect: { name: 'clients' } },
      {
        path: 'clients',
        name: 'clients',
        component: () => import('./ClientListView.vue'),
        meta: { titleKey: 'titles.clients' },
      },
      {
        path: 'clients/new',
        name: 'client-new',
        component: () => import('./ClientCreateView.vue'),
        meta: { titleKey: 'titles.newClient' },
      },
      {
        path: 'clients/:clientId',
        name: 'client',
        component: () => import('./ClientDetailView.vue'),
        props: true,
        meta: { titleKey: 'titles.client' },
      },
    ],
  },
];

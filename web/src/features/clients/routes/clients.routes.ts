import type { RouteRecordRaw } from 'vue-router';

export const clientsRoutes: RouteRecordRaw[] = [
  {
    path: '/app/clients',
    name: 'clients',
    component: () => import('../views/ClientListView.vue'),
    meta: {
      area: 'staff',
      minimumStaffLevel: 'member',
      titleKey: 'titles.clients',
      nav: { labelKey: 'nav.clients', icon: 'clients', order: 10 },
    },
  },
  {
    path: '/app/clients/new',
    name: 'client-new',
    component: () => import('../views/ClientCreateView.vue'),
    // Adding clients is `clients.create` in the permission matrix: managers and above.
    meta: { area: 'staff', titleKey: 'titles.newClient', minimumStaffLevel: 'manager' },
  },
  {
    path: '/app/clients/:clientId',
    name: 'client',
    component: () => import('../views/ClientDetailView.vue'),
    props: true,
    meta: { area: 'staff', minimumStaffLevel: 'member', titleKey: 'titles.client' },
  },
];

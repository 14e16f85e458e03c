import type { RouteRecordRaw } from 'vue-router';

export const clientsRoutes: RouteRecordRaw[] = [
  {
    path: '/app/clients',
    name: 'clients',
    // The staff list (filters, sorts, import, export) lives in the client-list feature.
    component: () => import('../../client-list/views/ClientListView.vue'),
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
    // Adding clients is for managers and up (the permission matrix); crm refuses the others anyway.
    meta: {
      area: 'staff',
      titleKey: 'titles.newClient',
      minimumStaffLevel: 'member',
      permission: 'clients.create',
    },
  },
  {
    path: '/app/clients/:clientId',
    name: 'client',
    component: () => import('../views/ClientDetailView.vue'),
    props: true,
    meta: { area: 'staff', minimumStaffLevel: 'member', titleKey: 'titles.client' },
  },
];

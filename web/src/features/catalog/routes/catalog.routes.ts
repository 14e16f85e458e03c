import type { RouteRecordRaw } from 'vue-router';

export const catalogRoutes: RouteRecordRaw[] = [
  {
    path: '/app/billing/catalog',
    name: 'catalog',
    component: () => import('../views/CatalogView.vue'),
    meta: {
      area: 'staff',
      permission: 'billing.view',
      titleKey: 'catalog.title',
      nav: { labelKey: 'catalog.nav', icon: 'catalog', order: 40 },
    },
  },
  {
    path: '/app/billing/orders',
    name: 'catalog-orders',
    component: () => import('../views/OrdersView.vue'),
    meta: {
      area: 'staff',
      permission: 'billing.view',
      titleKey: 'catalog.ordersTitle',
      nav: { labelKey: 'catalog.ordersNav', icon: 'catalog', order: 41 },
    },
  },
  {
    // The link of the "new order" e-mail.
    path: '/app/billing/orders/:orderId',
    name: 'catalog-order',
    component: () => import('../views/OrdersView.vue'),
    props: true,
    meta: { area: 'staff', permission: 'billing.view', titleKey: 'catalog.ordersTitle' },
  },
  {
    // Client users, while the agency's catalog is switched on (the API answers 404 otherwise).
    path: '/portal/catalog',
    name: 'portal-catalog',
    component: () => import('../views/PortalCatalogView.vue'),
    meta: { area: 'portal', titleKey: 'catalog.portalTitle' },
  },
];

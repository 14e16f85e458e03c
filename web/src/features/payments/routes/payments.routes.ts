import type { RouteRecordRaw } from 'vue-router';

export const paymentsRoutes: RouteRecordRaw[] = [
  {
    // Client users: their invoices with what is due, Pay / Pay several, and their payment history.
    path: '/portal/payments',
    name: 'portal-payments',
    component: () => import('../views/PortalPaymentsView.vue'),
    // Reached from the portal's side navigation (PortalLayout), like the projects page.
    meta: { area: 'portal', titleKey: 'payments.portalTitle' },
  },
];

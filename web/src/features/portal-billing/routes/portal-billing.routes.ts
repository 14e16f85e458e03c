import type { RouteRecordRaw } from 'vue-router';

export const portalBillingRoutes: RouteRecordRaw[] = [
  {
    // Client users: their company's documents, a tab per kind. Staff see them on the client page.
    path: '/portal/billing',
    name: 'portal-billing',
    component: () => import('../views/PortalBillingView.vue'),
    meta: { area: 'portal', titleKey: 'quoteAnswers.title' },
  },
  {
    path: '/portal/billing/:documentId',
    name: 'portal-billing-document',
    component: () => import('../views/PortalDocumentView.vue'),
    props: true,
    meta: { area: 'portal', titleKey: 'quoteAnswers.title' },
  },
  {
    // Public: anyone holding the acceptance id checks a PDF against the evidence.
    path: '/verify/:acceptanceId',
    name: 'verify-acceptance',
    component: () => import('../views/VerifyAcceptanceView.vue'),
    props: true,
    meta: { area: 'public', titleKey: 'quoteAnswers.verify.title' },
  },
];

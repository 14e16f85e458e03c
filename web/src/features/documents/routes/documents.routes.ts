import type { RouteRecordRaw } from 'vue-router';

export const documentsRoutes: RouteRecordRaw[] = [
  {
    path: '/app/billing',
    name: 'billing',
    component: () => import('../views/BillingView.vue'),
    meta: {
      area: 'staff',
      permission: 'billing.view',
      titleKey: 'documents.title',
      nav: { labelKey: 'documents.nav', icon: 'billing', order: 15 },
    },
  },
  {
    path: '/app/billing/new/:clientId/:kind',
    name: 'document-new',
    component: () => import('../views/DocumentEditorView.vue'),
    props: true,
    meta: { area: 'staff', permission: 'documents.edit', titleKey: 'documents.title' },
  },
  {
    path: '/app/billing/documents/:documentId',
    name: 'document',
    component: () => import('../views/DocumentView.vue'),
    props: true,
    meta: { area: 'staff', permission: 'billing.view', titleKey: 'documents.title' },
  },
  {
    path: '/app/billing/documents/:documentId/edit',
    name: 'document-edit',
    component: () => import('../views/DocumentEditorView.vue'),
    props: true,
    meta: { area: 'staff', permission: 'documents.edit', titleKey: 'documents.title' },
  },
];

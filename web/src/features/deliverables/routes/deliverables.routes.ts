import type { RouteRecordRaw } from 'vue-router';

export const deliverablesRoutes: RouteRecordRaw[] = [
  {
    // Public: anyone holding the decision id compares a copy of the file with the decided one.
    path: '/verify/deliverable/:decisionId',
    name: 'verify-deliverable-decision',
    component: () => import('../views/VerifyDeliverableView.vue'),
    props: true,
    meta: { area: 'public', titleKey: 'deliverables.verify.title' },
  },
];

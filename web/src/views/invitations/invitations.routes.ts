import type { RouteRecordRaw } from 'vue-router';

export const invitationsRoutes: RouteRecordRaw[] = [
  {
    path: '/invitations/:token',
    name: 'invitation',
    component: () => import('./InvitationView.vue'),
    props: true,
    meta: { public: true, titleKey: 'titles.invitation' },
  },
];

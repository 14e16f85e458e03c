import type { RouteRecordRaw } from 'vue-router';

export const invitationsRoutes: RouteRecordRaw[] = [
  {
    path: '/invitations/:token',
    name: 'invitation',
    component: () => import('../views/InvitationView.vue'),
    props: true,
    meta: { area: 'public', titleKey: 'titles.invitation' },
  },
];

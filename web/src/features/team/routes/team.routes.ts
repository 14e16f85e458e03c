import type { RouteRecordRaw } from 'vue-router';

export const teamRoutes: RouteRecordRaw[] = [
  {
    path: '/app/team',
    name: 'team',
    component: () => import('../views/TeamView.vue'),
    meta: {
      area: 'staff',
      permission: 'team.manage',
      titleKey: 'team.title',
      nav: { labelKey: 'team.nav', icon: 'team', order: 80 },
    },
  },
  {
    path: '/team-invitations/:token',
    name: 'team-invitation',
    component: () => import('../views/TeamInvitationView.vue'),
    props: true,
    meta: { area: 'public', titleKey: 'team.invitation.pageTitle' },
  },
];

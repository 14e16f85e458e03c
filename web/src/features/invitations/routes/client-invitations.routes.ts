import type { RouteRecordRaw } from 'vue-router';

export const clientInvitationsRoutes: RouteRecordRaw[] = [
  {
    path: '/app/settings/invitations',
    name: 'invitations-settings',
    component: () => import('../views/InvitationsSettingsView.vue'),
    meta: {
      area: 'staff',
      permission: 'portal.configure',
      titleKey: 'invitations.title',
      nav: { labelKey: 'invitations.nav', icon: 'team', order: 96 },
    },
  },
];

import type { RouteRecordRaw } from 'vue-router';

export const joinLinksRoutes: RouteRecordRaw[] = [
  {
    path: '/app/settings/join-links',
    name: 'join-links-settings',
    component: () => import('../views/JoinLinksSettingsView.vue'),
    meta: {
      area: 'staff',
      permission: 'workspaces.manage',
      titleKey: 'joinLinks.title',
      nav: { labelKey: 'joinLinks.nav', icon: 'settings', order: 96 },
    },
  },
  {
    // The shareable link itself: anyone holding it may join (no login).
    path: '/join/:token',
    name: 'join',
    component: () => import('../views/JoinView.vue'),
    props: true,
    meta: { area: 'public', titleKey: 'joinLinks.join.pageTitle' },
  },
];

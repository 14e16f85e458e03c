import type { RouteRecordRaw } from 'vue-router';

export const errorsRoutes: RouteRecordRaw[] = [
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('./ForbiddenView.vue'),
    meta: { titleKey: 'titles.forbidden' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./NotFoundView.vue'),
    meta: { titleKey: 'titles.notFound' },
  },
];

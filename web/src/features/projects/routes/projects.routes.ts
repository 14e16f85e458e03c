import type { RouteRecordRaw } from 'vue-router';

export const projectsRoutes: RouteRecordRaw[] = [
  {
    path: '/app/projects/:projectId',
    name: 'project',
    component: () => import('../views/ProjectView.vue'),
    props: true,
    meta: { area: 'staff', minimumStaffLevel: 'member', titleKey: 'projects.title' },
  },
  {
    // Client users: their company's projects. Staff see projects on the client page instead.
    path: '/portal/projects',
    name: 'portal-projects',
    component: () => import('../views/PortalProjectsView.vue'),
    meta: { area: 'portal', titleKey: 'projects.portalTitle' },
  },
];

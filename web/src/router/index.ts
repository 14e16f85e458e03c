import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import { i18n } from '../i18n';
import { useSessionStore } from '../stores/session.store';
import { clientsRoutes } from '../views/clients/clients.routes';
import { errorsRoutes } from '../views/errors/errors.routes';
import { invitationsRoutes } from '../views/invitations/invitations.routes';
import { portalRoutes } from '../views/portal/portal.routes';
import './route-meta';

export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    {
      path: '/',
      name: 'home',
      // Staff work in /app, client users in their portal.
      redirect: () => useSessionStore().homePath,
    },
    ...clientsRoutes,
    ...portalRoutes,
    ...invitationsRoutes,
    ...errorsRoutes,
  ],
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

/** Whether a URL path is a public page, decided before the router is installed (during boot). */
export function isPublicPath(path: string): boolean {
  return router.resolve(path).meta.public === true;
}

function allowedRoles(route: RouteLocationNormalized): string[] | undefined {
  // The innermost record that declares roles wins.
  for (const record of [...route.matched].reverse()) if (record.meta.roles) return record.meta.roles;
  return undefined;
}

router.beforeEach((to) => {
  if (to.meta.public) return true;
  const session = useSessionStore();
  // Without a session the app shows its boot screen instead of any page.
  if (!session.me) return true;
  const roles = allowedRoles(to);
  if (roles && !roles.includes(session.me.principal.kind)) return { name: 'forbidden' };
  return true;
});

/** "Page · Tenant", in the current language; called again when the language changes. */
export function updateDocumentTitle(route: RouteLocationNormalized = router.currentRoute.value): void {
  const title = route.meta.titleKey ? i18n.global.t(route.meta.titleKey) : '';
  const tenant = useSessionStore().me?.tenantName || i18n.global.t('app.name');
  document.title = [title, tenant].filter(Boolean).join(' · ');
}

router.afterEach((to) => updateDocumentTitle(to));

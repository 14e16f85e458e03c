import {
  createMemoryHistory,
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type Router,
  type RouteRecordRaw,
} from 'vue-router';
import { activityRoutes } from '../features/activity/routes/activity.routes';
import { catalogRoutes } from '../features/catalog/routes/catalog.routes';
import { clientsRoutes } from '../features/clients/routes/clients.routes';
import { errorsRoutes } from '../features/errors/routes/errors.routes';
import { invitationsRoutes } from '../features/invitations/routes/invitations.routes';
import { clientInvitationsRoutes } from '../features/invitations/routes/client-invitations.routes';
import { paymentsRoutes } from '../features/payments/routes/payments.routes';
import { portalRoutes } from '../features/portal/routes/portal.routes';
import { portalBillingRoutes } from '../features/portal-billing/routes/portal-billing.routes';
import { deliverablesRoutes } from '../features/deliverables/routes/deliverables.routes';
import { teamRoutes } from '../features/team/routes/team.routes';
import { projectsRoutes } from '../features/projects/routes/projects.routes';
import { documentsRoutes } from '../features/documents/routes/documents.routes';
import { billingProfileRoutes } from '../features/billing-profile/routes/billing-profile.routes';
import { brandingRoutes } from '../features/branding/routes/branding.routes';
import { notificationTemplatesRoutes } from '../features/notification-templates/routes/notification-templates.routes';
import { recurringRoutes } from '../features/recurring/routes/recurring.routes';
import { workspacesRoutes } from '../features/workspaces/routes/workspaces.routes';
import { homeRoutes } from '../features/home/routes/home.routes';
import { passkeysRoutes } from '../features/passkeys/routes/passkeys.routes';
import { joinLinksRoutes } from '../features/join-links/routes/join-links.routes';
import { accessRolesRoutes } from '../features/access-roles/routes/access-roles.routes';
import { inboxRoutes } from '../features/inbox/routes/inbox.routes';
import { deliveryRoutes } from '../features/delivery/routes/delivery.routes';
import { notificationPrefsRoutes } from '../features/notification-prefs/routes/notification-prefs.routes';
import { webhooksRoutes } from '../features/webhooks/routes/webhooks.routes';
import { partnerAppsRoutes } from '../features/partner-apps/routes/partner-apps.routes';
import { useSessionStore } from '../features/session/stores/session.store';
import { i18n } from '../i18n';
import { mayOpenRoute } from './navigation';
import './route-meta';

/** Every page of the app: each feature declares its own routes and their meta. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    // Staff work in /app, client users in their portal.
    redirect: () => useSessionStore().homePath,
  },
  { path: '/app', redirect: { name: 'dashboard' } },
  ...activityRoutes,
  ...clientsRoutes,
  ...portalRoutes,
  ...invitationsRoutes,
  ...clientInvitationsRoutes,
  ...teamRoutes,
  ...projectsRoutes,
  ...documentsRoutes,
  ...portalBillingRoutes,
  ...deliverablesRoutes,
  ...billingProfileRoutes,
  ...paymentsRoutes,
  ...recurringRoutes,
  ...catalogRoutes,
  ...workspacesRoutes,
  ...brandingRoutes,
  ...homeRoutes,
  ...passkeysRoutes,
  ...joinLinksRoutes,
  ...accessRolesRoutes,
  ...inboxRoutes,
  ...deliveryRoutes,
  ...notificationPrefsRoutes,
  ...notificationTemplatesRoutes,
  ...webhooksRoutes,
  ...partnerAppsRoutes,
  ...errorsRoutes,
];

/**
 * Whether a URL path is a public page, decided before the router exists (during boot). A memory
 * history leaves the address bar alone.
 */
export function isPublicPath(path: string): boolean {
  const matcher = createRouter({ history: createMemoryHistory(), routes });
  return matcher.resolve(path).meta.area === 'public';
}

/** "Page · Tenant", in the current language; called again when the language changes. */
export function updateDocumentTitle(route: RouteLocationNormalized): void {
  const title = route.meta.titleKey ? i18n.global.t(route.meta.titleKey) : '';
  const tenant = useSessionStore().me?.tenantName || i18n.global.t('app.name');
  document.title = [title, tenant].filter(Boolean).join(' · ');
}

/**
 * Created after the session has booted, not at import: the web history reads the address when it is
 * created, and keycloak-js removes the login callback's parameters from it during boot.
 */
export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory('/'),
    routes,
    // vue-router 5 offers scroll restoration only as an experimental API so far: keep the stable one.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });

  router.beforeEach((to) => {
    if (to.meta.area === 'public') return true;
    const session = useSessionStore();
    // Without a session the app shows its boot screen instead of any page.
    if (!session.me) return true;
    const viewer = {
      kind: session.me.principal.kind,
      staffRole: session.me.principal.staffRole,
      permissions: session.me.permissions,
    };
    return mayOpenRoute(to, viewer) ? true : { name: 'forbidden' };
  });

  router.afterEach((to) => {
    updateDocumentTitle(to);
  });
  return router;
}

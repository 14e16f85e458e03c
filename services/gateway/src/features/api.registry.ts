import { buildOpenApiDocument, openApiPath } from '../http/registrar.js';
import type { AnyRoute } from '../http/route.js';
import { acceptanceRoutes } from './acceptance/acceptance.routes.js';
import { activityRoutes } from './activity/activity.routes.js';
import { billingRoutes } from './billing/billing.routes.js';
import { deliverablesRoutes } from './deliverables/deliverables.routes.js';
import { documentsRoutes } from './documents/documents.routes.js';
import { filesRoutes } from './files/files.routes.js';
import { billingProfileRoutes } from './billing-profile/billing-profile.routes.js';
import { brandingRoutes } from './branding/branding.routes.js';
import { catalogRoutes } from './catalog/catalog.routes.js';
import { kpiRoutes } from './catalog/kpis.routes.js';
import { clientListRoutes } from './clients/client-list.routes.js';
import { clientsRoutes } from './clients/clients.routes.js';
import { contentRoutes } from './content/content.routes.js';
import { invitationsRoutes } from './invitations/invitations.routes.js';
import { clientInvitationsRoutes } from './invitations/client-invitations.routes.js';
import { messagingRoutes } from './messaging/messaging.routes.js';
import { notificationsRoutes } from './notifications/notifications.routes.js';
import { paymentsRoutes } from './payments/payments.routes.js';
import { portalRoutes } from './portal/portal.routes.js';
import { projectsRoutes } from './projects/projects.routes.js';
import { recurringRoutes } from './recurring/recurring.routes.js';
import { sessionRoutes } from './session/session.routes.js';
import { tasksRoutes } from './tasks/tasks.routes.js';
import { teamRoutes } from './team/team.routes.js';
import { problemSchema } from './shared/shared.schemas.js';
import { workspacesRoutes } from './workspaces/workspaces.routes.js';
import { homeRoutes } from './home/home.routes.js';
import { passkeysRoutes } from './passkeys/passkeys.routes.js';
import { revocationRoutes } from './revocation/revocation.routes.js';
import { joinLinksRoutes } from './join-links/join-links.routes.js';
import { accessRolesRoutes } from './access-roles/access-roles.routes.js';
import { inboxRoutes } from './inbox/inbox.routes.js';
import { conversationsRoutes } from './conversations/conversations.routes.js';
import { messageActionsRoutes } from './message-actions/message-actions.routes.js';
import { notificationPrefsRoutes } from './notification-prefs/notification-prefs.routes.js';
import { notificationTemplatesRoutes } from './notification-templates/notification-templates.routes.js';
import { partnerAppsRoutes } from './partner-apps/partner-apps.routes.js';
import { webhooksRoutes } from './webhooks/webhooks.routes.js';

/** Every REST route of the gateway, one declaration each: mounted, documented and typed from here. */
export const apiRoutes: readonly AnyRoute[] = [
  ...sessionRoutes,
  ...clientsRoutes,
  ...clientListRoutes,
  ...portalRoutes,
  ...billingRoutes,
  ...messagingRoutes,
  ...notificationsRoutes,
  ...invitationsRoutes,
  ...clientInvitationsRoutes,
  ...teamRoutes,
  ...projectsRoutes,
  ...activityRoutes,
  ...documentsRoutes,
  ...acceptanceRoutes,
  ...billingProfileRoutes,
  ...paymentsRoutes,
  ...recurringRoutes,
  ...catalogRoutes,
  ...kpiRoutes,
  ...filesRoutes,
  ...workspacesRoutes,
  ...deliverablesRoutes,
  ...tasksRoutes,
  ...contentRoutes,
  ...brandingRoutes,
  ...homeRoutes,
  ...passkeysRoutes,
  ...revocationRoutes,
  ...joinLinksRoutes,
  ...accessRolesRoutes,
  ...inboxRoutes,
  ...conversationsRoutes,
  ...messageActionsRoutes,
  ...notificationPrefsRoutes,
  ...notificationTemplatesRoutes,
  ...partnerAppsRoutes,
  ...webhooksRoutes,
];

export { problemSchema };

/** The OpenAPI 3.1 document of the REST API; built without starting anything (scripts, tests). */
export function apiDocument(serverUrl = '/api'): Record<string, unknown> {
  return buildOpenApiDocument(apiRoutes, { serverUrl, problemSchema });
}

const matchers = apiRoutes.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/:\w+/g, '[^/]+')}$`),
}));

/** The declaration serving a request (path relative to /api, query string ignored), if any. */
export function findRoute(method: string, path: string): AnyRoute | undefined {
  const bare = path.split('?')[0] ?? '';
  return matchers.find(({ route, pattern }) => route.method === method.toLowerCase() && pattern.test(bare))
    ?.route;
}

export { isBinaryResponse } from '../http/route.js';
export { openApiPath };

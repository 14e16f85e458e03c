import type { AnyRoute } from '../http/route.js';
import { billingRoutes } from './billing/billing.routes.js';
import { clientsRoutes } from './clients/clients.routes.js';
import { invitationsRoutes } from './invitations/invitations.routes.js';
import { messagingRoutes } from './messaging/messaging.routes.js';
import { notificationsRoutes } from './notifications/notifications.routes.js';
import { portalRoutes } from './portal/portal.routes.js';
import { sessionRoutes } from './session/session.routes.js';
import { problemSchema } from './shared/shared.schemas.js';

/** Every REST route of the gateway, one declaration each: mounted, documented and typed from here. */
export const apiRoutes: readonly AnyRoute[] = [
  ...sessionRoutes,
  ...clientsRoutes,
  ...portalRoutes,
  ...billingRoutes,
  ...messagingRoutes,
  ...notificationsRoutes,
  ...invitationsRoutes,
];

export { problemSchema };

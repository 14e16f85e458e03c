import { eventSchemas, type CatalogueEvent } from '@client-portal/events';
import type { EventSubscriptions } from '@client-portal/kit';
import type { NotificationService } from '../application/notification.service.js';
import type { BrandingRepository } from '../store/branding.repository.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';
import type { MentionNotifier } from '../application/mention.notifier.js';

/**
 * What notification consumes, in one place: invitations and client messages to e-mail, and workspace
 * names for those e-mails. Events arrive checked against the catalogue; one that does not fit is
 * dead-lettered with the reason. A handler that cannot send throws, so the consumer retries and in the
 * end dead-letters the event; deliveries already made are not repeated.
 */
export function notificationSubscriptions(
  notifications: NotificationService,
  workspaces: WorkspaceRepository,
  brandings?: BrandingRepository,
  // Message actions (issue 12): kind `mention`.
  mentions?: MentionNotifier,
): EventSubscriptions<CatalogueEvent> {
  return {
    topics: ['identity.events', 'messaging.events', 'portal.events', 'billing.events'],
    schemas: eventSchemas,
    handlers: {
      'identity.invitation.sent': (event) => notifications.sendInvitation(event),
      'identity.staff.invited': (event) => notifications.sendTeamInvitation(event),
      'messaging.message.posted': (event) => notifications.notifyNewMessage(event),
      'messaging.message.mentioned': async (event) => {
        await mentions?.notify(event);
      },
      'billing.document.sent': (event) => notifications.sendDocument(event),
      'billing.quote.accepted': (event) => notifications.notifyQuoteAnswered(event),
      'billing.quote.rejected': (event) => notifications.notifyQuoteAnswered(event),
      'billing.document.commented': (event) => notifications.notifyDocumentComment(event),
      'billing.payment.recorded': (event) => notifications.sendPaymentReceipt(event),
      'billing.invoice.reminded': (event) => notifications.sendInvoiceReminder(event),
      'billing.order.placed': (event) => notifications.notifyOrderPlaced(event),
      // The tenant's branding, for every e-mail's logo, colours and name.
      'identity.branding.changed': async ({ tenantId, data }, context) => {
        await brandings?.record(context, {
          tenantId,
          slug: data.slug,
          name: data.name,
          primaryColor: data.primaryColor,
          accentColor: data.accentColor,
          logoSha256: data.logoSha256,
          senderName: data.senderName,
          replyTo: data.replyTo,
          defaultLanguage: data.defaultLanguage,
          brandingVersion: data.brandingVersion,
        });
      },
      'portal.workspace.created': async ({ tenantId, data }, context) => {
        await workspaces.recordCreated(context, {
          id: data.workspaceId,
          tenantId,
          clientId: data.clientId,
          clientName: data.clientName,
          name: data.name,
        });
      },
    },
  };
}

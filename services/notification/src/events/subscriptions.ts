import type { EventEnvelope, EventHandler } from '@client-portal/kit';
import type {
  InvitationSent,
  MessagePosted,
  NotificationService,
} from '../application/notification.service.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';

interface WorkspaceCreated {
  workspaceId: string;
  clientId: string;
  clientName: string;
  name: string;
}

/**
 * What notification consumes, in one place: invitations and client messages to e-mail, and workspace
 * names for those e-mails. A handler that cannot send throws, so the consumer retries and in the end
 * dead-letters the event; deliveries already made are not repeated.
 */
export function notificationSubscriptions(
  notifications: NotificationService,
  workspaces: WorkspaceRepository,
): { topics: string[]; handlers: Record<string, EventHandler> } {
  return {
    topics: ['identity.events', 'messaging.events', 'portal.events'],
    handlers: {
      'identity.invitation.sent': (event) =>
        notifications.sendInvitation(event as EventEnvelope<InvitationSent>),
      'messaging.message.posted': (event) =>
        notifications.notifyNewMessage(event as EventEnvelope<MessagePosted>),
      'portal.workspace.created': async (event, context) => {
        const data = event.data as WorkspaceCreated;
        await workspaces.recordCreated(context, {
          id: data.workspaceId,
          tenantId: event.tenantId,
          clientId: data.clientId,
          clientName: data.clientName,
          name: data.name,
        });
      },
    },
  };
}

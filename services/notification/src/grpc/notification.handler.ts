import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf, Notification as NotificationMessage } from '@client-portal/contracts';
import type { NotificationService } from '../application/notification.service.js';
import type { Notification } from '../domain/notification.js';

export function toNotificationMessage(notification: Notification): NotificationMessage {
  return {
    id: notification.id,
    tenantId: notification.tenantId,
    channel: notification.channel,
    recipient: notification.recipient,
    subject: notification.subject,
    template: notification.template,
    status: notification.status,
    error: notification.error,
    sourceEventId: notification.sourceEventId,
    createdAt: notification.createdAt.toISOString(),
    attempts: notification.attempts,
    nextAttemptAt: notification.nextAttemptAt?.toISOString() ?? '',
    updatedAt: notification.updatedAt.toISOString(),
  };
}

export function notificationHandlers(notifications: NotificationService): HandlersOf<'notification'> {
  return {
    ListNotifications: async (request, call) => {
      const result = await notifications.list(requirePrincipal(call.metadata), request);
      return { notifications: result.notifications.map(toNotificationMessage), page: result.page };
    },
    RetryNotification: async (request, call) => ({
      notification: toNotificationMessage(
        await notifications.retry(requirePrincipal(call.metadata), request),
      ),
    }),
  };
}

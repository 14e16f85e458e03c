import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf, InboxNotification as InboxNotificationMessage } from '@client-portal/contracts';
import type { InboxService } from '../application/inbox.service.js';
import type { InboxNotification } from '../domain/inbox.js';

export function toInboxNotificationMessage(notification: InboxNotification): InboxNotificationMessage {
  return {
    id: notification.id,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    link: notification.link,
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt ? notification.readAt.toISOString() : '',
  };
}

export function inboxHandlers(inbox: InboxService): HandlersOf<'inbox'> {
  return {
    ListInboxNotifications: async (request, call) => {
      const result = await inbox.list(requirePrincipal(call.metadata), request);
      return {
        notifications: result.notifications.map(toInboxNotificationMessage),
        page: result.page,
        unreadCount: result.unreadCount,
      };
    },
    CountUnreadInboxNotifications: async (_request, call) => ({
      unreadCount: await inbox.countUnread(requirePrincipal(call.metadata)),
    }),
    MarkInboxNotificationRead: async (request, call) => {
      const result = await inbox.markRead(requirePrincipal(call.metadata), request.notificationId);
      return {
        notification: toInboxNotificationMessage(result.notification),
        unreadCount: result.unreadCount,
      };
    },
    MarkAllInboxNotificationsRead: async (_request, call) =>
      inbox.markAllRead(requirePrincipal(call.metadata)),
  };
}

// Original file: proto/notification/v1/inbox.proto

import type { InboxNotification as _client_portal_notification_v1_InboxNotification, InboxNotification__Output as _client_portal_notification_v1_InboxNotification__Output } from '../../../client_portal/notification/v1/InboxNotification.js';

export interface MarkInboxNotificationReadResponse {
  'notification'?: (_client_portal_notification_v1_InboxNotification | null);
  'unreadCount'?: (number);
}

export interface MarkInboxNotificationReadResponse__Output {
  'notification': (_client_portal_notification_v1_InboxNotification__Output | null);
  'unreadCount': (number);
}

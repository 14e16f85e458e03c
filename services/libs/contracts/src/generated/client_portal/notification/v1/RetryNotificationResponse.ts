// Original file: proto/notification/v1/notification.proto

import type { Notification as _client_portal_notification_v1_Notification, Notification__Output as _client_portal_notification_v1_Notification__Output } from '../../../client_portal/notification/v1/Notification.js';

export interface RetryNotificationResponse {
  'notification'?: (_client_portal_notification_v1_Notification | null);
}

export interface RetryNotificationResponse__Output {
  'notification': (_client_portal_notification_v1_Notification__Output | null);
}

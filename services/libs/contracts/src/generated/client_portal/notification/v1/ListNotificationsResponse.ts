// Original file: proto/notification/v1/notification.proto

import type { Notification as _client_portal_notification_v1_Notification, Notification__Output as _client_portal_notification_v1_Notification__Output } from '../../../client_portal/notification/v1/Notification.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListNotificationsResponse {
  'notifications'?: (_client_portal_notification_v1_Notification)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListNotificationsResponse__Output {
  'notifications': (_client_portal_notification_v1_Notification__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}

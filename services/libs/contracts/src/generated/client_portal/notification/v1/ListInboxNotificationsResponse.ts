// Original file: proto/notification/v1/inbox.proto

import type { InboxNotification as _client_portal_notification_v1_InboxNotification, InboxNotification__Output as _client_portal_notification_v1_InboxNotification__Output } from '../../../client_portal/notification/v1/InboxNotification.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListInboxNotificationsResponse {
  'notifications'?: (_client_portal_notification_v1_InboxNotification)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
  'unreadCount'?: (number);
}

export interface ListInboxNotificationsResponse__Output {
  'notifications': (_client_portal_notification_v1_InboxNotification__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
  'unreadCount': (number);
}

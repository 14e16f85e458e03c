// Original file: proto/messaging/v1/messaging.proto

import type { UnreadCount as _client_portal_messaging_v1_UnreadCount, UnreadCount__Output as _client_portal_messaging_v1_UnreadCount__Output } from '../../../client_portal/messaging/v1/UnreadCount.js';

export interface ListUnreadResponse {
  'workspaces'?: (_client_portal_messaging_v1_UnreadCount)[];
}

export interface ListUnreadResponse__Output {
  'workspaces': (_client_portal_messaging_v1_UnreadCount__Output)[];
}

// Original file: proto/messaging/v1/conversations.proto

import type { ConversationsUnreadCount as _client_portal_messaging_v1_ConversationsUnreadCount, ConversationsUnreadCount__Output as _client_portal_messaging_v1_ConversationsUnreadCount__Output } from '../../../client_portal/messaging/v1/ConversationsUnreadCount.js';

export interface GetUnreadSummaryResponse {
  'total'?: (number);
  'workspaces'?: (_client_portal_messaging_v1_ConversationsUnreadCount)[];
  'clients'?: (_client_portal_messaging_v1_ConversationsUnreadCount)[];
}

export interface GetUnreadSummaryResponse__Output {
  'total': (number);
  'workspaces': (_client_portal_messaging_v1_ConversationsUnreadCount__Output)[];
  'clients': (_client_portal_messaging_v1_ConversationsUnreadCount__Output)[];
}

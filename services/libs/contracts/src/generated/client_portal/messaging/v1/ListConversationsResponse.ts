// Original file: proto/messaging/v1/conversations.proto

import type { ConversationsConversation as _client_portal_messaging_v1_ConversationsConversation, ConversationsConversation__Output as _client_portal_messaging_v1_ConversationsConversation__Output } from '../../../client_portal/messaging/v1/ConversationsConversation.js';

export interface ListConversationsResponse {
  'conversations'?: (_client_portal_messaging_v1_ConversationsConversation)[];
}

export interface ListConversationsResponse__Output {
  'conversations': (_client_portal_messaging_v1_ConversationsConversation__Output)[];
}

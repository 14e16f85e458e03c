// Original file: proto/messaging/v1/messaging.proto

import type { Message as _client_portal_messaging_v1_Message, Message__Output as _client_portal_messaging_v1_Message__Output } from '../../../client_portal/messaging/v1/Message.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListMessagesResponse {
  /**
   * Oldest first within the page.
   */
  'messages'?: (_client_portal_messaging_v1_Message)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListMessagesResponse__Output {
  /**
   * Oldest first within the page.
   */
  'messages': (_client_portal_messaging_v1_Message__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}

// Original file: proto/messaging/v1/messaging.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListMessagesRequest {
  'workspaceId'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
  /**
   * Issue 12: as in PostMessageRequest.
   */
  'conversationId'?: (string);
}

export interface ListMessagesRequest__Output {
  'workspaceId': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  /**
   * Issue 12: as in PostMessageRequest.
   */
  'conversationId': (string);
}

// Original file: proto/messaging/v1/messaging.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListMessagesRequest {
  'workspaceId'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
  /**
   * Issue 12: as in PostMessageRequest.
   */
  'conversationId'?: (string);
  /**
   * Ordered by (updated_at, id) ascending (edits and deletions move a message to the end), so a
   * caller can sync incrementally; with updated_since (RFC 3339) only messages changed at or after it.
   */
  'byUpdate'?: (boolean);
  'updatedSince'?: (string);
}

export interface ListMessagesRequest__Output {
  'workspaceId': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  /**
   * Issue 12: as in PostMessageRequest.
   */
  'conversationId': (string);
  /**
   * Ordered by (updated_at, id) ascending (edits and deletions move a message to the end), so a
   * caller can sync incrementally; with updated_since (RFC 3339) only messages changed at or after it.
   */
  'byUpdate': (boolean);
  'updatedSince': (string);
}

// Original file: proto/partner/v1/messages.proto

import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from '../../../client_portal/partner/v1/ListOptions.js';

export interface ListMessagesRequest {
  'options'?: (_client_portal_partner_v1_ListOptions | null);
  'workspaceId'?: (string);
  /**
   * Empty: the workspace's default conversation.
   */
  'conversationId'?: (string);
}

export interface ListMessagesRequest__Output {
  'options': (_client_portal_partner_v1_ListOptions__Output | null);
  'workspaceId': (string);
  /**
   * Empty: the workspace's default conversation.
   */
  'conversationId': (string);
}

// Original file: proto/notification/v1/inbox.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListInboxNotificationsRequest {
  'page'?: (_client_portal_common_v1_PageRequest | null);
  /**
   * Only the unread ones.
   */
  'unreadOnly'?: (boolean);
}

export interface ListInboxNotificationsRequest__Output {
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  /**
   * Only the unread ones.
   */
  'unreadOnly': (boolean);
}

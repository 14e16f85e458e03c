// Original file: proto/notification/v1/notification.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListNotificationsRequest {
  'page'?: (_client_portal_common_v1_PageRequest | null);
  'recipient'?: (string);
  /**
   * Only this status (sending, sent, retrying, failed); empty: all.
   */
  'status'?: (string);
}

export interface ListNotificationsRequest__Output {
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  'recipient': (string);
  /**
   * Only this status (sending, sent, retrying, failed); empty: all.
   */
  'status': (string);
}

// Original file: proto/billing/v1/recurring.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListSubscriptionsRequest {
  /**
   * Empty for the whole tenant (staff only).
   */
  'clientId'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListSubscriptionsRequest__Output {
  /**
   * Empty for the whole tenant (staff only).
   */
  'clientId': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}

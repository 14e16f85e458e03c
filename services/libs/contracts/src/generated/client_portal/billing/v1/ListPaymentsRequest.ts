// Original file: proto/billing/v1/payments.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListPaymentsRequest {
  'clientId'?: (string);
  /**
   * Only the payments allocated to this invoice (optional).
   */
  'documentId'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListPaymentsRequest__Output {
  'clientId': (string);
  /**
   * Only the payments allocated to this invoice (optional).
   */
  'documentId': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}

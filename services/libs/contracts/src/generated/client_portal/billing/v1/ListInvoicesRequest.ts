// Original file: proto/billing/v1/billing.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListInvoicesRequest {
  /**
   * Staff: one client's invoices, or the whole tenant's when empty. Client users: their own client's
   * (empty means theirs); another client's is PERMISSION_DENIED.
   */
  'clientId'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListInvoicesRequest__Output {
  /**
   * Staff: one client's invoices, or the whole tenant's when empty. Client users: their own client's
   * (empty means theirs); another client's is PERMISSION_DENIED.
   */
  'clientId': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}

// Original file: proto/billing/v1/payments.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListInvoiceBalancesRequest {
  'clientId'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListInvoiceBalancesRequest__Output {
  'clientId': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}

// Original file: proto/billing/v1/catalog.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListCatalogOrdersRequest {
  'page'?: (_client_portal_common_v1_PageRequest | null);
  /**
   * new, converted or cancelled; empty for all.
   */
  'status'?: (string);
  'clientId'?: (string);
}

export interface ListCatalogOrdersRequest__Output {
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  /**
   * new, converted or cancelled; empty for all.
   */
  'status': (string);
  'clientId': (string);
}

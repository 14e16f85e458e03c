// Original file: proto/billing/v1/catalog.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListCatalogProductsRequest {
  'page'?: (_client_portal_common_v1_PageRequest | null);
  /**
   * Part of the name or reference, case-insensitive.
   */
  'search'?: (string);
  'includeArchived'?: (boolean);
}

export interface ListCatalogProductsRequest__Output {
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  /**
   * Part of the name or reference, case-insensitive.
   */
  'search': (string);
  'includeArchived': (boolean);
}

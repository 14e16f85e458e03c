// Original file: proto/billing/v1/catalog.proto

import type { CatalogProduct as _client_portal_billing_v1_CatalogProduct, CatalogProduct__Output as _client_portal_billing_v1_CatalogProduct__Output } from '../../../client_portal/billing/v1/CatalogProduct.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListCatalogProductsResponse {
  'products'?: (_client_portal_billing_v1_CatalogProduct)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListCatalogProductsResponse__Output {
  'products': (_client_portal_billing_v1_CatalogProduct__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}

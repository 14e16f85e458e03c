// Original file: proto/billing/v1/catalog.proto

import type { CatalogOrder as _client_portal_billing_v1_CatalogOrder, CatalogOrder__Output as _client_portal_billing_v1_CatalogOrder__Output } from '../../../client_portal/billing/v1/CatalogOrder.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListCatalogOrdersResponse {
  'orders'?: (_client_portal_billing_v1_CatalogOrder)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListCatalogOrdersResponse__Output {
  'orders': (_client_portal_billing_v1_CatalogOrder__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}

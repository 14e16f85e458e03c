// Original file: proto/billing/v1/catalog.proto

import type { CatalogProductInput as _client_portal_billing_v1_CatalogProductInput, CatalogProductInput__Output as _client_portal_billing_v1_CatalogProductInput__Output } from '../../../client_portal/billing/v1/CatalogProductInput.js';

export interface UpdateCatalogProductRequest {
  'productId'?: (string);
  'expectedVersion'?: (number);
  'product'?: (_client_portal_billing_v1_CatalogProductInput | null);
}

export interface UpdateCatalogProductRequest__Output {
  'productId': (string);
  'expectedVersion': (number);
  'product': (_client_portal_billing_v1_CatalogProductInput__Output | null);
}

// Original file: proto/billing/v1/catalog.proto

import type { CatalogProductInput as _client_portal_billing_v1_CatalogProductInput, CatalogProductInput__Output as _client_portal_billing_v1_CatalogProductInput__Output } from '../../../client_portal/billing/v1/CatalogProductInput.js';

export interface CreateCatalogProductRequest {
  'product'?: (_client_portal_billing_v1_CatalogProductInput | null);
}

export interface CreateCatalogProductRequest__Output {
  'product': (_client_portal_billing_v1_CatalogProductInput__Output | null);
}

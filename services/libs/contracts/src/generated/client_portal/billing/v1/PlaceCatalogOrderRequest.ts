// Original file: proto/billing/v1/catalog.proto

import type { CatalogOrderLineInput as _client_portal_billing_v1_CatalogOrderLineInput, CatalogOrderLineInput__Output as _client_portal_billing_v1_CatalogOrderLineInput__Output } from '../../../client_portal/billing/v1/CatalogOrderLineInput.js';

export interface PlaceCatalogOrderRequest {
  'lines'?: (_client_portal_billing_v1_CatalogOrderLineInput)[];
  'note'?: (string);
  /**
   * Printed on the order as they stand now (the gateway reads them from crm and the session).
   */
  'clientName'?: (string);
  'placedByName'?: (string);
}

export interface PlaceCatalogOrderRequest__Output {
  'lines': (_client_portal_billing_v1_CatalogOrderLineInput__Output)[];
  'note': (string);
  /**
   * Printed on the order as they stand now (the gateway reads them from crm and the session).
   */
  'clientName': (string);
  'placedByName': (string);
}

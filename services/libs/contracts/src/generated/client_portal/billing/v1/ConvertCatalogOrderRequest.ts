// Original file: proto/billing/v1/catalog.proto


export interface ConvertCatalogOrderRequest {
  'orderId'?: (string);
  'expectedVersion'?: (number);
  /**
   * quote, invoice or delivery_note.
   */
  'kind'?: (string);
}

export interface ConvertCatalogOrderRequest__Output {
  'orderId': (string);
  'expectedVersion': (number);
  /**
   * quote, invoice or delivery_note.
   */
  'kind': (string);
}

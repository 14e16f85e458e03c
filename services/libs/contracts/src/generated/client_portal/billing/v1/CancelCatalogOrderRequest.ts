// Original file: proto/billing/v1/catalog.proto


export interface CancelCatalogOrderRequest {
  'orderId'?: (string);
  'expectedVersion'?: (number);
  'reason'?: (string);
}

export interface CancelCatalogOrderRequest__Output {
  'orderId': (string);
  'expectedVersion': (number);
  'reason': (string);
}

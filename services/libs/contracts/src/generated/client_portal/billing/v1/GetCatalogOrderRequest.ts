// Original file: proto/billing/v1/catalog.proto


export interface GetCatalogOrderRequest {
  'orderId'?: (string);
}

export interface GetCatalogOrderRequest__Output {
  'orderId': (string);
}

// Original file: proto/billing/v1/catalog.proto


export interface GetCatalogProductRequest {
  'productId'?: (string);
}

export interface GetCatalogProductRequest__Output {
  'productId': (string);
}

// Original file: proto/billing/v1/catalog.proto


export interface SetCatalogProductArchivedRequest {
  'productId'?: (string);
  'expectedVersion'?: (number);
  'archived'?: (boolean);
}

export interface SetCatalogProductArchivedRequest__Output {
  'productId': (string);
  'expectedVersion': (number);
  'archived': (boolean);
}

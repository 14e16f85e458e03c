// Original file: proto/billing/v1/catalog.proto


export interface SetCatalogSettingsRequest {
  'portalEnabled'?: (boolean);
}

export interface SetCatalogSettingsRequest__Output {
  'portalEnabled': (boolean);
}

// Original file: proto/billing/v1/catalog.proto


export interface GetCatalogSettingsRequest {
}

export interface GetCatalogSettingsRequest__Output {
}

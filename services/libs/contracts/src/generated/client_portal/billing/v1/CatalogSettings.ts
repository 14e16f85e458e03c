// Original file: proto/billing/v1/catalog.proto


export interface CatalogSettings {
  /**
   * Whether the tenant's client users see the catalog in the portal and may order from it.
   */
  'portalEnabled'?: (boolean);
  'version'?: (number);
  'updatedAt'?: (string);
}

export interface CatalogSettings__Output {
  /**
   * Whether the tenant's client users see the catalog in the portal and may order from it.
   */
  'portalEnabled': (boolean);
  'version': (number);
  'updatedAt': (string);
}

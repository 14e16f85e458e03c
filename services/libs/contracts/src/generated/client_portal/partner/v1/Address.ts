// Original file: proto/partner/v1/clients.proto


export interface Address {
  'street'?: (string);
  'postalCode'?: (string);
  'city'?: (string);
  /**
   * ISO 3166-1 alpha-2 (FR, ES, …).
   */
  'country'?: (string);
}

export interface Address__Output {
  'street': (string);
  'postalCode': (string);
  'city': (string);
  /**
   * ISO 3166-1 alpha-2 (FR, ES, …).
   */
  'country': (string);
}

// Original file: proto/billing/v1/documents.proto


export interface DocumentPostalAddress {
  'street'?: (string);
  'postalCode'?: (string);
  'city'?: (string);
  'country'?: (string);
}

export interface DocumentPostalAddress__Output {
  'street': (string);
  'postalCode': (string);
  'city': (string);
  'country': (string);
}

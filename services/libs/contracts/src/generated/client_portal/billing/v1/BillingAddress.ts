// Original file: proto/billing/v1/profile.proto


export interface BillingAddress {
  'street'?: (string);
  'postalCode'?: (string);
  'city'?: (string);
  'country'?: (string);
}

export interface BillingAddress__Output {
  'street': (string);
  'postalCode': (string);
  'city': (string);
  'country': (string);
}

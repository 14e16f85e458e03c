// Original file: proto/crm/v1/crm.proto


export interface ClientAddress {
  'street'?: (string);
  'postalCode'?: (string);
  'city'?: (string);
  'country'?: (string);
}

export interface ClientAddress__Output {
  'street': (string);
  'postalCode': (string);
  'city': (string);
  'country': (string);
}

// Original file: proto/billing/v1/acceptance.proto


export interface ClientDocumentParty {
  'name'?: (string);
  'legalName'?: (string);
  'street'?: (string);
  'postalCode'?: (string);
  'city'?: (string);
  'country'?: (string);
  'taxId'?: (string);
  'email'?: (string);
  'phone'?: (string);
}

export interface ClientDocumentParty__Output {
  'name': (string);
  'legalName': (string);
  'street': (string);
  'postalCode': (string);
  'city': (string);
  'country': (string);
  'taxId': (string);
  'email': (string);
  'phone': (string);
}

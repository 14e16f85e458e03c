// Original file: proto/crm/v1/crm.proto


export interface ClientImportContact {
  'row'?: (number);
  'firstName'?: (string);
  'lastName'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'role'?: (string);
  'primary'?: (boolean);
}

export interface ClientImportContact__Output {
  'row': (number);
  'firstName': (string);
  'lastName': (string);
  'email': (string);
  'phone': (string);
  'role': (string);
  'primary': (boolean);
}

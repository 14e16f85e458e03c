// Original file: proto/partner/v1/clients.proto


export interface ContactInput {
  'firstName'?: (string);
  'lastName'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'mobile'?: (string);
  'role'?: (string);
  'primary'?: (boolean);
}

export interface ContactInput__Output {
  'firstName': (string);
  'lastName': (string);
  'email': (string);
  'phone': (string);
  'mobile': (string);
  'role': (string);
  'primary': (boolean);
}

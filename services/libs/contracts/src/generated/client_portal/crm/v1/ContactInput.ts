// Original file: proto/crm/v1/crm.proto


export interface ContactInput {
  'firstName'?: (string);
  'lastName'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'role'?: (string);
  'mobile'?: (string);
}

export interface ContactInput__Output {
  'firstName': (string);
  'lastName': (string);
  'email': (string);
  'phone': (string);
  'role': (string);
  'mobile': (string);
}

// Original file: proto/crm/v1/crm.proto


export interface Contact {
  'id'?: (string);
  'firstName'?: (string);
  'lastName'?: (string);
  'email'?: (string);
  'phone'?: (string);
  /**
   * decision-maker, technical, billing or observer.
   */
  'role'?: (string);
  'primary'?: (boolean);
  'mobile'?: (string);
}

export interface Contact__Output {
  'id': (string);
  'firstName': (string);
  'lastName': (string);
  'email': (string);
  'phone': (string);
  /**
   * decision-maker, technical, billing or observer.
   */
  'role': (string);
  'primary': (boolean);
  'mobile': (string);
}

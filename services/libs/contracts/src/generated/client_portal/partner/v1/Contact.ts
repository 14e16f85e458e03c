// Original file: proto/partner/v1/clients.proto


export interface Contact {
  'id'?: (string);
  'clientId'?: (string);
  'firstName'?: (string);
  'lastName'?: (string);
  'email'?: (string);
  'phone'?: (string);
  /**
   * E.164 mobile number, e.g. +33612345678.
   */
  'mobile'?: (string);
  /**
   * decision-maker, technical, billing or observer (decision-maker when not given).
   */
  'role'?: (string);
  /**
   * The client's primary contact (exactly one per client that has contacts).
   */
  'primary'?: (boolean);
}

export interface Contact__Output {
  'id': (string);
  'clientId': (string);
  'firstName': (string);
  'lastName': (string);
  'email': (string);
  'phone': (string);
  /**
   * E.164 mobile number, e.g. +33612345678.
   */
  'mobile': (string);
  /**
   * decision-maker, technical, billing or observer (decision-maker when not given).
   */
  'role': (string);
  /**
   * The client's primary contact (exactly one per client that has contacts).
   */
  'primary': (boolean);
}

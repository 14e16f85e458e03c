// Original file: proto/identity/v1/roles.proto


export interface PortalRole {
  /**
   * A built-in id (decision-maker, technical, billing, observer) or the tenant role's id.
   */
  'id'?: (string);
  'name'?: (string);
  /**
   * view, comment, approve, upload, billing, pay, chat (pay implies billing).
   */
  'rights'?: (string)[];
  'builtIn'?: (boolean);
  'version'?: (number);
  'userCount'?: (number);
}

export interface PortalRole__Output {
  /**
   * A built-in id (decision-maker, technical, billing, observer) or the tenant role's id.
   */
  'id': (string);
  'name': (string);
  /**
   * view, comment, approve, upload, billing, pay, chat (pay implies billing).
   */
  'rights': (string)[];
  'builtIn': (boolean);
  'version': (number);
  'userCount': (number);
}

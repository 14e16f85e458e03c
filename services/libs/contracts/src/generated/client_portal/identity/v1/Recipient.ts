// Original file: proto/identity/v1/directory.proto


export interface Recipient {
  /**
   * The staff id or external user id (the principal's userId).
   */
  'userId'?: (string);
  /**
   * staff or client.
   */
  'kind'?: (string);
  'email'?: (string);
  'displayName'?: (string);
  /**
   * The person's language (fr, en, es, pt), else the tenant's default.
   */
  'language'?: (string);
  /**
   * E.164; empty when none is on file.
   */
  'mobileNumber'?: (string);
  /**
   * Staff: owner, admin, manager or member. Client users: empty.
   */
  'staffRole'?: (string);
  /**
   * Client users: their client. Staff: empty.
   */
  'clientId'?: (string);
}

export interface Recipient__Output {
  /**
   * The staff id or external user id (the principal's userId).
   */
  'userId': (string);
  /**
   * staff or client.
   */
  'kind': (string);
  'email': (string);
  'displayName': (string);
  /**
   * The person's language (fr, en, es, pt), else the tenant's default.
   */
  'language': (string);
  /**
   * E.164; empty when none is on file.
   */
  'mobileNumber': (string);
  /**
   * Staff: owner, admin, manager or member. Client users: empty.
   */
  'staffRole': (string);
  /**
   * Client users: their client. Staff: empty.
   */
  'clientId': (string);
}

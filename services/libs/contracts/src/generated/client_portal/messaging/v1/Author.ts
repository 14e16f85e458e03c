// Original file: proto/messaging/v1/messaging.proto


export interface Author {
  'userId'?: (string);
  'displayName'?: (string);
  /**
   * staff or client.
   */
  'kind'?: (string);
}

export interface Author__Output {
  'userId': (string);
  'displayName': (string);
  /**
   * staff or client.
   */
  'kind': (string);
}

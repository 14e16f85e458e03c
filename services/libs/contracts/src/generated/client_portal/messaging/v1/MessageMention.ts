// Original file: proto/messaging/v1/messaging.proto


/**
 * Someone a message mentions. A client user is not told staff ids: user_id arrives empty for them.
 */
export interface MessageMention {
  'userId'?: (string);
  /**
   * staff or client.
   */
  'kind'?: (string);
  'displayName'?: (string);
}

/**
 * Someone a message mentions. A client user is not told staff ids: user_id arrives empty for them.
 */
export interface MessageMention__Output {
  'userId': (string);
  /**
   * staff or client.
   */
  'kind': (string);
  'displayName': (string);
}

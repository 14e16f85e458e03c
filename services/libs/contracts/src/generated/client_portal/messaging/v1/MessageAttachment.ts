// Original file: proto/messaging/v1/messaging.proto


/**
 * A file attached to a message; its bytes are downloaded through MessageActionService.
 */
export interface MessageAttachment {
  'id'?: (string);
  'name'?: (string);
  /**
   * Bytes.
   */
  'size'?: (number);
  'contentType'?: (string);
}

/**
 * A file attached to a message; its bytes are downloaded through MessageActionService.
 */
export interface MessageAttachment__Output {
  'id': (string);
  'name': (string);
  /**
   * Bytes.
   */
  'size': (number);
  'contentType': (string);
}

// Original file: proto/messaging/v1/message_actions.proto


export interface EditMessageRequest {
  'messageId'?: (string);
  /**
   * Trimmed; required unless the message has attachments, at most 5000 characters.
   */
  'body'?: (string);
}

export interface EditMessageRequest__Output {
  'messageId': (string);
  /**
   * Trimmed; required unless the message has attachments, at most 5000 characters.
   */
  'body': (string);
}

// Original file: proto/messaging/v1/message_actions.proto


export interface MessageAttachmentUploadRequest {
  /**
   * The conversation (today: the workspace id, its default conversation).
   */
  'conversationId'?: (string);
  'name'?: (string);
  /**
   * The size the browser is about to send, in bytes.
   */
  'size'?: (number);
  /**
   * The browser's idea of the type; stored as said, served only as a download.
   */
  'contentType'?: (string);
}

export interface MessageAttachmentUploadRequest__Output {
  /**
   * The conversation (today: the workspace id, its default conversation).
   */
  'conversationId': (string);
  'name': (string);
  /**
   * The size the browser is about to send, in bytes.
   */
  'size': (number);
  /**
   * The browser's idea of the type; stored as said, served only as a download.
   */
  'contentType': (string);
}

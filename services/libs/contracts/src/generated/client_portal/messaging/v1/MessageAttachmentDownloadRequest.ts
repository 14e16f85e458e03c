// Original file: proto/messaging/v1/message_actions.proto


export interface MessageAttachmentDownloadRequest {
  'messageId'?: (string);
  'attachmentId'?: (string);
}

export interface MessageAttachmentDownloadRequest__Output {
  'messageId': (string);
  'attachmentId': (string);
}

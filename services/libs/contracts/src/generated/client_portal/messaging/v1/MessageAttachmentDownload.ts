// Original file: proto/messaging/v1/message_actions.proto


export interface MessageAttachmentDownload {
  'url'?: (string);
  'expiresAt'?: (string);
}

export interface MessageAttachmentDownload__Output {
  'url': (string);
  'expiresAt': (string);
}

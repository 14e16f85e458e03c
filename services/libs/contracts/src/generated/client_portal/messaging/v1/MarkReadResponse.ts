// Original file: proto/messaging/v1/messaging.proto


export interface MarkReadResponse {
  'readAt'?: (string);
}

export interface MarkReadResponse__Output {
  'readAt': (string);
}

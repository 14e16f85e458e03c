// Original file: proto/messaging/v1/message_actions.proto


export interface DeleteMessageRequest {
  'messageId'?: (string);
}

export interface DeleteMessageRequest__Output {
  'messageId': (string);
}

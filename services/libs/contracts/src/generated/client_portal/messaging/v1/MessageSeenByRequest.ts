// Original file: proto/messaging/v1/message_actions.proto


export interface MessageSeenByRequest {
  'conversationId'?: (string);
}

export interface MessageSeenByRequest__Output {
  'conversationId': (string);
}

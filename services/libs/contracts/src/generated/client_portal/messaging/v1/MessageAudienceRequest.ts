// Original file: proto/messaging/v1/message_actions.proto


export interface MessageAudienceRequest {
  'conversationId'?: (string);
}

export interface MessageAudienceRequest__Output {
  'conversationId': (string);
}

// Original file: proto/messaging/v1/conversations.proto


export interface GetConversationRequest {
  'conversationId'?: (string);
}

export interface GetConversationRequest__Output {
  'conversationId': (string);
}

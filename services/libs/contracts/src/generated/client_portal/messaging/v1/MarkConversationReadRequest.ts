// Original file: proto/messaging/v1/conversations.proto


export interface MarkConversationReadRequest {
  'conversationId'?: (string);
}

export interface MarkConversationReadRequest__Output {
  'conversationId': (string);
}

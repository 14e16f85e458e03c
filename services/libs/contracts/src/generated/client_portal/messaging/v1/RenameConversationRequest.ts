// Original file: proto/messaging/v1/conversations.proto


export interface RenameConversationRequest {
  'conversationId'?: (string);
  'subject'?: (string);
}

export interface RenameConversationRequest__Output {
  'conversationId': (string);
  'subject': (string);
}

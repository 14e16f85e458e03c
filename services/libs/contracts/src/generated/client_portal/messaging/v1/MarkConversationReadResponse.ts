// Original file: proto/messaging/v1/conversations.proto


export interface MarkConversationReadResponse {
  'readAt'?: (string);
}

export interface MarkConversationReadResponse__Output {
  'readAt': (string);
}

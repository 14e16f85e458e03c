// Original file: proto/messaging/v1/conversations.proto


export interface ConversationsUnreadCount {
  /**
   * The workspace, or empty for client-level conversations (then client_id says whose).
   */
  'workspaceId'?: (string);
  'clientId'?: (string);
  'unreadCount'?: (number);
}

export interface ConversationsUnreadCount__Output {
  /**
   * The workspace, or empty for client-level conversations (then client_id says whose).
   */
  'workspaceId': (string);
  'clientId': (string);
  'unreadCount': (number);
}

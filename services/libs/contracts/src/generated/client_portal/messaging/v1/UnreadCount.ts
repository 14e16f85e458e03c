// Original file: proto/messaging/v1/messaging.proto


export interface UnreadCount {
  'workspaceId'?: (string);
  'unreadCount'?: (number);
  /**
   * The newest unread message's time and author name.
   */
  'lastMessageAt'?: (string);
  'lastAuthorName'?: (string);
}

export interface UnreadCount__Output {
  'workspaceId': (string);
  'unreadCount': (number);
  /**
   * The newest unread message's time and author name.
   */
  'lastMessageAt': (string);
  'lastAuthorName': (string);
}

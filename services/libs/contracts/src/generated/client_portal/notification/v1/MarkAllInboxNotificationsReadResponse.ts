// Original file: proto/notification/v1/inbox.proto


export interface MarkAllInboxNotificationsReadResponse {
  /**
   * How many were unread and are now read.
   */
  'marked'?: (number);
  'unreadCount'?: (number);
}

export interface MarkAllInboxNotificationsReadResponse__Output {
  /**
   * How many were unread and are now read.
   */
  'marked': (number);
  'unreadCount': (number);
}

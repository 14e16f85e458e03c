// Original file: proto/notification/v1/inbox.proto


export interface CountUnreadInboxNotificationsResponse {
  'unreadCount'?: (number);
}

export interface CountUnreadInboxNotificationsResponse__Output {
  'unreadCount': (number);
}

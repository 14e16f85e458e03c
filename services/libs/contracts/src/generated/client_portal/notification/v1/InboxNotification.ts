// Original file: proto/notification/v1/inbox.proto


export interface InboxNotification {
  'id'?: (string);
  /**
   * The NotificationKind: new-message, mention, quote-answered, ...
   */
  'kind'?: (string);
  'title'?: (string);
  'body'?: (string);
  /**
   * Where clicking it leads: a path in the web app (/app/... for staff, /portal/... for client users).
   */
  'link'?: (string);
  'createdAt'?: (string);
  /**
   * Empty while unread.
   */
  'readAt'?: (string);
}

export interface InboxNotification__Output {
  'id': (string);
  /**
   * The NotificationKind: new-message, mention, quote-answered, ...
   */
  'kind': (string);
  'title': (string);
  'body': (string);
  /**
   * Where clicking it leads: a path in the web app (/app/... for staff, /portal/... for client users).
   */
  'link': (string);
  'createdAt': (string);
  /**
   * Empty while unread.
   */
  'readAt': (string);
}

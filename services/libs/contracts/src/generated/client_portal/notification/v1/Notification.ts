// Original file: proto/notification/v1/notification.proto


export interface Notification {
  'id'?: (string);
  'tenantId'?: (string);
  /**
   * e-mail.
   */
  'channel'?: (string);
  'recipient'?: (string);
  'subject'?: (string);
  /**
   * invitation, new-message, ...
   */
  'template'?: (string);
  /**
   * sent or failed.
   */
  'status'?: (string);
  'error'?: (string);
  'sourceEventId'?: (string);
  'createdAt'?: (string);
}

export interface Notification__Output {
  'id': (string);
  'tenantId': (string);
  /**
   * e-mail.
   */
  'channel': (string);
  'recipient': (string);
  'subject': (string);
  /**
   * invitation, new-message, ...
   */
  'template': (string);
  /**
   * sent or failed.
   */
  'status': (string);
  'error': (string);
  'sourceEventId': (string);
  'createdAt': (string);
}

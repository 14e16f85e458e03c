// Original file: proto/notification/v1/notification.proto


export interface Notification {
  'id'?: (string);
  'tenantId'?: (string);
  /**
   * email or sms.
   */
  'channel'?: (string);
  /**
   * The e-mail address or the E.164 number.
   */
  'recipient'?: (string);
  'subject'?: (string);
  /**
   * invitation, new-message, ...
   */
  'template'?: (string);
  /**
   * sending, sent, retrying (its next attempt is due at next_attempt_at) or failed (after the last attempt).
   */
  'status'?: (string);
  /**
   * Why the last attempt failed; empty once sent.
   */
  'error'?: (string);
  'sourceEventId'?: (string);
  'createdAt'?: (string);
  /**
   * Attempts made, the first included.
   */
  'attempts'?: (number);
  /**
   * RFC 3339; empty unless retrying.
   */
  'nextAttemptAt'?: (string);
  'updatedAt'?: (string);
}

export interface Notification__Output {
  'id': (string);
  'tenantId': (string);
  /**
   * email or sms.
   */
  'channel': (string);
  /**
   * The e-mail address or the E.164 number.
   */
  'recipient': (string);
  'subject': (string);
  /**
   * invitation, new-message, ...
   */
  'template': (string);
  /**
   * sending, sent, retrying (its next attempt is due at next_attempt_at) or failed (after the last attempt).
   */
  'status': (string);
  /**
   * Why the last attempt failed; empty once sent.
   */
  'error': (string);
  'sourceEventId': (string);
  'createdAt': (string);
  /**
   * Attempts made, the first included.
   */
  'attempts': (number);
  /**
   * RFC 3339; empty unless retrying.
   */
  'nextAttemptAt': (string);
  'updatedAt': (string);
}

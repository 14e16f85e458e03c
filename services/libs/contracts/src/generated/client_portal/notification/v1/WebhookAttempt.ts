// Original file: proto/notification/v1/webhooks.proto


export interface WebhookAttempt {
  'number'?: (number);
  'at'?: (string);
  /**
   * The receiver's HTTP status; 0 when none came (timeout, refused, blocked address).
   */
  'responseCode'?: (number);
  'durationMs'?: (number);
  'error'?: (string);
}

export interface WebhookAttempt__Output {
  'number': (number);
  'at': (string);
  /**
   * The receiver's HTTP status; 0 when none came (timeout, refused, blocked address).
   */
  'responseCode': (number);
  'durationMs': (number);
  'error': (string);
}

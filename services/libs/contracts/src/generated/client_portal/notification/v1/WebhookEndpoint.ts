// Original file: proto/notification/v1/webhooks.proto


export interface WebhookEndpoint {
  'id'?: (string);
  'url'?: (string);
  'description'?: (string);
  /**
   * Public event types (client.created, invoice.paid, …).
   */
  'eventTypes'?: (string)[];
  'active'?: (boolean);
  /**
   * '' while active or switched off by an admin; `failing` when disabled after failing for too long.
   */
  'disabledReason'?: (string);
  /**
   * ISO instant; '' when not disabled.
   */
  'disabledAt'?: (string);
  /**
   * The secret's last four characters, to tell secrets apart.
   */
  'secretHint'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  'version'?: (number);
}

export interface WebhookEndpoint__Output {
  'id': (string);
  'url': (string);
  'description': (string);
  /**
   * Public event types (client.created, invoice.paid, …).
   */
  'eventTypes': (string)[];
  'active': (boolean);
  /**
   * '' while active or switched off by an admin; `failing` when disabled after failing for too long.
   */
  'disabledReason': (string);
  /**
   * ISO instant; '' when not disabled.
   */
  'disabledAt': (string);
  /**
   * The secret's last four characters, to tell secrets apart.
   */
  'secretHint': (string);
  'createdAt': (string);
  'updatedAt': (string);
  'version': (number);
}

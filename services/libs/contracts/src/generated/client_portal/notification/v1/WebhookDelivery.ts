// Original file: proto/notification/v1/webhooks.proto

import type { WebhookAttempt as _client_portal_notification_v1_WebhookAttempt, WebhookAttempt__Output as _client_portal_notification_v1_WebhookAttempt__Output } from '../../../client_portal/notification/v1/WebhookAttempt.js';

export interface WebhookDelivery {
  'id'?: (string);
  'endpointId'?: (string);
  /**
   * The stable event id (the webhook-id header).
   */
  'eventId'?: (string);
  'eventType'?: (string);
  /**
   * pending, retrying, succeeded or failed.
   */
  'status'?: (string);
  'attempts'?: (_client_portal_notification_v1_WebhookAttempt)[];
  /**
   * ISO instant of the next automatic attempt; '' when none is due.
   */
  'nextAttemptAt'?: (string);
  'createdAt'?: (string);
  /**
   * The JSON body sent.
   */
  'payload'?: (string);
}

export interface WebhookDelivery__Output {
  'id': (string);
  'endpointId': (string);
  /**
   * The stable event id (the webhook-id header).
   */
  'eventId': (string);
  'eventType': (string);
  /**
   * pending, retrying, succeeded or failed.
   */
  'status': (string);
  'attempts': (_client_portal_notification_v1_WebhookAttempt__Output)[];
  /**
   * ISO instant of the next automatic attempt; '' when none is due.
   */
  'nextAttemptAt': (string);
  'createdAt': (string);
  /**
   * The JSON body sent.
   */
  'payload': (string);
}

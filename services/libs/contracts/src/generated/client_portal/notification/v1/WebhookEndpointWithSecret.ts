// Original file: proto/notification/v1/webhooks.proto

import type { WebhookEndpoint as _client_portal_notification_v1_WebhookEndpoint, WebhookEndpoint__Output as _client_portal_notification_v1_WebhookEndpoint__Output } from '../../../client_portal/notification/v1/WebhookEndpoint.js';

export interface WebhookEndpointWithSecret {
  'endpoint'?: (_client_portal_notification_v1_WebhookEndpoint | null);
  /**
   * whsec_…: shown once.
   */
  'secret'?: (string);
}

export interface WebhookEndpointWithSecret__Output {
  'endpoint': (_client_portal_notification_v1_WebhookEndpoint__Output | null);
  /**
   * whsec_…: shown once.
   */
  'secret': (string);
}

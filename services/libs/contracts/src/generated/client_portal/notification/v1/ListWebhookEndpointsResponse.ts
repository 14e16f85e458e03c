// Original file: proto/notification/v1/webhooks.proto

import type { WebhookEndpoint as _client_portal_notification_v1_WebhookEndpoint, WebhookEndpoint__Output as _client_portal_notification_v1_WebhookEndpoint__Output } from '../../../client_portal/notification/v1/WebhookEndpoint.js';
import type { WebhookEventType as _client_portal_notification_v1_WebhookEventType, WebhookEventType__Output as _client_portal_notification_v1_WebhookEventType__Output } from '../../../client_portal/notification/v1/WebhookEventType.js';

export interface ListWebhookEndpointsResponse {
  'endpoints'?: (_client_portal_notification_v1_WebhookEndpoint)[];
  'eventTypes'?: (_client_portal_notification_v1_WebhookEventType)[];
}

export interface ListWebhookEndpointsResponse__Output {
  'endpoints': (_client_portal_notification_v1_WebhookEndpoint__Output)[];
  'eventTypes': (_client_portal_notification_v1_WebhookEventType__Output)[];
}

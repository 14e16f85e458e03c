// Original file: proto/notification/v1/webhooks.proto

import type { WebhookDelivery as _client_portal_notification_v1_WebhookDelivery, WebhookDelivery__Output as _client_portal_notification_v1_WebhookDelivery__Output } from '../../../client_portal/notification/v1/WebhookDelivery.js';

export interface ListWebhookDeliveriesResponse {
  'deliveries'?: (_client_portal_notification_v1_WebhookDelivery)[];
  'nextPageToken'?: (string);
}

export interface ListWebhookDeliveriesResponse__Output {
  'deliveries': (_client_portal_notification_v1_WebhookDelivery__Output)[];
  'nextPageToken': (string);
}

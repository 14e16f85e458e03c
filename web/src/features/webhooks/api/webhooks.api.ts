import { getJson, postJson, request } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type WebhookEndpoint = Schemas['WebhookEndpoint'];
export type WebhookEndpoints = Schemas['WebhookEndpoints'];
export type WebhookEndpointWithSecret = Schemas['WebhookEndpointWithSecret'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookDeliveries = Schemas['WebhookDeliveries'];

export function listWebhooks(): Promise<WebhookEndpoints> {
  return getJson<WebhookEndpoints>('/api/webhooks');
}

export function createWebhook(body: {
  url: string;
  eventTypes: string[];
  description: string;
}): Promise<WebhookEndpointWithSecret> {
  return postJson<WebhookEndpointWithSecret>('/api/webhooks', body);
}

export function setWebhookActive(endpoint: WebhookEndpoint, active: boolean): Promise<WebhookEndpoint> {
  return request<WebhookEndpoint>(`/api/webhooks/${encodeURIComponent(endpoint.id)}`, {
    method: 'PUT',
    body: {
      url: endpoint.url,
      eventTypes: endpoint.eventTypes,
      description: endpoint.description,
      active,
      expectedVersion: endpoint.version,
    },
  });
}

export function rotateWebhookSecret(id: string): Promise<WebhookEndpointWithSecret> {
  return postJson<WebhookEndpointWithSecret>(`/api/webhooks/${encodeURIComponent(id)}/rotate-secret`, {});
}

export function deleteWebhook(id: string): Promise<unknown> {
  return request(`/api/webhooks/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function listDeliveries(id: string): Promise<WebhookDeliveries> {
  return getJson<WebhookDeliveries>(`/api/webhooks/${encodeURIComponent(id)}/deliveries`);
}

export function pingWebhook(id: string): Promise<WebhookDelivery> {
  return postJson<WebhookDelivery>(`/api/webhooks/${encodeURIComponent(id)}/ping`, {});
}

export function resendDelivery(id: string): Promise<WebhookDelivery> {
  return postJson<WebhookDelivery>(`/api/webhook-deliveries/${encodeURIComponent(id)}/resend`, {});
}

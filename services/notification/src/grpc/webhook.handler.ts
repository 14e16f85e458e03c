import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf, WebhookDelivery, WebhookEndpoint } from '@client-portal/contracts';
import type { WebhookService } from '../application/webhook.service.js';
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from '../store/webhook.repository.js';

// Field by field: the secret never leaves except in the create and rotate answers.
function toEndpoint(endpoint: WebhookEndpointRecord): WebhookEndpoint {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes,
    active: endpoint.active,
    disabledReason: endpoint.disabledReason,
    disabledAt: endpoint.disabledAt?.toISOString() ?? '',
    secretHint: endpoint.secret.slice(-4),
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
    version: endpoint.version,
  };
}

function toDelivery(delivery: WebhookDeliveryRecord): WebhookDelivery {
  return {
    id: delivery.id,
    endpointId: delivery.endpointId,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts.map((attempt) => ({
      number: attempt.number,
      at: attempt.at.toISOString(),
      responseCode: attempt.responseCode,
      durationMs: attempt.durationMs,
      error: attempt.error,
    })),
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? '',
    createdAt: delivery.createdAt.toISOString(),
    payload: delivery.payload,
  };
}

export function webhookHandlers(service: WebhookService): HandlersOf<'webhooks'> {
  return {
    ListWebhookEndpoints: async (_request, call) => ({
      endpoints: (await service.list(requirePrincipal(call.metadata))).map(toEndpoint),
      eventTypes: service.eventTypes(),
    }),
    CreateWebhookEndpoint: async (request, call) => {
      const created = await service.create(requirePrincipal(call.metadata), {
        url: request.url,
        eventTypes: request.eventTypes,
        description: request.description,
      });
      return { endpoint: toEndpoint(created.endpoint), secret: created.secret };
    },
    UpdateWebhookEndpoint: async (request, call) =>
      toEndpoint(
        await service.update(
          requirePrincipal(call.metadata),
          request.id,
          {
            url: request.url,
            eventTypes: request.eventTypes,
            description: request.description,
            active: request.active,
          },
          request.expectedVersion,
        ),
      ),
    RotateWebhookSecret: async (request, call) => {
      const rotated = await service.rotate(requirePrincipal(call.metadata), request.id);
      return { endpoint: toEndpoint(rotated.endpoint), secret: rotated.secret };
    },
    DeleteWebhookEndpoint: async (request, call) => {
      await service.remove(requirePrincipal(call.metadata), request.id);
      return {};
    },
    ListWebhookDeliveries: async (request, call) => {
      const page = await service.deliveries(requirePrincipal(call.metadata), request.endpointId, {
        pageSize: request.pageSize,
        pageToken: request.pageToken,
      });
      return { deliveries: page.deliveries.map(toDelivery), nextPageToken: page.nextPageToken };
    },
    ResendWebhookDelivery: async (request, call) =>
      toDelivery(await service.resend(requirePrincipal(call.metadata), request.id)),
    SendWebhookPing: async (request, call) =>
      toDelivery(await service.ping(requirePrincipal(call.metadata), request.endpointId)),
  };
}

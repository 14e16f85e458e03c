import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';

const endpointSchema = named(
  'WebhookEndpoint',
  z.object({
    id: z.string(),
    url: z.string(),
    description: z.string(),
    eventTypes: z
      .array(z.string())
      .meta({ description: 'Public event types: client.created, invoice.paid, …' }),
    active: z.boolean(),
    disabledReason: z.string().meta({
      description: "'' while active or switched off by an admin; failing: disabled after failing too long",
    }),
    disabledAt: z.string(),
    secretHint: z.string().meta({ description: "The signing secret's last four characters" }),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  }),
);

const withSecretSchema = named(
  'WebhookEndpointWithSecret',
  z.object({
    endpoint: endpointSchema,
    secret: z.string().meta({ description: 'whsec_…: shown in this answer only' }),
  }),
);

const deliverySchema = named(
  'WebhookDelivery',
  z.object({
    id: z.string(),
    endpointId: z.string(),
    eventId: z.string().meta({ description: 'The stable event id (webhook-id header)' }),
    eventType: z.string(),
    status: z.enum(['pending', 'retrying', 'succeeded', 'failed']),
    attempts: z.array(
      z.object({
        number: z.number().int(),
        at: z.string(),
        responseCode: z.number().int().meta({ description: '0 when no answer came' }),
        durationMs: z.number().int(),
        error: z.string(),
      }),
    ),
    nextAttemptAt: z.string(),
    createdAt: z.string(),
    payload: z.string().meta({ description: 'The JSON body sent' }),
  }),
);

const endpointBody = {
  url: z.string().max(4000),
  eventTypes: z.array(z.string().max(100)).max(50),
  description: z.string().max(1000).default(''),
};

const idParams = z.object({ id: z.string().min(1).max(200) });
/** Actions that take no input still declare their (empty) body. */
const noBody = z.object({});

/** Partner webhooks (issue 13 §3): the tenant's admins and owners manage endpoints and read the delivery log. */
export const webhooksRoutes = [
  defineRoute({
    method: 'get',
    path: '/webhooks',
    access: { staff: 'admin' },
    summary: "The organisation's webhook endpoints and the event types one may subscribe to",
    tags: ['webhooks'],
    response: named(
      'WebhookEndpoints',
      z.object({
        endpoints: z.array(endpointSchema),
        eventTypes: z.array(z.object({ type: z.string(), description: z.string() })),
      }),
    ),
    handler: ({ onBehalf }, { backends }) => backends.webhooks.listWebhookEndpoints({}, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/webhooks',
    access: { staff: 'admin' },
    summary: 'Subscribe an endpoint (the signing secret is in this answer only)',
    description:
      'Refused naming the field: url (not https, or a private, loopback or link-local address unless the installation allows it), eventTypes (none, unknown), description.',
    tags: ['webhooks'],
    body: named('CreateWebhookEndpoint', z.object(endpointBody)),
    response: withSecretSchema,
    status: 201,
    handler: async ({ body, onBehalf }, { backends }) => {
      const created = await backends.webhooks.createWebhookEndpoint(body, onBehalf);
      if (!created.endpoint) throw new Error('notification answered without the endpoint');
      return { endpoint: created.endpoint, secret: created.secret };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/webhooks/:id',
    access: { staff: 'admin' },
    summary: 'Change an endpoint (URL, event types, description, enabled)',
    tags: ['webhooks'],
    params: idParams,
    body: named(
      'UpdateWebhookEndpoint',
      z.object({ ...endpointBody, active: z.boolean(), expectedVersion: z.number().int().min(0) }),
    ),
    response: endpointSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.webhooks.updateWebhookEndpoint({ id: params.id, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/webhooks/:id/rotate-secret',
    access: { staff: 'admin' },
    summary: 'A new signing secret (the old one stops at once; the new one is in this answer only)',
    tags: ['webhooks'],
    params: idParams,
    body: noBody,
    response: withSecretSchema,
    handler: async ({ params, onBehalf }, { backends }) => {
      const rotated = await backends.webhooks.rotateWebhookSecret({ id: params.id }, onBehalf);
      if (!rotated.endpoint) throw new Error('notification answered without the endpoint');
      return { endpoint: rotated.endpoint, secret: rotated.secret };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/webhooks/:id',
    access: { staff: 'admin' },
    summary: 'Remove an endpoint',
    tags: ['webhooks'],
    params: idParams,
    response: named('WebhookEndpointDeleted', z.object({ deleted: z.literal(true) })),
    handler: async ({ params, onBehalf }, { backends }) => {
      await backends.webhooks.deleteWebhookEndpoint({ id: params.id }, onBehalf);
      return { deleted: true as const };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/webhooks/:id/deliveries',
    access: { staff: 'admin' },
    summary: "An endpoint's delivery log, newest first, with every attempt",
    tags: ['webhooks'],
    params: idParams,
    query: z.object({
      pageSize: z.coerce.number().int().min(1).max(100).optional(),
      pageToken: z.string().max(2000).optional(),
    }),
    response: named(
      'WebhookDeliveries',
      z.object({ deliveries: z.array(deliverySchema), nextPageToken: z.string() }),
    ),
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.webhooks.listWebhookDeliveries(
        { endpointId: params.id, pageSize: query.pageSize ?? 0, pageToken: query.pageToken ?? '' },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/webhooks/:id/ping',
    access: { staff: 'admin' },
    summary: 'Send a webhook.ping event to the endpoint now',
    tags: ['webhooks'],
    params: idParams,
    body: noBody,
    response: deliverySchema,
    handler: ({ params, onBehalf }, { backends }) =>
      backends.webhooks.sendWebhookPing({ endpointId: params.id }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/webhook-deliveries/:id/resend',
    access: { staff: 'admin' },
    summary: 'A new attempt of a delivery now (same event id)',
    tags: ['webhooks'],
    params: idParams,
    body: noBody,
    response: deliverySchema,
    handler: ({ params, onBehalf }, { backends }) =>
      backends.webhooks.resendWebhookDelivery({ id: params.id }, onBehalf),
  }),
];

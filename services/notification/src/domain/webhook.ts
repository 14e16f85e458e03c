import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CatalogueEvent, EventOfType } from '@client-portal/events';
import { DomainError, FIELD_LIMITS } from '@client-portal/kit';

/**
 * Partner webhooks (issue 13 §3): the public event types a tenant may subscribe an endpoint to, and
 * how each is mapped from a platform event. Only the fields listed here leave the platform: staff ids,
 * notes, recipients' addresses, internal conversations and files not shared are never sent.
 */
export const WEBHOOK_EVENT_TYPES = [
  { type: 'client.created', description: 'A client was added (with its primary contact).' },
  { type: 'client.updated', description: 'A client record was edited, archived or restored.' },
  { type: 'invoice.issued', description: 'An invoice was numbered and issued.' },
  { type: 'invoice.paid', description: 'An invoice became fully paid.' },
  { type: 'quote.accepted', description: 'A client accepted a quote.' },
  { type: 'quote.rejected', description: 'A client rejected a quote.' },
  { type: 'payment.received', description: 'A payment was recorded (card or manual).' },
  { type: 'deliverable.approved', description: 'A client approved a deliverable version.' },
  {
    type: 'deliverable.changes_requested',
    description: 'A client requested changes to a deliverable version.',
  },
  { type: 'message.posted', description: 'A message was posted in a client-visible conversation.' },
  { type: 'file.shared', description: 'A file was shared with a client in a workspace.' },
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number]['type'];
/** The event a test ping sends; not subscribable. */
export const PING_EVENT_TYPE = 'webhook.ping';

const KNOWN_TYPES = new Set<string>(WEBHOOK_EVENT_TYPES.map((entry) => entry.type));

/** The platform events webhooks listen to (notification's consumer composes them with its own handlers). */
export const WEBHOOK_SOURCE_TYPES = [
  'crm.client.created',
  'crm.client.updated',
  'billing.invoice.issued',
  'billing.invoice.paid',
  'billing.quote.accepted',
  'billing.quote.rejected',
  'billing.payment.recorded',
  'portal.deliverable.decided',
  'messaging.message.posted',
  'portal.file.shared',
] as const satisfies readonly CatalogueEvent['type'][];

type WebhookSourceType = (typeof WEBHOOK_SOURCE_TYPES)[number];
type WebhookSourceEvent = EventOfType<WebhookSourceType>;
const SOURCE_TYPES = new Set<string>(WEBHOOK_SOURCE_TYPES);

function isWebhookSource(event: CatalogueEvent): event is WebhookSourceEvent {
  return SOURCE_TYPES.has(event.type);
}

/** One public event: what a receiver gets as the JSON body. `id` is the source event's id (stable across retries). */
export interface PublicEvent {
  id: string;
  type: string;
  created_at: string;
  tenant_id: string;
  data: Record<string, unknown>;
}

/** The public event of a platform event, or undefined when it has none (internal, or not a webhook type). */
export function publicEventOf(event: CatalogueEvent): PublicEvent | undefined {
  if (!isWebhookSource(event)) return undefined;
  const data = publicData(event);
  if (!data) return undefined;
  return {
    id: event.id,
    type: data.type,
    created_at: event.occurredAt,
    tenant_id: event.tenantId,
    data: data.fields,
  };
}

/** What the issued and the paid invoice's public payloads have in common. */
function invoiceFields(
  data: EventOfType<'billing.invoice.issued' | 'billing.invoice.paid'>['data'],
): Record<string, unknown> {
  return {
    invoice_id: data.invoiceId,
    client_id: data.clientId,
    number: data.number,
    currency: data.currency,
    total_minor: data.totalMinor,
    issued_at: data.issuedAt,
  };
}

function publicData(
  event: WebhookSourceEvent,
): { type: WebhookEventType; fields: Record<string, unknown> } | undefined {
  switch (event.type) {
    case 'crm.client.created': {
      const { data } = event;
      const contact = data.primaryContact;
      return {
        type: 'client.created',
        fields: {
          client_id: data.clientId,
          name: data.name,
          status: data.status,
          primary_contact: contact
            ? {
                contact_id: contact.contactId,
                email: contact.email,
                first_name: contact.firstName,
                last_name: contact.lastName,
                role: contact.role,
              }
            : null,
        },
      };
    }
    case 'crm.client.updated': {
      const { data } = event;
      return {
        type: 'client.updated',
        fields: {
          client_id: data.clientId,
          name: data.name,
          status: data.status,
          industry: data.industry,
          archived: data.archived,
        },
      };
    }
    case 'billing.invoice.issued': {
      const { data } = event;
      return {
        type: 'invoice.issued',
        fields: { ...invoiceFields(data), due_date: data.dueDate },
      };
    }
    case 'billing.invoice.paid': {
      const { data } = event;
      return {
        type: 'invoice.paid',
        fields: { ...invoiceFields(data), paid_at: data.paidAt },
      };
    }
    case 'billing.quote.accepted':
    case 'billing.quote.rejected': {
      const { data } = event;
      return {
        type: event.type === 'billing.quote.accepted' ? 'quote.accepted' : 'quote.rejected',
        fields: {
          quote_id: data.documentId,
          client_id: data.clientId,
          number: data.number,
          currency: data.currency,
          total_minor: data.totalMinor,
          signer_name: data.signerName,
          answered_at: data.answeredAt,
        },
      };
    }
    case 'billing.payment.recorded': {
      const { data } = event;
      return {
        type: 'payment.received',
        fields: {
          payment_id: data.paymentId,
          client_id: data.clientId,
          currency: data.currency,
          amount_minor: data.amountMinor,
          method: data.method,
          paid_at: data.paidAt,
          allocations: data.allocations.map((allocation) => ({
            invoice_id: allocation.documentId,
            number: allocation.number,
            amount_minor: allocation.amountMinor,
          })),
        },
      };
    }
    case 'portal.deliverable.decided': {
      const { data } = event;
      if (!data.clientVisible) return undefined;
      return {
        type: data.decision === 'approved' ? 'deliverable.approved' : 'deliverable.changes_requested',
        fields: {
          deliverable_id: data.deliverableId,
          workspace_id: data.workspaceId,
          client_id: data.clientId,
          title: data.title,
          version: data.version,
          decided_by: data.actorName,
        },
      };
    }
    case 'messaging.message.posted': {
      const { data } = event;
      // Internal discussions and messages for a part of the client's people only never leave.
      if (!data.clientVisible || data.clientAudience.length > 0) return undefined;
      return {
        type: 'message.posted',
        fields: {
          message_id: data.messageId,
          conversation_id: data.conversationId || data.workspaceId,
          workspace_id: data.workspaceId,
          client_id: data.clientId,
          author: { kind: data.author.kind, name: data.author.displayName },
          body: data.body,
          created_at: data.createdAt,
        },
      };
    }
    case 'portal.file.shared': {
      const { data } = event;
      if (!data.clientVisible) return undefined;
      return {
        type: 'file.shared',
        fields: {
          file_id: data.fileId,
          workspace_id: data.workspaceId,
          client_id: data.clientId,
          name: data.title,
          content_type: data.contentType,
          size_bytes: data.sizeBytes,
        },
      };
    }
  }
}

// ------------------------------------------------------------------------------------------- signing

/** A new signing secret: `whsec_` and 32 random bytes in base64url. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** `v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`: the webhook-signature header. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does (and the tests): constant-time compare, timestamp within the tolerance. */
export function verifyWebhookSignature(
  secret: string,
  header: string,
  timestamp: string,
  body: string,
  now = Date.now(),
  toleranceSeconds = 300,
): boolean {
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(now / 1000 - seconds) > toleranceSeconds) return false;
  const expected = Buffer.from(webhookSignature(secret, seconds, body));
  return header
    .split(' ')
    .map((part) => Buffer.from(part.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}

// ------------------------------------------------------------------------------------------- retries

/** The default backoff: 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, then every 8 h until 24 h are spent. */
export const DEFAULT_RETRY_SCHEDULE_MS = [
  30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000,
];
export const RETRY_WINDOW_MS = 24 * 3_600_000;

/**
 * When the attempt after `attemptsMade` failed attempts is due, or undefined when the delivery is
 * finally failed: the schedule's last delay repeats, and no attempt starts later than `windowMs` after
 * the first one.
 */
export function nextAttemptAt(
  schedule: readonly number[],
  attemptsMade: number,
  firstAttemptAt: Date,
  now: Date,
  windowMs = RETRY_WINDOW_MS,
): Date | undefined {
  if (schedule.length === 0) return undefined;
  const delay = schedule[Math.min(attemptsMade - 1, schedule.length - 1)] ?? 0;
  const next = new Date(now.getTime() + delay);
  return next.getTime() - firstAttemptAt.getTime() > windowMs ? undefined : next;
}

/** Parses WEBHOOK_RETRY_SCHEDULE_MS ("30000,120000,…"). */
export function parseSchedule(text: string): number[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map(Number)
    .filter((value) => Number.isFinite(value) && value >= 0);
}

// ----------------------------------------------------------------------------------------- validation

export interface EndpointInput {
  url: string;
  eventTypes: string[];
  description: string;
}

/** Checks what an admin typed; every refusal names its field. The address itself is checked by the SSRF guard. */
export function validateEndpoint(input: EndpointInput, allowPrivate: boolean): URL {
  const violations: { field: string; message: string; code: string }[] = [];
  let url: URL | undefined;
  const text = input.url.trim();
  if (!text) violations.push({ field: 'url', message: 'A URL is required', code: 'required' });
  else if (text.length > FIELD_LIMITS.notification.webhookUrl)
    violations.push({
      field: 'url',
      message: `At most ${FIELD_LIMITS.notification.webhookUrl} characters`,
      code: 'too_long',
    });
  else {
    try {
      url = new URL(text);
    } catch {
      violations.push({ field: 'url', message: 'Not a valid URL', code: 'invalid_format' });
    }
    if (url) {
      const allowed = allowPrivate ? ['https:', 'http:'] : ['https:'];
      if (!allowed.includes(url.protocol))
        violations.push({ field: 'url', message: 'The URL must use https', code: 'invalid_value' });
      else if (url.username || url.password)
        violations.push({
          field: 'url',
          message: 'The URL must not carry credentials',
          code: 'invalid_value',
        });
    }
  }
  if (input.eventTypes.length === 0)
    violations.push({ field: 'eventTypes', message: 'Choose at least one event type', code: 'required' });
  input.eventTypes.forEach((type, index) => {
    if (!KNOWN_TYPES.has(type))
      violations.push({
        field: `eventTypes[${index}]`,
        message: `Unknown event type ${type}`,
        code: 'invalid_value',
      });
  });
  if (input.description.length > FIELD_LIMITS.notification.webhookDescription)
    violations.push({
      field: 'description',
      message: `At most ${FIELD_LIMITS.notification.webhookDescription} characters`,
      code: 'too_long',
    });
  if (violations.length > 0 || !url)
    throw DomainError.invalid('The webhook endpoint is not valid', violations);
  return url;
}

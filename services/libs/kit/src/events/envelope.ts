import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * The one envelope every event travels in. `type` is `<service>.<entity>.<past-tense verb>`;
 * `subject` is the aggregate id and the Kafka key, so one entity's events stay in order.
 */
export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z]+\.[a-z_]+\.[a-z_]+$/, 'type must be <service>.<entity>.<past-tense verb>'),
  version: z.number().int().positive(),
  tenantId: z.string().min(1),
  occurredAt: z.iso.datetime(),
  producer: z.string().min(1),
  subject: z.string().min(1),
  correlationId: z.string().min(1),
  /**
   * The W3C trace context of the span that wrote the event (`00-<trace id>-<span id>-<flags>`), so
   * the consumer's span continues the producer's trace. Absent when the producer does not trace.
   */
  traceparent: z
    .string()
    .regex(/^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/)
    .optional(),
  data: z.unknown(),
});

export type EventEnvelope<Data = unknown> = Omit<z.infer<typeof eventEnvelopeSchema>, 'data'> & {
  data: Data;
};

export interface NewEvent<Data> {
  type: string;
  data: Data;
  tenantId: string;
  subject: string;
  version?: number;
  correlationId?: string;
  traceparent?: string;
}

/** The outcome of checking an envelope against the schema of its type and version. */
export type EventCheck<Event> = { success: true; event: Event } | { success: false; reason: string };

/**
 * What the kit knows of event types: nothing but this lookup, handed in by the service (the catalogue
 * of event types lives outside the kit). `Event` is the union of typed envelopes the registry knows.
 */
export interface EventSchemaRegistry<Event extends EventEnvelope = EventEnvelope> {
  /** The version producers write today for a type; undefined for a type the registry does not know. */
  currentVersion(type: string): number | undefined;
  /** Checks the envelope's data against the schema of its type and version: the typed event, or why not. */
  parse(envelope: EventEnvelope): EventCheck<Event>;
}

/**
 * What a producer passes for one event of the union `Event`: the type picks the data's shape; the
 * version is the registry's current one for that type.
 */
export type NewEventOf<Event extends EventEnvelope> = Event extends EventEnvelope
  ? { type: Event['type']; data: Event['data']; tenantId: string; subject: string; correlationId?: string }
  : never;

export function createEnvelope<Data>(
  producer: string,
  event: NewEvent<Data>,
  correlationId: string,
): EventEnvelope<Data> {
  return {
    id: randomUUID(),
    type: event.type,
    version: event.version ?? 1,
    tenantId: event.tenantId,
    occurredAt: new Date().toISOString(),
    producer,
    subject: event.subject,
    correlationId: event.correlationId ?? correlationId,
    ...(event.traceparent === undefined ? {} : { traceparent: event.traceparent }),
    data: event.data,
  };
}

export class MalformedEventError extends Error {
  constructor(reason: string) {
    super(`Malformed event: ${reason}`);
    this.name = 'MalformedEventError';
  }
}

/** Parses a Kafka message value into an envelope, or explains why it is not one. */
export function parseEnvelope(value: Buffer | string | null): EventEnvelope {
  if (value === null) throw new MalformedEventError('empty message');
  let json: unknown;
  try {
    json = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch {
    throw new MalformedEventError('not JSON');
  }
  const result = eventEnvelopeSchema.safeParse(json);
  if (!result.success) {
    throw new MalformedEventError(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  }
  return result.data;
}

/** The topic a service publishes on: one per producing service. */
export function topicOf(service: string): string {
  return `${service}.events`;
}

import { Schema, type UpdateQuery } from 'mongoose';
import { currentCorrelationId, newCorrelationId } from '../context.js';
import { createEnvelope, topicOf, type EventEnvelope, type NewEvent } from './envelope.js';

/**
 * The outbox lives inside the aggregate's own document: the state change and its events are one
 * single-document write, atomic on MongoDB and FerretDB alike, with no multi-document transaction.
 * The relay publishes the entries and removes exactly those it published.
 */
export const OUTBOX_FIELD = '_outbox' as const;

/**
 * One pending event. The envelope is kept as a JSON string: the relay removes published entries by
 * exact equality ($pullAll), which a string survives whatever the driver does to key order or number
 * types. (FerretDB v1 ignores $pull with a condition, so removal by id is not an option.)
 */
export interface OutboxEntry {
  id: string;
  topic: string;
  key: string;
  type: string;
  envelope: string;
}

const outboxEntrySchema = new Schema<OutboxEntry>(
  {
    id: { type: String, required: true },
    topic: { type: String, required: true },
    key: { type: String, required: true },
    type: { type: String, required: true },
    envelope: { type: String, required: true },
  },
  { _id: false },
);

/** Adds the outbox field to an aggregate's schema and keeps it out of JSON sent anywhere. */
export function outboxPlugin(schema: Schema): void {
  schema.add({ [OUTBOX_FIELD]: { type: [outboxEntrySchema], default: [] } });
  const existing = schema.get('toJSON') as { transform?: unknown } | undefined;
  schema.set('toJSON', {
    ...existing,
    transform: (_document: unknown, returned: Record<string, unknown>) => {
      const { [OUTBOX_FIELD]: _pending, ...visible } = returned;
      return visible;
    },
  });
}

/** Builds outbox entries for one producing service. */
export class EventOutbox {
  constructor(
    private readonly producer: string,
    private readonly topic = topicOf(producer),
  ) {}

  entry<Data>(event: NewEvent<Data>): OutboxEntry {
    const envelope: EventEnvelope<Data> = createEnvelope(
      this.producer,
      event,
      currentCorrelationId() ?? newCorrelationId(),
    );
    return {
      id: envelope.id,
      topic: this.topic,
      key: envelope.subject,
      type: envelope.type,
      envelope: JSON.stringify(envelope),
    };
  }
}

/** Merges outbox entries into an update, so they are written by the same single-document update. */
export function withOutbox<Update extends UpdateQuery<unknown>>(
  update: Update,
  ...entries: OutboxEntry[]
): Update {
  if (entries.length === 0) return update;
  const push = (update.$push ?? {}) as Record<string, unknown>;
  return { ...update, $push: { ...push, [OUTBOX_FIELD]: { $each: entries } } };
}

/** Mix into an aggregate's document type: the pending events it carries. */
export interface WithOutbox {
  [OUTBOX_FIELD]?: OutboxEntry[];
}

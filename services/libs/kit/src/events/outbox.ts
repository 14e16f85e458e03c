import { EventEmitter } from 'node:events';
import { Schema, type Connection, type Model, type UpdateQuery } from 'mongoose';
import { currentCorrelationId, newCorrelationId } from '../context.js';
import { currentTraceparent } from '../telemetry/tracing.js';
import {
  createEnvelope,
  topicOf,
  type EventEnvelope,
  type EventSchemaRegistry,
  type NewEventOf,
} from './envelope.js';

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

/**
 * Announces each completed write that carried outbox entries, with the connection and collection it
 * went to and the `_id`s of the documents it wrote (none when the write does not say: an update by a
 * filter without `_id`). The relay of that connection listens and publishes those documents at once
 * (relay.ts), so no service has to remember to nudge it and a write nobody announces cannot wait for the
 * idle scan.
 */
export const outboxWrites = new EventEmitter<{
  written: [connection: Connection, collection: string, ids: unknown[]];
}>();
outboxWrites.setMaxListeners(0);

const carries = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

/** The model a write went through, as the hooks below see it. */
interface WrittenModel {
  db: Connection;
  collection: { name: string };
}
const announce = (model: WrittenModel, ids: unknown[]): void => {
  outboxWrites.emit('written', model.db, model.collection.name, ids);
};

/** The `_id` an update's filter names, when it names exactly one (not an operator such as `$in`). */
function idOfFilter(filter: unknown): unknown {
  const id = (filter as { _id?: unknown } | null)?._id;
  if (id === undefined || id === null) return undefined;
  if (typeof id === 'object' && Object.keys(id).some((key) => key.startsWith('$'))) return undefined;
  return id;
}

/** Whether an update writes outbox entries: pushed, set on insert by an upsert, or set outright. */
function updateWritesOutbox(update: unknown): boolean {
  if (!update || typeof update !== 'object') return false;
  const { $push, $setOnInsert, $set } = update as Record<string, Record<string, unknown> | undefined>;
  return (
    $push?.[OUTBOX_FIELD] !== undefined ||
    carries($setOnInsert?.[OUTBOX_FIELD]) ||
    carries($set?.[OUTBOX_FIELD]) ||
    carries((update as Record<string, unknown>)[OUTBOX_FIELD])
  );
}

/**
 * Adds the outbox field to an aggregate's schema, keeps it out of JSON sent anywhere, and announces
 * every write through the model that carried entries (`outboxWrites`) once it has completed.
 */
export function outboxPlugin(schema: Schema): void {
  schema.add({ [OUTBOX_FIELD]: { type: [outboxEntrySchema], default: [] } });
  schema.post(
    'save',
    function announceSaved(this: {
      $model: () => WrittenModel;
      get: (path: string) => unknown;
      _id: unknown;
    }) {
      if (carries(this.get(OUTBOX_FIELD))) announce(this.$model(), [this._id]);
    },
  );
  schema.post(
    ['updateOne', 'updateMany', 'findOneAndUpdate'],
    function announceUpdated(
      this: { getUpdate: () => unknown; getFilter: () => unknown; model: WrittenModel; op?: string },
      result: unknown,
    ) {
      if (!updateWritesOutbox(this.getUpdate())) return;
      // By the filter's `_id`, or the document findOneAndUpdate answered; otherwise unnamed (a scan).
      const id =
        idOfFilter(this.getFilter()) ??
        (this.op === 'findOneAndUpdate' ? (result as { _id?: unknown } | null)?._id : undefined);
      announce(this.model, id === undefined || this.op === 'updateMany' ? [] : [id]);
    },
  );
  schema.post('insertMany', function announceInserted(this: Model<unknown>, documents: unknown) {
    const inserted = (Array.isArray(documents) ? documents : []) as {
      get?: (path: string) => unknown;
      _id?: unknown;
    }[];
    const carrying = inserted.filter((document) => carries(document.get?.(OUTBOX_FIELD)));
    if (carrying.length > 0)
      announce(
        this,
        carrying.map((document) => document._id),
      );
  });
  const existing = schema.get('toJSON') as { transform?: unknown } | undefined;
  schema.set('toJSON', {
    ...existing,
    transform: (_document: unknown, returned: Record<string, unknown>) => {
      const { [OUTBOX_FIELD]: _pending, ...visible } = returned;
      return visible;
    },
  });
}

/** A producer tried to write an event its schema refuses: a programming error, never written. */
export class InvalidEventError extends Error {
  constructor(type: string, reason: string) {
    super(`Invalid ${type} event: ${reason}`);
    this.name = 'InvalidEventError';
  }
}

/**
 * Builds outbox entries for one producing service. Given the schemas of the events it produces, it
 * stamps each entry with its type's current version and refuses data that does not fit that schema,
 * so a bad payload throws where it is written instead of reaching a consumer.
 */
export class EventOutbox<Event extends EventEnvelope = EventEnvelope> {
  constructor(
    private readonly producer: string,
    private readonly topic = topicOf(producer),
    private readonly schemas?: EventSchemaRegistry<Event>,
  ) {}

  entry(event: NewEventOf<Event>): OutboxEntry {
    const envelope = this.checked(
      createEnvelope(
        this.producer,
        // The trace context of the write travels with the event, to the consumers' spans.
        { ...event, version: this.versionOf(event.type), traceparent: currentTraceparent() },
        currentCorrelationId() ?? newCorrelationId(),
      ),
    );
    return {
      id: envelope.id,
      topic: this.topic,
      key: envelope.subject,
      type: envelope.type,
      envelope: JSON.stringify(envelope),
    };
  }

  private versionOf(type: string): number {
    if (!this.schemas) return 1;
    const version = this.schemas.currentVersion(type);
    if (version === undefined) throw new InvalidEventError(type, 'the event catalogue has no such type');
    return version;
  }

  /** The envelope as its schema reads it (unknown keys dropped), or an error saying what is wrong. */
  private checked(envelope: EventEnvelope): EventEnvelope {
    if (!this.schemas) return envelope;
    const check = this.schemas.parse(envelope);
    if (!check.success) throw new InvalidEventError(envelope.type, check.reason);
    return check.event;
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

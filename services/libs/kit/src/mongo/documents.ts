import type { Connection, Model, Schema } from 'mongoose';
import type { OutboxEntry, WithOutbox } from '../events/outbox.js';
import { isDuplicateKeyError } from './connection.js';
import { documentLocksPlugin } from './document-locks.js';

/** An entity as a repository stores it: its id as `_id`, plus the events waiting in its outbox. */
export type Stored<Entity extends { id: string }> = Omit<Entity, 'id'> & { _id: string } & WithOutbox;

/**
 * The connection's model for a schema, registered once: tests run several services (or restart one) in
 * one process, and mongoose refuses to register a model name twice on a connection.
 */
export function modelFor<Document>(
  connection: Connection,
  name: string,
  schema: Schema<Document>,
  collection: string,
): Model<Document> {
  const existing = connection.models[name] as Model<Document> | undefined;
  if (existing) return existing;
  // Writes of one document are queued in this process (see document-locks.ts): FerretDB's are not atomic.
  if (!lockedSchemas.has(schema)) {
    schema.plugin(documentLocksPlugin);
    lockedSchemas.add(schema);
  }
  return connection.model<Document>(name, schema, collection);
}

const lockedSchemas = new WeakSet<Schema>();

/** The entity a stored document holds, without storage fields. */
export function fromStored<Entity extends { id: string }>(document: Stored<Entity>): Entity {
  const { _id, _outbox: _pending, ...rest } = document;
  return { id: _id, ...rest } as unknown as Entity;
}

/**
 * Inserts an entity together with its events (one single-document write). Answers false, instead of
 * throwing, when a unique index already holds its key, so callers can treat "exists" as an outcome.
 */
export async function insertWithEvents<Entity extends { id: string }>(
  model: Model<Stored<Entity>>,
  entity: Entity,
  events: OutboxEntry[],
): Promise<boolean> {
  const { id, ...rest } = entity;
  return insertUnique(model, { _id: id, ...rest, _outbox: events });
}

/**
 * Claims something that must happen once (a decision on a version, an answer to a revision) by
 * inserting the record whose unique `_id` names it: FerretDB's conditional updates are not atomic
 * across replicas, its unique indexes are. True: this caller claimed it; false: someone already had.
 * The record is stored as given, `id` becoming `_id`; the caller undoes a claim it cannot complete.
 */
export async function claimByInsert<Entity extends { id: string }>(
  model: Model<Omit<Entity, 'id'> & { _id: string }>,
  entity: Entity,
): Promise<boolean> {
  const { id, ...rest } = entity;
  return insertUnique(model, { _id: id, ...rest });
}

/** Inserts one document; false, instead of throwing, when a unique index already holds its key. */
export async function insertUnique<Document>(model: Model<Document>, document: object): Promise<boolean> {
  try {
    await model.create(document);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/**
 * Claims the next number of a sequence (document or order numbers) by inserting it under a unique
 * `_id` that names it: reads the highest `sequence` within `scope`, tries that plus one, and on a
 * duplicate (someone took it meanwhile) reads again. Every round has a winner, so this only gives up,
 * answering undefined, under a burst of more than `attempts` concurrent claims.
 */
export async function claimNextInSequence<Document extends { sequence: number }>(
  model: Model<Document>,
  scope: Record<string, unknown>,
  record: (sequence: number) => Document,
  attempts: number,
): Promise<number | undefined> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const last = await model
      .findOne(scope as never)
      .sort({ sequence: -1 })
      .lean<{ sequence: number }>();
    const sequence = (last?.sequence ?? 0) + 1;
    if (await insertUnique(model, record(sequence))) return sequence;
  }
  return undefined;
}

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
  try {
    await model.create({ _id: id, ...rest, _outbox: events });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

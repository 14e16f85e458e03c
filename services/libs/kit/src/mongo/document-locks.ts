import type { Query, Schema } from 'mongoose';

/**
 * Per-document write serialisation inside one process.
 *
 * FerretDB 1.x applies an update as a read of the document, the operators applied in Go, and a write of
 * the whole document back, with nothing stopping a second update of the same document in between: two
 * concurrent updates of one document can lose one of them (measured: a contact added while the outbox
 * relay removed the previous event's entry vanished, and its event with it). Real MongoDB updates a
 * document atomically. Every write to an aggregate document in a service comes from that service's
 * process (its repositories, its consumers' `applyOnce` and its outbox relay), so queuing the writes of
 * one document in this process removes the race on our machines, and costs nothing on MongoDB.
 */
export class DocumentLocks {
  private readonly tails = new Map<string, Promise<void>>();

  /** Waits for the writes of `key` queued before this one; the returned function lets the next go. */
  async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
      // The last writer of a key leaves no entry behind.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }

  /** Runs `write` once the earlier writes of `key` are done. */
  async run<T>(key: string, write: () => Promise<T>): Promise<T> {
    const release = await this.acquire(key);
    try {
      return await write();
    } finally {
      release();
    }
  }

  /** How many documents have a write in flight (for tests). */
  get size(): number {
    return this.tails.size;
  }
}

/** The process's one lock table: the relay and the repositories must share it. */
export const documentLocks = new DocumentLocks();

export function documentKey(collection: string, id: unknown): string | undefined {
  return typeof id === 'string' || typeof id === 'number' ? `${collection}:${String(id)}` : undefined;
}

const SINGLE_DOCUMENT_WRITES = [
  'updateOne',
  'findOneAndUpdate',
  'replaceOne',
  'findOneAndReplace',
  'deleteOne',
  'findOneAndDelete',
] as const;

const held = new WeakMap<object, () => void>();

function releaseHeld(query: object): void {
  held.get(query)?.();
  held.delete(query);
}

/**
 * Mongoose plugin: every single-document write whose filter names an `_id` waits for the earlier writes
 * of that document in this process. Applied with the outbox (every aggregate document has one).
 */
export function documentLocksPlugin(schema: Schema): void {
  for (const operation of SINGLE_DOCUMENT_WRITES) {
    schema.pre(operation, async function (this: Query<unknown, unknown>) {
      const key = documentKey(this.model.collection.collectionName, this.getFilter()._id);
      if (key) held.set(this, await documentLocks.acquire(key));
    });
    schema.post(operation, function (this: Query<unknown, unknown>) {
      releaseHeld(this);
    });
    schema.post(
      operation,
      { errorHandler: true },
      function (
        this: Query<unknown, unknown>,
        error: Error,
        _result: unknown,
        next: (error?: Error) => void,
      ) {
        releaseHeld(this);
        next(error);
      },
    );
  }
}

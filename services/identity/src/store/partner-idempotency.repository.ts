import { Schema, type Connection } from 'mongoose';
import { MongoStore, isDuplicateKeyError } from '@client-portal/kit';

/** One write's idempotency key of one application: `_id` = `<application id>|<key>`. */
export interface IdempotencyRecord {
  id: string;
  tenantId: string;
  applicationId: string;
  key: string;
  method: string;
  requestHash: string;
  status: 'pending' | 'done';
  responseJson: string;
  claimedAt: Date;
  completedAt: Date | null;
}

type IdempotencyDocument = Omit<IdempotencyRecord, 'id'> & { _id: string };

const idempotencySchema = new Schema<IdempotencyDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    applicationId: { type: String, required: true },
    key: { type: String, required: true },
    method: { type: String, required: true },
    requestHash: { type: String, required: true },
    status: { type: String, required: true },
    responseJson: { type: String, default: '' },
    claimedAt: { type: Date, required: true },
    completedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
// The sweep of keys older than a day (FerretDB has no TTL index).
idempotencySchema.index({ claimedAt: 1 });

export const PARTNER_IDEMPOTENCY_COLLECTION = 'partner_idempotency_keys';

export function idempotencyId(applicationId: string, key: string): string {
  return `${applicationId}|${key}`;
}

/**
 * The partner API's idempotency keys. A key is claimed by INSERTING its document: the unique `_id`
 * makes exactly one of two concurrent claims (two gateway or identity replicas) win, which a
 * conditional update on FerretDB would not guarantee.
 */
export class PartnerIdempotencyRepository extends MongoStore<IdempotencyDocument> {
  constructor(connection: Connection) {
    super(connection, 'PartnerIdempotencyKey', idempotencySchema, PARTNER_IDEMPOTENCY_COLLECTION);
  }

  /** True when this call inserted the record (holds the key); false when one exists already. */
  async tryInsert(record: IdempotencyRecord): Promise<boolean> {
    const { id, ...rest } = record;
    try {
      await this.model.create({ _id: id, ...rest });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async find(id: string): Promise<IdempotencyRecord | undefined> {
    const document = await this.model.findOne({ _id: id }).lean<IdempotencyDocument>();
    if (!document) return undefined;
    const { _id, ...rest } = document;
    return { id: _id, ...rest };
  }

  /** Removes the record if it is still the claim that was read (same claim instant and status). */
  async removeClaim(record: IdempotencyRecord): Promise<void> {
    await this.model.deleteOne({ _id: record.id, claimedAt: record.claimedAt, status: record.status });
  }

  /** Stores the answer of a pending claim; false when there is no pending claim any more. */
  async complete(id: string, responseJson: string, now: Date): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, status: 'pending' },
      { $set: { status: 'done', responseJson, completedAt: now } },
    );
    return result.matchedCount === 1;
  }

  /** Frees a pending claim (its write failed), so a retry with the same key runs again. */
  async release(id: string): Promise<void> {
    await this.model.deleteOne({ _id: id, status: 'pending' });
  }

  /** Forgets every key claimed before `before`. */
  async sweep(before: Date): Promise<number> {
    const result = await this.model.deleteMany({ claimedAt: { $lt: before } });
    return result.deletedCount;
  }
}

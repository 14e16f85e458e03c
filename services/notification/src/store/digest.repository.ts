import { Schema, type Connection, type Model } from 'mongoose';
import { insertUnique, MongoStore } from '@client-portal/kit';
import type { NotificationKind } from '../domain/delivery.js';
import type { TemplateName } from '../domain/notification.js';

/** One e-mail held for a digest: what it would have said, for whom, and the period it waits for. */
export interface DigestItem {
  /** `<tenant>|<person>|<event>|<kind>`: queued once however often the event is delivered. */
  id: string;
  tenantId: string;
  subjectKey: string;
  timing: 'hourly' | 'daily';
  periodEnd: Date;
  recipient: { userId: string; kind: 'staff' | 'client'; email: string; name: string; language: string };
  kind: NotificationKind;
  template: TemplateName;
  subject: string;
  text: string;
  link: string;
  status: 'pending' | 'sent';
  digestId: string;
  createdAt: Date;
}

/** The one digest of a person and period: claimed by inserting attempt claims under unique ids. */
export interface DigestRecord {
  /** `<tenant>|<person>|<timing>|<period end ISO>`. */
  id: string;
  tenantId: string;
  status: 'sent' | 'failed';
  attempts: number;
  error: string;
  itemIds: string[];
  nextAttemptAt: Date;
  updatedAt: Date;
}

type ItemDocument = Omit<DigestItem, 'id'> & { _id: string };
type RecordDocument = Omit<DigestRecord, 'id'> & { _id: string };

const itemSchema = new Schema<ItemDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectKey: { type: String, required: true },
    timing: { type: String, required: true },
    periodEnd: { type: Date, required: true },
    recipient: {
      type: new Schema(
        { userId: String, kind: String, email: String, name: String, language: String },
        { _id: false },
      ),
      required: true,
    },
    kind: { type: String, required: true },
    template: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, default: '' },
    link: { type: String, default: '' },
    status: { type: String, required: true },
    digestId: { type: String, default: '' },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// The job's question: what is still waiting for a period that has ended.
itemSchema.index({ status: 1, periodEnd: 1 });
itemSchema.index({ tenantId: 1, subjectKey: 1, timing: 1, periodEnd: 1 });

const recordSchema = new Schema<RecordDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    status: { type: String, required: true },
    attempts: { type: Number, required: true },
    error: { type: String, default: '' },
    itemIds: { type: [String], default: [] },
    nextAttemptAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

const claimSchema = new Schema<{ _id: string; claimedAt: Date }>(
  { _id: { type: String, required: true }, claimedAt: { type: Date, required: true } },
  { versionKey: false },
);

export const DIGEST_ITEMS_COLLECTION = 'notification_digest_items';
export const DIGESTS_COLLECTION = 'notification_digests';
export const DIGEST_CLAIMS_COLLECTION = 'notification_digest_claims';

/** The digest queue: held items, the digests sent, and the claims that make each attempt happen once. */
export class DigestRepository extends MongoStore<ItemDocument> {
  private readonly records: Model<RecordDocument>;
  private readonly claims: Model<{ _id: string; claimedAt: Date }>;

  constructor(connection: Connection) {
    super(connection, 'NotificationDigestItem', itemSchema, DIGEST_ITEMS_COLLECTION);
    this.records = this.secondaryModel('NotificationDigest', recordSchema, DIGESTS_COLLECTION);
    this.claims = this.secondaryModel('NotificationDigestClaim', claimSchema, DIGEST_CLAIMS_COLLECTION);
  }

  /** Queues an item; false when it was queued already (a redelivered event). */
  enqueue(item: DigestItem): Promise<boolean> {
    const { id, ...rest } = item;
    return insertUnique(this.model, { _id: id, ...rest });
  }

  /** Items still pending whose period ended at or before `now`, oldest first (bounded per run). */
  async due(now: Date, limit = 2000): Promise<DigestItem[]> {
    const documents = await this.model
      .find({ status: 'pending', periodEnd: { $lte: now } })
      .sort({ createdAt: 1, _id: 1 })
      .limit(limit)
      .lean<ItemDocument[]>();
    return documents.map(toItem);
  }

  /** Every pending item of one person's digest period, oldest first. */
  async pendingOf(
    tenantId: string,
    subjectKey: string,
    timing: 'hourly' | 'daily',
    periodEnd: Date,
  ): Promise<DigestItem[]> {
    const documents = await this.model
      .find({ tenantId, subjectKey, timing, periodEnd, status: 'pending' })
      .sort({ createdAt: 1, _id: 1 })
      .lean<ItemDocument[]>();
    return documents.map(toItem);
  }

  async markSent(ids: string[], digestId: string): Promise<void> {
    if (ids.length === 0) return;
    await this.model.updateMany({ _id: { $in: ids } }, { $set: { status: 'sent', digestId } });
  }

  /** Items that arrived after their period's digest went: they wait for the next period instead. */
  async postpone(ids: string[], periodEnd: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.model.updateMany({ _id: { $in: ids } }, { $set: { periodEnd } });
  }

  async record(id: string): Promise<DigestRecord | undefined> {
    const document = await this.records.findOne({ _id: id }).lean<RecordDocument>();
    if (!document) return undefined;
    const { _id, ...rest } = document;
    return { id: _id, ...rest, itemIds: [...rest.itemIds] };
  }

  /** Claims attempt `attempt` of a digest; false when another replica (or run) claimed it. */
  claim(digestId: string, attempt: number, now: Date): Promise<boolean> {
    return insertUnique(this.claims, { _id: `${digestId}|${attempt}`, claimedAt: now });
  }

  /** Written only by the holder of the attempt's claim. */
  async saveRecord(record: DigestRecord): Promise<void> {
    const { id, ...rest } = record;
    await this.records.replaceOne({ _id: id }, rest, { upsert: true });
  }
}

function toItem(document: ItemDocument): DigestItem {
  const { _id, ...rest } = document;
  return { id: _id, ...rest, recipient: { ...rest.recipient } };
}

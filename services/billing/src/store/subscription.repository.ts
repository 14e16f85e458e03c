import { Schema, type Connection, type Model } from 'mongoose';
import {
  fromStored,
  insertWithEvents,
  Keyset,
  MongoStore,
  type Page,
  type Stored,
  insertUnique,
} from '@client-portal/kit';
import type { Subscription } from '../domain/subscription.js';

type SubscriptionRecord = Stored<Subscription>;

const lineSchema = new Schema(
  {
    description: { type: String, required: true },
    unit: { type: String, default: '' },
    quantityMilli: { type: Number, required: true },
    unitPriceMinor: { type: Number, required: true },
    taxRateBasisPoints: { type: Number, required: true },
  },
  { _id: false },
);

const subscriptionSchema = new Schema<SubscriptionRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    tenantName: { type: String, default: '' },
    clientId: { type: String, required: true },
    clientName: { type: String, required: true },
    currency: { type: String, required: true },
    lines: { type: [lineSchema], default: [] },
    frequency: { type: String, required: true },
    startDate: { type: String, required: true },
    endDate: { type: String, default: '' },
    paymentTermDays: { type: Number, required: true },
    notes: { type: String, default: '' },
    status: { type: String, required: true },
    nextIssueDate: { type: String, default: '' },
    totalMinor: { type: Number, required: true },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    createdBy: { type: String, default: '' },
  },
  { versionKey: false },
);
const subscriptionsNewestFirst = new Keyset('subscriptions.newestFirst', { createdAt: -1, _id: -1 });
subscriptionSchema.index(subscriptionsNewestFirst.index({ tenantId: 1 }));
subscriptionSchema.index(subscriptionsNewestFirst.index({ tenantId: 1, clientId: 1 }));
// The scheduler's question, across tenants: which active subscriptions have a period due.
subscriptionSchema.index({ status: 1, nextIssueDate: 1 });

export const SUBSCRIPTIONS_COLLECTION = 'subscriptions';

/**
 * One period of one subscription, claimed by whoever inserted it first: `_id` is
 * `<subscriptionId>|<periodStart>`, and the unique `_id` is what makes the period issued once (FerretDB's
 * conditional updates are not atomic across processes; its unique indexes are). The document id is chosen
 * at claim time, so whoever resumes an interrupted run issues that same document.
 */
export interface SubscriptionRun {
  id: string;
  tenantId: string;
  subscriptionId: string;
  periodStart: string;
  periodEnd: string;
  status: 'claimed' | 'issued';
  documentId: string;
  documentNumber: string;
  totalMinor: number;
  currency: string;
  /** 1 for the replica that claimed it; one more each time a stale run is taken over. */
  attempt: number;
  claimedAt: Date;
  /** When the current attempt began: a run claimed and untouched for longer than the lease is resumed. */
  leasedAt: Date;
  issuedAt: Date | null;
}
type RunRecord = Stored<SubscriptionRun>;

const runSchema = new Schema<RunRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subscriptionId: { type: String, required: true },
    periodStart: { type: String, required: true },
    periodEnd: { type: String, required: true },
    status: { type: String, required: true },
    documentId: { type: String, required: true },
    documentNumber: { type: String, default: '' },
    totalMinor: { type: Number, default: 0 },
    currency: { type: String, default: '' },
    attempt: { type: Number, required: true },
    claimedAt: { type: Date, required: true },
    leasedAt: { type: Date, required: true },
    issuedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
runSchema.index({ tenantId: 1, subscriptionId: 1, periodStart: -1 });
export const SUBSCRIPTION_RUNS_COLLECTION = 'subscription_runs';

/**
 * Taking over a stale run is itself claimed by an insert (`<runId>#<attempt>`), so two replicas that
 * find the same stale run do not both resume it.
 */
interface RunTakeover {
  _id: string;
  runId: string;
  takenAt: Date;
}
const takeoverSchema = new Schema<RunTakeover>(
  { _id: { type: String, required: true }, runId: String, takenAt: Date },
  { versionKey: false },
);
export const SUBSCRIPTION_RUN_TAKEOVERS_COLLECTION = 'subscription_run_takeovers';

export const subscriptionRunId = (subscriptionId: string, periodStart: string): string =>
  `${subscriptionId}|${periodStart}`;

/** The only code that touches subscriptions and their runs. Staff queries are scoped by tenant. */
export class SubscriptionRepository extends MongoStore<SubscriptionRecord> {
  private readonly runs: Model<RunRecord>;
  private readonly takeovers: Model<RunTakeover>;

  constructor(connection: Connection) {
    super(connection, 'Subscription', subscriptionSchema, SUBSCRIPTIONS_COLLECTION);
    this.runs = this.secondaryModel('SubscriptionRun', runSchema, SUBSCRIPTION_RUNS_COLLECTION);
    this.takeovers = this.secondaryModel(
      'SubscriptionRunTakeover',
      takeoverSchema,
      SUBSCRIPTION_RUN_TAKEOVERS_COLLECTION,
    );
  }

  async insert(subscription: Subscription): Promise<boolean> {
    return insertWithEvents(this.model, subscription, []);
  }

  async find(tenantId: string, id: string): Promise<Subscription | undefined> {
    const record = await this.model.findOne({ _id: id, tenantId }).lean<SubscriptionRecord>();
    return record ? fromStored<Subscription>(record) : undefined;
  }

  /** Writes the new state only if it is still at `expectedVersion`; false: changed meanwhile. */
  async replace(subscription: Subscription, expectedVersion: number): Promise<boolean> {
    const { id, tenantId, ...state } = subscription;
    const result = await this.model.updateOne(
      { _id: id, tenantId, version: expectedVersion },
      { $set: state },
    );
    return result.modifiedCount === 1;
  }

  static readonly listOrder = subscriptionsNewestFirst;

  async list(
    tenantId: string,
    filter: { clientId?: string; status?: Subscription['status'] },
    page: Page,
  ): Promise<{ subscriptions: Subscription[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.clientId) query.clientId = filter.clientId;
    if (filter.status) query.status = filter.status;
    const { documents, nextPageToken } = await this.findPage(query, subscriptionsNewestFirst, page);
    return {
      subscriptions: documents.map((record) => fromStored<Subscription>(record)),
      nextPageToken,
    };
  }

  /** Every tenant's active subscriptions with a period due on `today`, the most overdue first. */
  async due(today: string, limit: number): Promise<Subscription[]> {
    const records = await this.model
      .find({ status: 'active', nextIssueDate: { $gt: '', $lte: today } })
      .sort({ nextIssueDate: 1, _id: 1 })
      .limit(limit)
      .lean<SubscriptionRecord[]>();
    return records.map((record) => fromStored<Subscription>(record));
  }

  // --- Runs: one per period, claimed by insert -------------------------------------------------

  /** Claims a period: true if this call inserted it, false if someone already had. */
  async claimRun(run: SubscriptionRun): Promise<boolean> {
    return insertWithEvents(this.runs, run, []);
  }

  async findRun(id: string): Promise<SubscriptionRun | undefined> {
    const record = await this.runs.findOne({ _id: id }).lean<RunRecord>();
    return record ? fromStored<SubscriptionRun>(record) : undefined;
  }

  /**
   * Takes over a stale run (its claimer died between claim and issue): only one caller wins attempt
   * `n + 1`, by inserting its name. The winner then stamps the run with its attempt.
   */
  async takeOverRun(run: SubscriptionRun, now: Date): Promise<SubscriptionRun | undefined> {
    const attempt = run.attempt + 1;
    const won = await insertUnique(this.takeovers, {
      _id: `${run.id}#${attempt}`,
      runId: run.id,
      takenAt: now,
    });
    if (!won) return undefined;
    await this.runs.updateOne({ _id: run.id }, { $set: { attempt, leasedAt: now } });
    return { ...run, attempt, leasedAt: now };
  }

  /** Records the invoice a run issued. Idempotent: a resumed run writes the same document. */
  async finishRun(
    id: string,
    issued: {
      documentId: string;
      documentNumber: string;
      totalMinor: number;
      currency: string;
      issuedAt: Date;
    },
  ): Promise<void> {
    await this.runs.updateOne({ _id: id }, { $set: { ...issued, status: 'issued' } });
  }

  /** Newest period first. */
  async runsOf(tenantId: string, subscriptionId: string, limit = 120): Promise<SubscriptionRun[]> {
    const records = await this.runs
      .find({ tenantId, subscriptionId })
      .sort({ periodStart: -1 })
      .limit(limit)
      .lean<RunRecord[]>();
    return records.map((record) => fromStored<SubscriptionRun>(record));
  }

  async hasRuns(tenantId: string, subscriptionId: string): Promise<boolean> {
    return (await this.runs.countDocuments({ tenantId, subscriptionId })) > 0;
  }
}

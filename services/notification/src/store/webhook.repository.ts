import { insertUnique, Keyset, MongoStore, type Page } from '@client-portal/kit';
import { Schema, type Connection, type Model } from 'mongoose';

/** A subscribed endpoint. The signing secret is stored as is (see docs/partner-webhooks.md: it must sign). */
export interface WebhookEndpointRecord {
  id: string;
  tenantId: string;
  url: string;
  description: string;
  eventTypes: string[];
  active: boolean;
  /** '' (active, or switched off by an admin) or `failing` (disabled after failing for too long). */
  disabledReason: string;
  disabledAt: Date | null;
  secret: string;
  /** The first failed attempt since the last success; null while the endpoint answers. */
  failingSince: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'retrying', 'succeeded', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export interface WebhookAttemptRecord {
  number: number;
  at: Date;
  responseCode: number;
  durationMs: number;
  error: string;
}

/** One event for one endpoint: made once (its _id `<endpointId>|<eventId>`), attempted until it succeeds or 24 h pass. */
export interface WebhookDeliveryRecord {
  id: string;
  tenantId: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  /** The exact JSON body every attempt sends. */
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: WebhookAttemptRecord[];
  /** When the next attempt is due (also the lease of an attempt under way); null when none is. */
  nextAttemptAt: Date | null;
  /** The first attempt of the current series (resend starts a new one): the 24 h window counts from it. */
  seriesStartedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

type EndpointDocument = Omit<WebhookEndpointRecord, 'id'> & { _id: string };
type DeliveryDocument = Omit<WebhookDeliveryRecord, 'id'> & { _id: string };

const endpointSchema = new Schema<EndpointDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    url: String,
    description: String,
    eventTypes: [String],
    active: Boolean,
    disabledReason: String,
    disabledAt: Date,
    secret: String,
    failingSince: Date,
    createdBy: String,
    createdAt: Date,
    updatedAt: Date,
    version: Number,
  },
  { versionKey: false },
);
endpointSchema.index({ tenantId: 1, createdAt: -1 });

const attemptSchema = new Schema<WebhookAttemptRecord>(
  { number: Number, at: Date, responseCode: Number, durationMs: Number, error: String },
  { _id: false },
);

const DELIVERIES = new Keyset('webhook.deliveries', { createdAt: -1, _id: -1 });

const deliverySchema = new Schema<DeliveryDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    endpointId: { type: String, required: true },
    eventId: String,
    eventType: String,
    payload: String,
    status: String,
    attempts: [attemptSchema],
    nextAttemptAt: Date,
    seriesStartedAt: Date,
    createdAt: Date,
    updatedAt: Date,
  },
  { versionKey: false },
);
deliverySchema.index(DELIVERIES.index({ tenantId: 1, endpointId: 1 }));
deliverySchema.index({ nextAttemptAt: 1, _id: 1 });

/** An attempt claimed by one replica: `<deliveryId>|<attempt number>|<due time>`. */
interface ClaimDocument {
  _id: string;
  claimedAt: Date;
}
const claimSchema = new Schema<ClaimDocument>(
  { _id: { type: String, required: true }, claimedAt: Date },
  { versionKey: false },
);

export const WEBHOOK_ENDPOINTS_COLLECTION = 'webhook_endpoints';
export const WEBHOOK_DELIVERIES_COLLECTION = 'webhook_deliveries';
export const WEBHOOK_CLAIMS_COLLECTION = 'webhook_attempt_claims';

const endpointOf = ({ _id, ...rest }: EndpointDocument): WebhookEndpointRecord => ({ id: _id, ...rest });
const deliveryOf = ({ _id, ...rest }: DeliveryDocument): WebhookDeliveryRecord => ({ id: _id, ...rest });

/** Endpoints, deliveries and the claims that make each attempt once across replicas. */
export class WebhookRepository extends MongoStore<EndpointDocument> {
  private readonly deliveries: Model<DeliveryDocument>;
  private readonly claims: Model<ClaimDocument>;

  constructor(connection: Connection) {
    super(connection, 'WebhookEndpoint', endpointSchema, WEBHOOK_ENDPOINTS_COLLECTION);
    this.deliveries = this.secondaryModel('WebhookDelivery', deliverySchema, WEBHOOK_DELIVERIES_COLLECTION);
    this.claims = this.secondaryModel('WebhookAttemptClaim', claimSchema, WEBHOOK_CLAIMS_COLLECTION);
  }

  // ---------------------------------------------------------------------------------------- endpoints

  async insertEndpoint(endpoint: WebhookEndpointRecord): Promise<void> {
    const { id, ...rest } = endpoint;
    await this.model.create({ _id: id, ...rest });
  }

  async endpoints(tenantId: string): Promise<WebhookEndpointRecord[]> {
    const documents = await this.model
      .find({ tenantId })
      .sort({ createdAt: -1, _id: -1 })
      .limit(100)
      .lean<EndpointDocument[]>();
    return documents.map(endpointOf);
  }

  async endpoint(tenantId: string, id: string): Promise<WebhookEndpointRecord | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<EndpointDocument>();
    return document ? endpointOf(document) : undefined;
  }

  /** Writes the endpoint when it is still at `expectedVersion`; false when it changed meanwhile. */
  async replaceEndpoint(endpoint: WebhookEndpointRecord, expectedVersion: number): Promise<boolean> {
    const { id, ...rest } = endpoint;
    const result = await this.model.updateOne(
      { _id: id, tenantId: endpoint.tenantId, version: expectedVersion },
      { $set: rest },
    );
    return result.matchedCount === 1;
  }

  async deleteEndpoint(tenantId: string, id: string): Promise<boolean> {
    const result = await this.model.deleteOne({ _id: id, tenantId });
    return result.deletedCount === 1;
  }

  /** After an attempt: a success clears the failing streak, a failure starts it (when not started). */
  async recordOutcome(
    endpointId: string,
    succeeded: boolean,
    at: Date,
  ): Promise<WebhookEndpointRecord | undefined> {
    const document = succeeded
      ? await this.model
          .findOneAndUpdate(
            { _id: endpointId },
            { $set: { failingSince: null } },
            { returnDocument: 'after' },
          )
          .lean<EndpointDocument>()
      : await this.model
          .findOneAndUpdate(
            { _id: endpointId, failingSince: null },
            { $set: { failingSince: at } },
            { returnDocument: 'after' },
          )
          .lean<EndpointDocument>();
    if (document) return endpointOf(document);
    const current = await this.model.findOne({ _id: endpointId }).lean<EndpointDocument>();
    return current ? endpointOf(current) : undefined;
  }

  /** Disables an endpoint that kept failing; true for the call that switched it off. */
  async disableFailing(endpointId: string, at: Date): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: endpointId, active: true },
      {
        $set: { active: false, disabledReason: 'failing', disabledAt: at, updatedAt: at },
        $inc: { version: 1 },
      },
    );
    return result.modifiedCount === 1;
  }

  // --------------------------------------------------------------------------------------- deliveries

  /** Creates the delivery unless it exists (the same event twice makes one); false when it existed. */
  async createDelivery(delivery: WebhookDeliveryRecord): Promise<boolean> {
    const { id, ...rest } = delivery;
    return insertUnique(this.deliveries, { _id: id, ...rest });
  }

  async delivery(tenantId: string, id: string): Promise<WebhookDeliveryRecord | undefined> {
    const document = await this.deliveries.findOne({ _id: id, tenantId }).lean<DeliveryDocument>();
    return document ? deliveryOf(document) : undefined;
  }

  async deliveryPage(
    tenantId: string,
    endpointId: string,
    request: { pageSize?: number; pageToken?: string },
  ): Promise<{ deliveries: WebhookDeliveryRecord[]; nextPageToken: string }> {
    const page: Page = DELIVERIES.read(request);
    const documents = await this.deliveries
      .find(DELIVERIES.filter({ tenantId, endpointId }, page))
      .sort({ ...DELIVERIES.sort })
      .limit(page.limit + 1)
      .lean<DeliveryDocument[]>();
    const { items, nextPageToken } = DELIVERIES.page(documents, page);
    return { deliveries: items.map(deliveryOf), nextPageToken };
  }

  /** Deliveries whose next attempt is due, every tenant, most overdue first. */
  async due(now: Date, limit: number): Promise<WebhookDeliveryRecord[]> {
    const documents = await this.deliveries
      .find({ nextAttemptAt: { $lte: now } })
      .sort({ nextAttemptAt: 1, _id: 1 })
      .limit(limit)
      .lean<DeliveryDocument[]>();
    return documents.map(deliveryOf);
  }

  /**
   * Claims the attempt the delivery is due for (by insert: once across replicas) and leases it: the
   * delivery is not due again before `leaseUntil`, so a replica stopped mid-attempt is covered.
   */
  async claimAttempt(delivery: WebhookDeliveryRecord, now: Date, leaseUntil: Date): Promise<boolean> {
    const due = delivery.nextAttemptAt?.getTime() ?? 0;
    const claimed = await insertUnique(this.claims, {
      _id: `${delivery.id}|${delivery.attempts.length + 1}|${due}`,
      claimedAt: now,
    });
    if (!claimed) return false;
    await this.deliveries.updateOne(
      { _id: delivery.id },
      {
        $set: {
          nextAttemptAt: leaseUntil,
          updatedAt: now,
          ...(delivery.seriesStartedAt ? {} : { seriesStartedAt: now }),
        },
      },
    );
    return true;
  }

  async recordAttempt(
    deliveryId: string,
    attempt: WebhookAttemptRecord,
    status: WebhookDeliveryStatus,
    nextAttemptAt: Date | null,
  ): Promise<void> {
    await this.deliveries.updateOne(
      { _id: deliveryId },
      { $push: { attempts: attempt }, $set: { status, nextAttemptAt, updatedAt: attempt.at } },
    );
  }

  /** Ends a delivery without an attempt (its endpoint was disabled or removed). */
  async abandon(deliveryId: string, now: Date): Promise<void> {
    await this.deliveries.updateOne(
      { _id: deliveryId },
      { $set: { status: 'failed', nextAttemptAt: null, updatedAt: now } },
    );
  }

  /** A new series of attempts now, of the same event (resend). */
  async resend(tenantId: string, deliveryId: string, now: Date): Promise<WebhookDeliveryRecord | undefined> {
    const document = await this.deliveries
      .findOneAndUpdate(
        { _id: deliveryId, tenantId },
        { $set: { status: 'pending', nextAttemptAt: now, seriesStartedAt: null, updatedAt: now } },
        { returnDocument: 'after' },
      )
      .lean<DeliveryDocument>();
    return document ? deliveryOf(document) : undefined;
  }

  async forgetDeliveries(endpointId: string): Promise<void> {
    await this.deliveries.updateMany(
      { endpointId, nextAttemptAt: { $ne: null } },
      { $set: { status: 'failed', nextAttemptAt: null } },
    );
  }
}

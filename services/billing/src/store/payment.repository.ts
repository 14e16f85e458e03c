import { Schema, type Connection, type Model } from 'mongoose';
import {
  fromStored,
  insertWithEvents,
  Keyset,
  MongoStore,
  outboxPlugin,
  type OutboxEntry,
  type Page,
  type Stored,
  insertUnique,
} from '@client-portal/kit';
import type { Allocation, Payment, Refund } from '../domain/payment.js';

type PaymentRecord = Stored<Payment>;
type RefundRecord = Stored<Refund>;

const allocationSchema = new Schema<Allocation>(
  {
    documentId: { type: String, required: true },
    number: { type: String, default: '' },
    amountMinor: { type: Number, required: true },
  },
  { _id: false },
);

const paymentSchema = new Schema<PaymentRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    clientName: { type: String, default: '' },
    method: { type: String, required: true },
    currency: { type: String, required: true },
    amountMinor: { type: Number, required: true },
    allocations: { type: [allocationSchema], default: [] },
    paidAt: { type: Date, required: true },
    recordedAt: { type: Date, required: true },
    // Payments recorded before the partner API had none: `backfillUpdatedAt` gives them recordedAt.
    updatedAt: { type: Date, default: null },
    recordedBy: { type: String, default: '' },
    reference: { type: String, default: '' },
    stripePaymentIntentId: { type: String, default: '' },
    stripeEventId: { type: String, default: '' },
  },
  { versionKey: false },
);
// Card payments carry Stripe's event time, whole seconds: two in one second are told apart by when
// billing recorded them.
const paymentsNewestFirst = new Keyset('payments.newestFirst', { paidAt: -1, recordedAt: -1, _id: -1 });
paymentSchema.index(paymentsNewestFirst.index({ tenantId: 1, clientId: 1 }));
// The sync order (partner API, issue 13): least recently changed first.
const paymentsByUpdate = new Keyset('payments.byUpdate', { updatedAt: 1, _id: 1 });
paymentSchema.index(paymentsByUpdate.index({ tenantId: 1 }));
paymentSchema.index(paymentsByUpdate.index({ tenantId: 1, clientId: 1 }));
paymentSchema.plugin(outboxPlugin);

const refundSchema = new Schema<RefundRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    paymentId: { type: String, required: true },
    currency: { type: String, required: true },
    amountMinor: { type: Number, required: true },
    allocations: { type: [allocationSchema], default: [] },
    reason: { type: String, default: '' },
    refundedAt: { type: Date, required: true },
    refundedBy: { type: String, default: '' },
    stripeRefundId: { type: String, default: '' },
  },
  { versionKey: false },
);
refundSchema.index({ tenantId: 1, paymentId: 1 });
refundSchema.index({ tenantId: 1, clientId: 1 });
refundSchema.plugin(outboxPlugin);

/**
 * Something that must happen once, claimed by inserting its name as `_id` (unique on every store, unlike
 * conditional updates on FerretDB): `stripe:<event id>`, `pi:<payment intent id>` (naming the payment it
 * becomes, so a retry after a crash records the same payment), `refund:<paymentId>|<n>`.
 */
interface Claim {
  _id: string;
  tenantId: string;
  /** The payment (or refund) the claim stands for. */
  targetId: string;
  claimedAt: Date;
}
const claimSchema = new Schema<Claim>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, default: '' },
    targetId: { type: String, default: '' },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** A card checkout the portal started: what was asked, so the webhook can record exactly that. */
export interface CardCheckout {
  id: string;
  tenantId: string;
  clientId: string;
  clientName: string;
  userId: string;
  payer: { email: string; name: string; language: string };
  currency: string;
  amountMinor: number;
  allocations: Allocation[];
  stripePaymentIntentId: string;
  status: 'pending' | 'succeeded' | 'failed';
  paymentId: string;
  failure: string;
  createdAt: Date;
}
type CheckoutRecord = Stored<CardCheckout>;
const checkoutSchema = new Schema<CheckoutRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    clientName: { type: String, default: '' },
    userId: { type: String, default: '' },
    payer: { email: String, name: String, language: String },
    currency: { type: String, required: true },
    amountMinor: { type: Number, required: true },
    allocations: { type: [allocationSchema], default: [] },
    stripePaymentIntentId: { type: String, default: '' },
    status: { type: String, required: true },
    paymentId: { type: String, default: '' },
    failure: { type: String, default: '' },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const PAYMENTS_COLLECTION = 'payments';
export const REFUNDS_COLLECTION = 'payment_refunds';
export const PAYMENT_CLAIMS_COLLECTION = 'payment_claims';
export const CHECKOUTS_COLLECTION = 'payment_checkouts';

/** The only code that touches payments, refunds, their claims and card checkouts. Scoped by tenant. */
export class PaymentRepository extends MongoStore<PaymentRecord> {
  private readonly refunds: Model<RefundRecord>;
  private readonly claims: Model<Claim>;
  private readonly checkouts: Model<CheckoutRecord>;

  constructor(connection: Connection) {
    super(connection, 'Payment', paymentSchema, PAYMENTS_COLLECTION);
    this.refunds = this.secondaryModel('PaymentRefund', refundSchema, REFUNDS_COLLECTION);
    this.claims = this.secondaryModel('PaymentClaim', claimSchema, PAYMENT_CLAIMS_COLLECTION);
    this.checkouts = this.secondaryModel('PaymentCheckout', checkoutSchema, CHECKOUTS_COLLECTION);
  }

  /** True when this call claimed `name`; false when it was claimed before (by anyone). */
  async claim(name: string, tenantId: string, targetId: string): Promise<boolean> {
    return insertUnique(this.claims, { _id: name, tenantId, targetId, claimedAt: new Date() });
  }

  async claimed(name: string): Promise<{ tenantId: string; targetId: string; claimedAt: Date } | undefined> {
    const claim = await this.claims.findById(name).lean<Claim>();
    return claim
      ? { tenantId: claim.tenantId, targetId: claim.targetId, claimedAt: claim.claimedAt }
      : undefined;
  }

  /** Gives a claim back (a Stripe refund that failed): the name is free for the next attempt. */
  async release(name: string): Promise<void> {
    await this.claims.deleteOne({ _id: name });
  }

  /** False when the payment already exists (the same id: recorded by an earlier delivery). */
  async insert(payment: Payment, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.model, payment, events);
  }

  async find(tenantId: string, id: string): Promise<Payment | undefined> {
    const record = await this.model.findOne({ _id: id, tenantId }).lean<PaymentRecord>();
    return record ? fromStored<Payment>(record) : undefined;
  }

  /**
   * All of one client's payments and refunds: the source rows an invoice's paid amount is recomputed
   * from. Filtered by invoice in code, since FerretDB 1.24 matches nothing with `$elemMatch`.
   */
  async ofClient(tenantId: string, clientId: string): Promise<{ payments: Payment[]; refunds: Refund[] }> {
    const [payments, refunds] = await Promise.all([
      this.model.find({ tenantId, clientId }).lean<PaymentRecord[]>(),
      this.refunds.find({ tenantId, clientId }).lean<RefundRecord[]>(),
    ]);
    return {
      payments: payments.map((record) => fromStored<Payment>(record)),
      refunds: refunds.map((record) => fromStored<Refund>(record)),
    };
  }

  static readonly listOrder = paymentsNewestFirst;
  static readonly updateOrder = paymentsByUpdate;

  /** Least recently changed first, the tenant's or one client's, optionally from an instant on. */
  async listByUpdate(
    tenantId: string,
    filter: { clientId?: string; since?: Date },
    page: Page,
  ): Promise<{ payments: Payment[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.clientId) query.clientId = filter.clientId;
    if (filter.since) query.updatedAt = { $gte: filter.since };
    const { documents, nextPageToken } = await this.findPage(query, paymentsByUpdate, page);
    return { payments: documents.map((record) => fromStored<Payment>(record)), nextPageToken };
  }

  /**
   * Moves a payment's updatedAt forward (a refund was recorded). `$max`: a slower concurrent refund
   * never moves it back.
   */
  async touch(tenantId: string, id: string, at: Date): Promise<void> {
    await this.model.updateOne({ _id: id, tenantId }, { $max: { updatedAt: at } });
  }

  /**
   * Payments recorded before they carried `updatedAt` get their recordedAt (run at start; a no-op once
   * done). One by one: FerretDB 1.24 has no update pipelines to copy a field.
   */
  async backfillUpdatedAt(): Promise<number> {
    const missing = await this.model
      .find({ $or: [{ updatedAt: null }, { updatedAt: { $exists: false } }] }, { recordedAt: 1 })
      .lean<Pick<PaymentRecord, '_id' | 'recordedAt'>[]>();
    for (const record of missing)
      await this.model.updateOne(
        { _id: record._id, updatedAt: null },
        { $set: { updatedAt: record.recordedAt } },
      );
    return missing.length;
  }

  /** Newest first (by when the money was received). */
  async list(
    tenantId: string,
    clientId: string,
    page: Page,
  ): Promise<{ payments: Payment[]; nextPageToken: string }> {
    const { documents, nextPageToken } = await this.findPage(
      { tenantId, clientId },
      paymentsNewestFirst,
      page,
    );
    return { payments: documents.map((record) => fromStored<Payment>(record)), nextPageToken };
  }

  async refundsOf(tenantId: string, paymentIds: string[]): Promise<Refund[]> {
    if (paymentIds.length === 0) return [];
    const records = await this.refunds
      .find({ tenantId, paymentId: { $in: paymentIds } })
      .sort({ refundedAt: 1, _id: 1 })
      .lean<RefundRecord[]>();
    return records.map((record) => fromStored<Refund>(record));
  }

  /** False when a refund with this id exists: another refund of the payment won the race. */
  async insertRefund(refund: Refund, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.refunds, refund, events);
  }

  async insertCheckout(checkout: CardCheckout): Promise<void> {
    const { id, ...rest } = checkout;
    await this.checkouts.create({ _id: id, ...rest });
  }

  async findCheckout(tenantId: string, id: string): Promise<CardCheckout | undefined> {
    const record = await this.checkouts.findOne({ _id: id, tenantId }).lean<CheckoutRecord>();
    return record ? fromStored<CardCheckout>(record) : undefined;
  }

  /** Only billing's payment code writes a checkout, one step at a time (start, then webhook). */
  async updateCheckout(
    tenantId: string,
    id: string,
    change: Partial<Pick<CardCheckout, 'status' | 'paymentId' | 'failure' | 'stripePaymentIntentId'>>,
  ): Promise<void> {
    await this.checkouts.updateOne({ _id: id, tenantId }, { $set: change });
  }
}

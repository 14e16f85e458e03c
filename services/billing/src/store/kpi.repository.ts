import { Schema, type Connection, type Model } from 'mongoose';
import { MongoStore, type HandlerContext } from '@client-portal/kit';
import type { ClientKpis, KpiFact } from '../domain/kpis.js';

type FactRecord = Omit<KpiFact, 'id'> & { _id: string };

const factSchema = new Schema<FactRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    fact: { type: String, required: true },
    currency: { type: String, default: '' },
    documentKind: { type: String, default: '' },
    amountMinor: { type: Number, default: 0 },
    lineCount: { type: Number, default: 0 },
    issuedAt: { type: Date, default: null },
    dueDate: { type: String, default: '' },
    voidedAt: { type: Date, default: null },
    answer: { type: String, default: '' },
    paidAt: { type: Date, default: null },
    refundedAt: { type: Date, default: null },
    allocations: {
      type: [new Schema({ documentId: String, amountMinor: Number }, { _id: false })],
      default: [],
    },
    paymentId: { type: String, default: '' },
  },
  { versionKey: false, strict: false },
);
// A client's KPIs are recomputed from all of its rows.
factSchema.index({ tenantId: 1, clientId: 1 });

type KpisRecord = Omit<ClientKpis, 'tenantId' | 'clientId'> & {
  _id: string;
  tenantId: string;
  clientId: string;
};

const currencySchema = new Schema(
  {
    currency: String,
    salesReceivedThisYearMinor: Number,
    pendingPaymentMinor: Number,
    quotesAwaitingCount: Number,
    quotesAwaitingMinor: Number,
    averageInvoiceMinor: Number,
    productsPerInvoiceHundredths: Number,
    averageDaysToPayTenths: Number,
    invoicesThisYear: Number,
  },
  { _id: false },
);
const kpisSchema = new Schema<KpisRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    year: Number,
    day: String,
    currencies: { type: [currencySchema], default: [] },
    computedAt: Date,
  },
  { versionKey: false },
);

export const KPI_FACTS_COLLECTION = 'kpi_facts';
export const CLIENT_KPIS_COLLECTION = 'client_kpis';

/** The fields an event sets on a fact row (the rest keep their defaults or earlier values). */
export type FactChange = Partial<Omit<KpiFact, 'id' | 'tenantId' | 'clientId' | 'fact'>>;

const kpisId = (tenantId: string, clientId: string): string => `${tenantId}|${clientId}`;

/**
 * The KPI read model: one fact row per document, payment and refund (upserted by its id, each event
 * applied once), and each client's computed figures. Sums are never `$inc`-ed (not atomic on FerretDB):
 * the figures are recomputed from the rows and `$set`.
 */
export class KpiRepository extends MongoStore<FactRecord> {
  private readonly kpis: Model<KpisRecord>;

  constructor(connection: Connection) {
    super(connection, 'KpiFact', factSchema, KPI_FACTS_COLLECTION);
    this.kpis = this.secondaryModel('ClientKpis', kpisSchema, CLIENT_KPIS_COLLECTION);
  }

  /** Upserts one fact row with the event's fields, once per event. */
  async recordFact(
    context: HandlerContext,
    key: { tenantId: string; clientId: string; fact: KpiFact['fact']; id: string },
    change: FactChange,
  ): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: `${key.fact}|${key.id}`, tenantId: key.tenantId },
      { $set: { ...change, clientId: key.clientId, fact: key.fact } },
      { upsert: true },
    );
  }

  async factsOf(tenantId: string, clientId: string): Promise<KpiFact[]> {
    // Rows upserted by one event hold only that event's fields until the others arrive.
    const records = await this.model
      .find({ tenantId, clientId })
      .lean<(Partial<FactRecord> & Pick<FactRecord, '_id' | 'tenantId' | 'clientId' | 'fact'>)[]>();
    return records.map(({ _id, ...rest }) => ({
      id: _id,
      ...rest,
      currency: rest.currency ?? '',
      documentKind: rest.documentKind ?? '',
      amountMinor: rest.amountMinor ?? 0,
      lineCount: rest.lineCount ?? 0,
      issuedAt: rest.issuedAt ?? null,
      dueDate: rest.dueDate ?? '',
      voidedAt: rest.voidedAt ?? null,
      answer: rest.answer ?? '',
      paidAt: rest.paidAt ?? null,
      refundedAt: rest.refundedAt ?? null,
      allocations: rest.allocations ?? [],
      paymentId: rest.paymentId ?? '',
    }));
  }

  async saveKpis(kpis: ClientKpis): Promise<void> {
    await this.kpis.updateOne(
      { _id: kpisId(kpis.tenantId, kpis.clientId) },
      { $set: { ...kpis } },
      { upsert: true },
    );
  }

  async kpisOf(tenantId: string, clientId: string): Promise<ClientKpis | undefined> {
    const record = await this.kpis.findOne({ _id: kpisId(tenantId, clientId) }).lean<KpisRecord>();
    if (!record) return undefined;
    const { _id, ...rest } = record;
    return { ...rest, currencies: rest.currencies.map((entry) => ({ ...entry })) };
  }
}

import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  outboxPlugin,
  Keyset,
  type OutboxEntry,
  type Page,
  type WithOutbox,
  insertWithEvents,
} from '@client-portal/kit';
import type { Invoice } from '../domain/invoice.js';

type InvoiceDocument = Omit<Invoice, 'id'> & { _id: string } & WithOutbox;

const lineSchema = new Schema(
  {
    description: { type: String, required: true },
    quantityMilli: { type: Number, required: true },
    unitPriceMinor: { type: Number, required: true },
    taxRateBasisPoints: { type: Number, required: true },
    totalMinor: { type: Number, required: true },
    taxMinor: { type: Number, required: true },
  },
  { _id: false },
);

const invoiceSchema = new Schema<InvoiceDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    tenantName: String,
    clientId: { type: String, required: true },
    clientName: { type: String, required: true },
    number: { type: String, required: true },
    year: { type: Number, required: true },
    sequence: { type: Number, required: true },
    currency: { type: String, required: true },
    lines: { type: [lineSchema], default: [] },
    subtotalMinor: { type: Number, required: true },
    taxMinor: { type: Number, required: true },
    totalMinor: { type: Number, required: true },
    status: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    dueDate: { type: String, required: true },
  },
  { versionKey: false },
);
// Numbers are claimed by inserting: these unique indexes are what makes a number taken (see
// insertNumbered).
invoiceSchema.index({ tenantId: 1, year: 1, sequence: 1 }, { unique: true });
invoiceSchema.index({ tenantId: 1, number: 1 }, { unique: true });
// Lists: newest first, the tenant's or one client's.
const invoicesNewestFirst = new Keyset('invoices.newestFirst', {
  issuedAt: -1,
  year: -1,
  sequence: -1,
  _id: -1,
});
invoiceSchema.index(invoicesNewestFirst.index({ tenantId: 1 }));
invoiceSchema.index(invoicesNewestFirst.index({ tenantId: 1, clientId: 1 }));
invoiceSchema.plugin(outboxPlugin);

export const INVOICES_COLLECTION = 'invoices';

function toInvoice(document: InvoiceDocument): Invoice {
  const { _id, _outbox: _pending, ...rest } = document;
  return { id: _id, ...rest, lines: rest.lines.map((line) => ({ ...line })) };
}

/** The only code that touches the billing database. Every query is scoped by tenant. */
export class InvoiceRepository extends MongoStore<InvoiceDocument> {
  constructor(connection: Connection) {
    super(connection, 'Invoice', invoiceSchema, INVOICES_COLLECTION);
  }

  /** The tenant's last sequence of the year, 0 before its first invoice. */
  async lastSequence(tenantId: string, year: number): Promise<number> {
    const last = await this.model
      .findOne({ tenantId, year })
      .sort({ sequence: -1 })
      .lean<Pick<InvoiceDocument, 'sequence'>>();
    return last?.sequence ?? 0;
  }

  /**
   * Inserts the invoice with its events unless its number is already taken, which it reports as
   * false. A number is claimed by this insert and nothing else: FerretDB applies concurrent `$inc` and
   * conditional updates on one document non-atomically (our probe: ten concurrent `$inc` left the
   * counter at 2, and concurrent `findOneAndUpdate` returned the same value to several callers), while
   * its unique indexes do hold. It also means a number is never used up by an invoice that failed.
   */
  async insertNumbered(invoice: Invoice, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.model, invoice, events);
  }

  async find(tenantId: string, id: string): Promise<Invoice | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<InvoiceDocument>();
    return document ? toInvoice(document) : undefined;
  }

  /** The list's order, for reading its page tokens. */
  static readonly listOrder = invoicesNewestFirst;

  /** Newest first; all of the tenant's invoices when no client is given. Not counted: "has more" only. */
  async list(
    tenantId: string,
    filter: { clientId: string },
    page: Page,
  ): Promise<{ invoices: Invoice[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.clientId) query.clientId = filter.clientId;
    const { documents, nextPageToken } = await this.findPage(query, invoicesNewestFirst, page);
    return { invoices: documents.map(toInvoice), nextPageToken };
  }
}

import { Schema, type Connection } from 'mongoose';
import { MongoStore, isDuplicateKeyError } from '@client-portal/kit';

/** What crm keeps of an issued invoice: enough for revenue per client and per month. */
export interface InvoiceFact {
  id: string;
  tenantId: string;
  clientId: string;
  number: string;
  currency: string;
  totalMinor: number;
  issuedAt: Date;
}

type InvoiceFactDocument = Omit<InvoiceFact, 'id'> & { _id: string };

const invoiceFactSchema = new Schema<InvoiceFactDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    number: { type: String, required: true },
    currency: { type: String, required: true },
    totalMinor: { type: Number, required: true },
    issuedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
invoiceFactSchema.index({ tenantId: 1, clientId: 1 });
invoiceFactSchema.index({ tenantId: 1, issuedAt: 1 });

export const INVOICE_FACTS_COLLECTION = 'invoice_facts';

function toFact(document: InvoiceFactDocument): InvoiceFact {
  const { _id, ...rest } = document;
  return { id: _id, ...rest };
}

/** Issued invoices as billing announced them, one document per invoice (its id as _id). */
export class InvoiceFactRepository extends MongoStore<InvoiceFactDocument> {
  constructor(connection: Connection) {
    super(connection, 'InvoiceFact', invoiceFactSchema, INVOICE_FACTS_COLLECTION);
  }

  /** Records the invoice once: a second `billing.invoice.issued` for it meets its own document. */
  async record(fact: InvoiceFact): Promise<void> {
    const { id, ...rest } = fact;
    try {
      await this.model.create({ _id: id, ...rest });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async forClient(tenantId: string, clientId: string): Promise<InvoiceFact[]> {
    return (await this.model.find({ tenantId, clientId }).lean<InvoiceFactDocument[]>()).map(toFact);
  }

  async since(tenantId: string, from: Date): Promise<InvoiceFact[]> {
    return (await this.model.find({ tenantId, issuedAt: { $gte: from } }).lean<InvoiceFactDocument[]>()).map(
      toFact,
    );
  }
}

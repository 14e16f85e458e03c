import type { Connection } from 'mongoose';
import type { BillingDocument } from '../domain/document.js';
import { EMPTY_PARTY } from '../application/parties.js';
import type { DocumentRepository } from './document.repository.js';

/** The retired `invoices` collection (issue 8's invoice API), read only to be copied into `documents`. */
export const LEGACY_INVOICES_COLLECTION = 'invoices';

interface LegacyInvoice {
  _id: string;
  tenantId: string;
  tenantName?: string;
  clientId: string;
  clientName: string;
  number: string;
  year: number;
  sequence: number;
  currency: string;
  lines: {
    description: string;
    quantityMilli: number;
    unitPriceMinor: number;
    taxRateBasisPoints: number;
    totalMinor: number;
    taxMinor: number;
  }[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  status: 'issued' | 'paid' | 'void';
  issuedAt: Date;
  dueDate: string;
}

/** An old invoice as the issued (paid, void) invoice document it is, same id and number. */
export function documentOfLegacyInvoice(invoice: LegacyInvoice): BillingDocument {
  const issuedAt = new Date(invoice.issuedAt);
  return {
    id: invoice._id,
    tenantId: invoice.tenantId,
    kind: 'invoice',
    status: invoice.status,
    number: invoice.number,
    year: invoice.year,
    sequence: invoice.sequence,
    version: 1,
    revision: 1,
    clientId: invoice.clientId,
    clientName: invoice.clientName,
    seller: { ...EMPTY_PARTY, name: invoice.tenantName ?? '', legalName: invoice.tenantName ?? '' },
    buyer: { ...EMPTY_PARTY, name: invoice.clientName, legalName: invoice.clientName },
    language: 'en',
    currency: invoice.currency,
    lines: invoice.lines.map((line) => ({ ...line, productId: '', unit: '' })),
    subtotalMinor: invoice.subtotalMinor,
    taxMinor: invoice.taxMinor,
    totalMinor: invoice.totalMinor,
    paidMinor: invoice.status === 'paid' ? invoice.totalMinor : 0,
    creditedMinor: 0,
    issueDate: issuedAt.toISOString().slice(0, 10),
    dueDate: invoice.dueDate,
    notes: '',
    terms: '',
    source: { kind: '', id: '' },
    depositBasisPoints: 0,
    answer: null,
    createdAt: issuedAt,
    updatedAt: issuedAt,
    issuedAt,
    sentAt: null,
    viewedAt: null,
    paidAt: invoice.status === 'paid' ? issuedAt : null,
    voidedAt: invoice.status === 'void' ? issuedAt : null,
    voidReason: '',
    createdBy: '',
  };
}

/**
 * Start-up step: every row of the retired `invoices` collection becomes a document (same id, kind
 * invoice, its number kept) with its number claim, so new invoice numbers continue after them. Safe to
 * run on every start and by two replicas at once: both inserts are keyed by their ids.
 */
export async function migrateLegacyInvoices(
  connection: Connection,
  documents: DocumentRepository,
): Promise<number> {
  const db = connection.db;
  if (!db) return 0;
  const existing = await db.listCollections({ name: LEGACY_INVOICES_COLLECTION }).toArray();
  if (existing.length === 0) return 0;
  let adopted = 0;
  const cursor = db.collection<LegacyInvoice>(LEGACY_INVOICES_COLLECTION).find({});
  for await (const invoice of cursor) {
    if (await documents.adopt(documentOfLegacyInvoice(invoice))) adopted += 1;
  }
  return adopted;
}

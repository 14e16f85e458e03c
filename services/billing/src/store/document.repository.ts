import { Schema, type Connection, type Model } from 'mongoose';
import {
  fromStored,
  insertWithEvents,
  isDuplicateKeyError,
  Keyset,
  MongoStore,
  outboxPlugin,
  withOutbox,
  type OutboxEntry,
  type Page,
  type Stored,
  claimNextInSequence,
} from '@client-portal/kit';
import type { BillingDocument, DisplayStatus, DocumentKind } from '../domain/document.js';

type DocumentRecord = Stored<BillingDocument>;

const address = { street: String, postalCode: String, city: String, country: String };
const partySchema = new Schema(
  { name: String, legalName: String, address, taxId: String, email: String, phone: String },
  { _id: false },
);
const lineSchema = new Schema(
  {
    description: { type: String, required: true },
    productId: { type: String, default: '' },
    unit: { type: String, default: '' },
    quantityMilli: { type: Number, required: true },
    unitPriceMinor: { type: Number, required: true },
    taxRateBasisPoints: { type: Number, required: true },
    totalMinor: { type: Number, required: true },
    taxMinor: { type: Number, required: true },
  },
  { _id: false },
);
const answerSchema = new Schema(
  {
    decision: String,
    acceptanceId: String,
    signerName: String,
    comment: String,
    answeredAt: Date,
    pdfSha256: String,
    revision: Number,
  },
  { _id: false },
);

const documentSchema = new Schema<DocumentRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    kind: { type: String, required: true },
    status: { type: String, required: true },
    number: { type: String, default: '' },
    year: { type: Number, default: 0 },
    sequence: { type: Number, default: 0 },
    version: { type: Number, required: true },
    revision: { type: Number, default: 0 },
    clientId: { type: String, required: true },
    clientName: { type: String, required: true },
    seller: partySchema,
    buyer: partySchema,
    language: { type: String, default: 'en' },
    currency: { type: String, required: true },
    lines: { type: [lineSchema], default: [] },
    subtotalMinor: { type: Number, required: true },
    taxMinor: { type: Number, required: true },
    totalMinor: { type: Number, required: true },
    paidMinor: { type: Number, default: 0 },
    creditedMinor: { type: Number, default: 0 },
    issueDate: { type: String, default: '' },
    dueDate: { type: String, default: '' },
    notes: { type: String, default: '' },
    terms: { type: String, default: '' },
    source: { kind: { type: String, default: '' }, id: { type: String, default: '' } },
    depositBasisPoints: { type: Number, default: 0 },
    answer: { type: answerSchema, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    issuedAt: { type: Date, default: null },
    sentAt: { type: Date, default: null },
    viewedAt: { type: Date, default: null },
    paidAt: { type: Date, default: null },
    voidedAt: { type: Date, default: null },
    voidReason: { type: String, default: '' },
    createdBy: { type: String, default: '' },
  },
  { versionKey: false },
);
// Lists: newest first, the tenant's or one client's, optionally of one kind. Drafts have no issuedAt:
// the keyset orders by `updatedAt` so a draft being edited stays near the top.
const documentsNewestFirst = new Keyset('documents.newestFirst', { updatedAt: -1, _id: -1 });
documentSchema.index(documentsNewestFirst.index({ tenantId: 1 }));
documentSchema.index(documentsNewestFirst.index({ tenantId: 1, clientId: 1 }));
documentSchema.index(documentsNewestFirst.index({ tenantId: 1, kind: 1 }));
documentSchema.index(documentsNewestFirst.index({ tenantId: 1, clientId: 1, kind: 1 }));
// The sync order (partner API, issue 13): least recently changed first, optionally from an instant on.
const documentsByUpdate = new Keyset('documents.byUpdate', { updatedAt: 1, _id: 1 });
documentSchema.index(documentsByUpdate.index({ tenantId: 1 }));
documentSchema.index(documentsByUpdate.index({ tenantId: 1, clientId: 1 }));
documentSchema.index(documentsByUpdate.index({ tenantId: 1, kind: 1 }));
// Recurring slice: the reminder scheduler's question, across tenants (issued invoices past due).
documentSchema.index({ kind: 1, status: 1, dueDate: 1 });
documentSchema.plugin(outboxPlugin);

export const DOCUMENTS_COLLECTION = 'documents';

/**
 * A number taken: `_id` is `<tenant>|<kind>|<year>|<sequence>`, so the insert that claims it is atomic on
 * every store (FerretDB applies concurrent conditional updates non-atomically, its unique indexes hold).
 * The claim names the document it belongs to, so an issue interrupted after the claim resumes with the
 * same number instead of leaving a hole.
 */
interface NumberClaim {
  _id: string;
  tenantId: string;
  kind: DocumentKind;
  year: number;
  sequence: number;
  documentId: string;
  claimedAt: Date;
}

const claimSchema = new Schema<NumberClaim>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    kind: { type: String, required: true },
    year: { type: Number, required: true },
    sequence: { type: Number, required: true },
    documentId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
claimSchema.index({ tenantId: 1, kind: 1, year: 1, sequence: -1 });
claimSchema.index({ documentId: 1 });

export const NUMBER_CLAIMS_COLLECTION = 'document_numbers';
const MAX_CLAIM_ATTEMPTS = 25;

const claimId = (tenantId: string, kind: DocumentKind, year: number, sequence: number): string =>
  `${tenantId}|${kind}|${year}|${sequence}`;

/** Filters a list may apply (all optional, combined with AND). */
export interface DocumentFilter {
  clientId?: string;
  kind?: DocumentKind;
  status?: BillingDocument['status'];
}

/**
 * The only code that touches billing documents. Every query is scoped by tenant. Any slice that changes
 * a document does it through `replace` (the version it read, the events of the change).
 */
export class DocumentRepository extends MongoStore<DocumentRecord> {
  private readonly claims: Model<NumberClaim>;

  constructor(connection: Connection) {
    super(connection, 'BillingDocument', documentSchema, DOCUMENTS_COLLECTION);
    this.claims = this.secondaryModel('DocumentNumberClaim', claimSchema, NUMBER_CLAIMS_COLLECTION);
  }

  async insert(document: BillingDocument, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.model, document, events);
  }

  async find(tenantId: string, id: string): Promise<BillingDocument | undefined> {
    const record = await this.model.findOne({ _id: id, tenantId }).lean<DocumentRecord>();
    return record ? fromStored<BillingDocument>(record) : undefined;
  }

  /** Several at once (payments of several invoices, a page's sources); missing ones are left out. */
  async findMany(tenantId: string, ids: string[]): Promise<BillingDocument[]> {
    if (ids.length === 0) return [];
    const records = await this.model.find({ tenantId, _id: { $in: ids } }).lean<DocumentRecord[]>();
    return records.map((record) => fromStored<BillingDocument>(record));
  }

  /**
   * Writes the document's new state only if it is still at `expectedVersion` (optimistic concurrency);
   * the caller has already set `version` to `expectedVersion + 1`. False: someone changed it meanwhile
   * and nothing was written.
   */
  async replace(
    document: BillingDocument,
    expectedVersion: number,
    ...events: OutboxEntry[]
  ): Promise<boolean> {
    const { id, tenantId, ...state } = document;
    const result = await this.model.updateOne(
      { _id: id, tenantId, version: expectedVersion },
      withOutbox({ $set: state }, ...events),
    );
    return result.modifiedCount === 1;
  }

  /** Only drafts are ever deleted (an issued document is voided or credited instead). */
  async deleteDraft(tenantId: string, id: string, expectedVersion: number): Promise<boolean> {
    const result = await this.model.deleteOne({
      _id: id,
      tenantId,
      status: 'draft',
      version: expectedVersion,
    });
    return result.deletedCount === 1;
  }

  /**
   * The document's number for `year`: the one it already claimed (an issue that was interrupted), or
   * the next free one of its tenant, kind and year. Concurrent issuers race on the claim's `_id`; each
   * round has a winner, so this only gives up under a burst far beyond people issuing by hand.
   */
  async claimNumber(
    document: Pick<BillingDocument, 'id' | 'tenantId' | 'kind'>,
    year: number,
  ): Promise<{ year: number; sequence: number }> {
    const held = await this.claims
      .findOne({ documentId: document.id, tenantId: document.tenantId, kind: document.kind })
      .lean<NumberClaim>();
    if (held) return { year: held.year, sequence: held.sequence };
    const sequence = await claimNextInSequence(
      this.claims,
      { tenantId: document.tenantId, kind: document.kind, year },
      (next) => ({
        _id: claimId(document.tenantId, document.kind, year, next),
        tenantId: document.tenantId,
        kind: document.kind,
        year,
        sequence: next,
        documentId: document.id,
        claimedAt: new Date(),
      }),
      MAX_CLAIM_ATTEMPTS,
    );
    if (sequence === undefined)
      throw new Error('Could not claim a document number: too many documents are being issued at once');
    return { year, sequence };
  }

  /** Whether the document holds a number (a draft that does must be issued, never deleted). */
  async holdsNumber(tenantId: string, documentId: string): Promise<boolean> {
    return (await this.claims.countDocuments({ tenantId, documentId })) > 0;
  }

  /** The list's order, for reading its page tokens. */
  static readonly listOrder = documentsNewestFirst;
  /** The sync order (`search` with `byUpdate`): (updatedAt, _id) ascending. */
  static readonly updateOrder = documentsByUpdate;

  /** Newest first. Not counted: "has more" only. */
  async list(
    tenantId: string,
    filter: DocumentFilter,
    page: Page,
  ): Promise<{ documents: BillingDocument[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.clientId) query.clientId = filter.clientId;
    if (filter.kind) query.kind = filter.kind;
    if (filter.status) query.status = filter.status;
    const { documents, nextPageToken } = await this.findPage(query, documentsNewestFirst, page);
    return { documents: documents.map((record) => fromStored<BillingDocument>(record)), nextPageToken };
  }

  // -------------------------------------------------------------------------------------------------
  // Documents slice: lists by display status and period, documents made from another, migration.
  // -------------------------------------------------------------------------------------------------

  /**
   * Newest first, with the staff screens' and the portal's filters: a display status (translated to
   * stored fields, see `displayStatusQuery`), a period of issue dates, and `issuedOnly` for client users
   * (who never see drafts).
   */
  async search(
    tenantId: string,
    filter: DocumentSearch,
    page: Page,
  ): Promise<{ documents: BillingDocument[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.clientId) query.clientId = filter.clientId;
    if (filter.kind) query.kind = filter.kind;
    if (filter.issuedOnly) query.status = { $ne: 'draft' };
    if (filter.displayStatus) Object.assign(query, displayStatusQuery(filter.displayStatus, filter.today));
    if (filter.issuedFrom || filter.issuedBefore) {
      const range: Record<string, string> = {};
      if (filter.issuedFrom) range.$gte = filter.issuedFrom;
      if (filter.issuedBefore) range.$lt = filter.issuedBefore;
      query.issueDate = range;
      if (!query.status) query.status = { $ne: 'draft' };
    }
    if (filter.updatedSince) query.updatedAt = { $gte: filter.updatedSince };
    const order = filter.byUpdate || filter.updatedSince ? documentsByUpdate : documentsNewestFirst;
    const { documents, nextPageToken } = await this.findPage(query, order, page);
    return { documents: documents.map((record) => fromStored<BillingDocument>(record)), nextPageToken };
  }

  // ---------------------------------------------------------------------------------------------
  // The client's view (acceptance slice; to fold into the documents API): issued documents only.

  /** A client's documents that are not drafts, newest first, optionally of one kind and issue-date range. */
  async listIssuedForClient(
    tenantId: string,
    clientId: string,
    filter: { kind?: DocumentKind; from?: string; to?: string },
    page: Page,
  ): Promise<{ documents: BillingDocument[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId, clientId, status: { $ne: 'draft' } };
    if (filter.kind) query.kind = filter.kind;
    if (filter.from && filter.to) query.issueDate = { $gte: filter.from, $lte: filter.to };
    const { documents, nextPageToken } = await this.findPage(query, documentsNewestFirst, page);
    return { documents: documents.map((record) => fromStored<BillingDocument>(record)), nextPageToken };
  }

  /** The documents made from one (the invoices of a quote, the credit notes of an invoice). */
  async madeFrom(tenantId: string, sourceId: string): Promise<BillingDocument[]> {
    const records = await this.model.find({ tenantId, 'source.id': sourceId }).lean<DocumentRecord[]>();
    return records.map((record) => fromStored<BillingDocument>(record));
  }

  /**
   * Copies a document written elsewhere (the retired `invoices` collection) with its number claim, both
   * by their own ids: running it again finds both already there and changes nothing.
   */
  async adopt(document: BillingDocument): Promise<boolean> {
    try {
      await this.claims.create({
        _id: claimId(document.tenantId, document.kind, document.year, document.sequence),
        tenantId: document.tenantId,
        kind: document.kind,
        year: document.year,
        sequence: document.sequence,
        documentId: document.id,
        claimedAt: document.issuedAt ?? document.createdAt,
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    try {
      return await this.insert(document);
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** The kinds and issue years a client has issued documents of (the portal's tabs and year filter). */
  async issuedKindsAndYears(
    tenantId: string,
    clientId: string,
  ): Promise<{ kinds: string[]; years: number[] }> {
    const records = await this.model
      .find({ tenantId, clientId, status: { $ne: 'draft' } }, { kind: 1, issueDate: 1 })
      .lean<Pick<DocumentRecord, 'kind' | 'issueDate'>[]>();
    const kinds = new Set<string>();
    const years = new Set<number>();
    for (const record of records) {
      kinds.add(record.kind);
      const year = Number(record.issueDate.slice(0, 4));
      if (year) years.add(year);
    }
    return { kinds: [...kinds], years: [...years].sort((a, b) => b - a) };
  }

  // --- Recurring slice: overdue invoices for the reminder scheduler ---------------------------------

  /**
   * Every tenant's issued invoices whose due date is in [`dueFrom`, `dueBefore`), oldest due first.
   * Paid and void ones have another status; the caller still checks the amount due (partly paid).
   */
  async issuedInvoicesDueBetween(
    dueFrom: string,
    dueBefore: string,
    limit: number,
    after?: { dueDate: string; id: string },
  ): Promise<BillingDocument[]> {
    const query: Record<string, unknown> = {
      kind: 'invoice',
      status: 'issued',
      dueDate: { $gte: dueFrom, $lt: dueBefore },
    };
    // The next batch starts after the last one read (keyset on dueDate, _id).
    if (after)
      query.$or = [{ dueDate: { $gt: after.dueDate } }, { dueDate: after.dueDate, _id: { $gt: after.id } }];
    const records = await this.model
      .find(query)
      .sort({ dueDate: 1, _id: 1 })
      .limit(limit)
      .lean<DocumentRecord[]>();
    return records.map((record) => fromStored<BillingDocument>(record));
  }
}

/** The documents slice's list filters. */
export interface DocumentSearch {
  clientId?: string;
  kind?: DocumentKind;
  displayStatus?: DisplayStatus;
  /** YYYY-MM-DD (UTC): what "overdue" is measured against. */
  today: string;
  /** Issue dates in [issuedFrom, issuedBefore), YYYY-MM-DD. */
  issuedFrom?: string;
  issuedBefore?: string;
  /** Client users: never a draft. */
  issuedOnly?: boolean;
  /** Only documents changed at or after it; implies `byUpdate`. */
  updatedSince?: Date;
  /** Least recently changed first, (updatedAt, _id) ascending: the order a partner syncs in. */
  byUpdate?: boolean;
}

/**
 * A display status as stored fields (the same reading as `displayStatus`, most telling first):
 * overdue and partially paid apply to invoices and proformas; sent/viewed/issued exclude what a more
 * telling status already takes.
 */
export function displayStatusQuery(status: DisplayStatus, today: string): Record<string, unknown> {
  const payable = { $in: ['invoice', 'proforma'] };
  const notOverdue = {
    $or: [{ kind: { $nin: ['invoice', 'proforma'] } }, { dueDate: '' }, { dueDate: { $gte: today } }],
  };
  switch (status) {
    case 'draft':
    case 'accepted':
    case 'rejected':
    case 'paid':
    case 'void':
      return { status };
    case 'overdue':
      return { status: 'issued', kind: payable, dueDate: { $lt: today, $ne: '' } };
    case 'partially_paid':
      return { status: 'issued', kind: payable, paidMinor: { $gt: 0 }, ...notOverdue };
    case 'viewed':
      return { status: 'issued', viewedAt: { $ne: null }, ...notOverdue, $and: [notPartlyPaid] };
    case 'sent':
      return {
        status: 'issued',
        sentAt: { $ne: null },
        viewedAt: null,
        ...notOverdue,
        $and: [notPartlyPaid],
      };
    case 'issued':
      return { status: 'issued', sentAt: null, viewedAt: null, ...notOverdue, $and: [notPartlyPaid] };
  }
}
const notPartlyPaid = { $or: [{ kind: { $nin: ['invoice', 'proforma'] } }, { paidMinor: 0 }] };

import { Schema, type Connection } from 'mongoose';
import { claimByInsert, MongoStore } from '@client-portal/kit';
import type { AcceptanceEvidence } from '../domain/acceptance.js';

type EvidenceRecord = Omit<AcceptanceEvidence, 'id'> & { _id: string };

const evidenceSchema = new Schema<EvidenceRecord>(
  {
    _id: { type: String, required: true },
    acceptanceId: { type: String, required: true },
    tenantId: { type: String, required: true },
    documentId: { type: String, required: true },
    clientId: { type: String, required: true },
    number: { type: String, required: true },
    revision: { type: Number, required: true },
    decision: { type: String, required: true },
    pdfSha256: { type: String, required: true },
    pdf: { type: Buffer, required: true },
    signerName: { type: String, required: true },
    comment: { type: String, default: '' },
    userId: { type: String, required: true },
    userEmail: { type: String, default: '' },
    answeredAt: { type: Date, required: true },
    ipAddress: { type: String, default: '' },
    userAgent: { type: String, default: '' },
    sellerName: { type: String, default: '' },
    buyerName: { type: String, default: '' },
    voidedAt: { type: Date, default: null },
    voidReason: { type: String, default: '' },
  },
  { versionKey: false },
);
// The public page finds the evidence by its id alone (it knows no tenant).
evidenceSchema.index({ acceptanceId: 1 }, { unique: true });
evidenceSchema.index({ tenantId: 1, documentId: 1, answeredAt: -1 });

export const ACCEPTANCES_COLLECTION = 'quote_acceptances';

function fromRecord(record: EvidenceRecord): AcceptanceEvidence {
  const { _id, pdf, ...rest } = record;
  // Lean reads give BSON Binary for buffers: back to a Buffer.
  const bytes = Buffer.isBuffer(pdf) ? pdf : Buffer.from((pdf as unknown as { buffer: Uint8Array }).buffer);
  return { id: _id, pdf: bytes, ...rest };
}

/** The evidence of quote answers: the only code that touches `quote_acceptances`. */
export class AcceptanceRepository extends MongoStore<EvidenceRecord> {
  constructor(connection: Connection) {
    super(connection, 'QuoteAcceptance', evidenceSchema, ACCEPTANCES_COLLECTION);
  }

  /**
   * Claims the answer of one revision of a quote by inserting its evidence: `_id` is
   * `<documentId>|<revision>`, so of two concurrent answers exactly one is stored. False: taken already.
   */
  async claim(evidence: AcceptanceEvidence): Promise<boolean> {
    return claimByInsert(this.model, evidence);
  }

  /** Undoes a claim whose document could not be updated (it changed meanwhile): nothing was answered. */
  async release(evidence: Pick<AcceptanceEvidence, 'id' | 'acceptanceId'>): Promise<void> {
    await this.model.deleteOne({ _id: evidence.id, acceptanceId: evidence.acceptanceId });
  }

  async find(tenantId: string, id: string): Promise<AcceptanceEvidence | undefined> {
    const record = await this.model.findOne({ _id: id, tenantId }).lean<EvidenceRecord>();
    return record ? fromRecord(record) : undefined;
  }

  /** By the public id, whatever the tenant: the verification page's only key. */
  async findByAcceptanceId(acceptanceId: string): Promise<AcceptanceEvidence | undefined> {
    const record = await this.model.findOne({ acceptanceId }).lean<EvidenceRecord>();
    return record ? fromRecord(record) : undefined;
  }

  /** Every answer a quote received, newest first (one per revision at most). */
  async listForDocument(tenantId: string, documentId: string): Promise<AcceptanceEvidence[]> {
    const records = await this.model
      .find({ tenantId, documentId })
      .sort({ answeredAt: -1 })
      .lean<EvidenceRecord[]>();
    return records.map(fromRecord);
  }

  /** Marks the evidence void (idempotent: the first voiding's time and reason stay). */
  async markVoid(tenantId: string, id: string, reason: string, at: Date): Promise<void> {
    await this.model.updateOne(
      { _id: id, tenantId, voidedAt: null },
      { $set: { voidedAt: at, voidReason: reason } },
    );
  }
}

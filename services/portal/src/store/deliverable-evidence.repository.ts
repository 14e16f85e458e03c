import { Schema, type Connection } from 'mongoose';
import { claimByInsert, MongoStore } from '@client-portal/kit';
import type { Decision } from '../domain/deliverable.js';

/**
 * The evidence of one decision on one deliverable version, stored once and never changed (but for its
 * voiding when a later version is uploaded). Its `_id` is the claim `<deliverableId>|<version>|<slot>`.
 */
export interface DecisionEvidence {
  id: string;
  /** The public key (a random UUID): the verification page's address. */
  decisionId: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  clientName: string;
  deliverableId: string;
  title: string;
  version: number;
  fileName: string;
  sizeBytes: number;
  /** SHA-256 (hex) of the exact bytes of that version, computed by portal from the stored object. */
  sha256: string;
  decision: Decision;
  comment: string;
  contactId: string;
  approverName: string;
  userId: string;
  userEmail: string;
  decidedAt: Date;
  ipAddress: string;
  userAgent: string;
  voidedAt: Date | null;
  voidReason: string;
}

type EvidenceRecord = Omit<DecisionEvidence, 'id'> & { _id: string };

const evidenceSchema = new Schema<EvidenceRecord>(
  {
    _id: { type: String, required: true },
    decisionId: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    clientId: { type: String, required: true },
    clientName: { type: String, default: '' },
    deliverableId: { type: String, required: true },
    title: { type: String, required: true },
    version: { type: Number, required: true },
    fileName: { type: String, required: true },
    sizeBytes: { type: Number, required: true },
    sha256: { type: String, required: true },
    decision: { type: String, required: true },
    comment: { type: String, default: '' },
    contactId: { type: String, default: '' },
    approverName: { type: String, default: '' },
    userId: { type: String, required: true },
    userEmail: { type: String, default: '' },
    decidedAt: { type: Date, required: true },
    ipAddress: { type: String, default: '' },
    userAgent: { type: String, default: '' },
    voidedAt: { type: Date, default: null },
    voidReason: { type: String, default: '' },
  },
  { versionKey: false },
);
// The public page knows the decision id only (no tenant).
evidenceSchema.index({ decisionId: 1 }, { unique: true });
evidenceSchema.index({ tenantId: 1, deliverableId: 1, version: 1 });

export const DELIVERABLE_DECISIONS_COLLECTION = 'deliverable_decisions';

function fromRecord(record: EvidenceRecord): DecisionEvidence {
  const { _id, ...rest } = record;
  return { id: _id, ...rest };
}

export class DeliverableEvidenceRepository extends MongoStore<EvidenceRecord> {
  constructor(connection: Connection) {
    super(connection, 'DeliverableDecision', evidenceSchema, DELIVERABLE_DECISIONS_COLLECTION);
  }

  /** Claims the decision by inserting its evidence; false when that approver (slot) already decided. */
  async claim(evidence: DecisionEvidence): Promise<boolean> {
    return claimByInsert(this.model, evidence);
  }

  /** Undoes a claim whose deliverable could not be updated: nothing was decided. */
  async release(evidence: Pick<DecisionEvidence, 'id' | 'decisionId'>): Promise<void> {
    await this.model.deleteOne({ _id: evidence.id, decisionId: evidence.decisionId });
  }

  async findByDecisionId(decisionId: string): Promise<DecisionEvidence | undefined> {
    const record = await this.model.findOne({ decisionId }).lean<EvidenceRecord>();
    return record ? fromRecord(record) : undefined;
  }

  async listForDeliverable(tenantId: string, deliverableId: string): Promise<DecisionEvidence[]> {
    const records = await this.model
      .find({ tenantId, deliverableId })
      .sort({ decidedAt: 1 })
      .lean<EvidenceRecord[]>();
    return records.map(fromRecord);
  }

  /** Voids the approvals of versions before `version` (idempotent: the first voiding stays). */
  async voidApprovalsBefore(
    tenantId: string,
    deliverableId: string,
    version: number,
    reason: string,
    at: Date,
  ): Promise<void> {
    await this.model.updateMany(
      { tenantId, deliverableId, version: { $lt: version }, decision: 'approved', voidedAt: null },
      { $set: { voidedAt: at, voidReason: reason } },
    );
  }
}

import { Schema, type Connection } from 'mongoose';
import {
  fromStored,
  insertWithEvents,
  MongoStore,
  outboxPlugin,
  withOutbox,
  type OutboxEntry,
  type Stored,
} from '@client-portal/kit';
import type { Deliverable } from '../domain/deliverable.js';

type DeliverableDocument = Stored<Deliverable>;

const decisionSchema = new Schema(
  {
    decisionId: String,
    slot: String,
    contactId: String,
    userId: String,
    approverName: String,
    decision: String,
    comment: String,
    decidedAt: Date,
    voidedAt: { type: Date, default: null },
    voidReason: { type: String, default: '' },
  },
  { _id: false },
);

const versionSchema = new Schema(
  {
    number: Number,
    fileName: String,
    contentType: String,
    sizeBytes: Number,
    sha256: String,
    objectKey: String,
    uploadedAt: Date,
    uploadedBy: String,
    uploadedByName: String,
    status: String,
    decisions: { type: [decisionSchema], default: [] },
  },
  { _id: false },
);

const deliverableSchema = new Schema<DeliverableDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    clientId: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, default: '' },
    approvers: { type: [{ _id: false, contactId: String, name: String }], default: [] },
    versions: { type: [versionSchema], default: [] },
    createdBy: { type: String, default: '' },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    revision: { type: Number, required: true },
  },
  { versionKey: false },
);
// A workspace's deliverables, newest first.
deliverableSchema.index({ tenantId: 1, workspaceId: 1, createdAt: -1 });
// A client user's awaiting decisions (the action inbox): their client's deliverables.
deliverableSchema.index({ tenantId: 1, clientId: 1 });
deliverableSchema.plugin(outboxPlugin);

export const DELIVERABLES_COLLECTION = 'deliverables';

/** At most this many deliverables per workspace list (a workspace holds tens, not thousands). */
export const DELIVERABLES_LISTED = 200;

const toDeliverable = (document: DeliverableDocument): Deliverable => fromStored<Deliverable>(document);

/** The only code that touches portal's deliverables. Every query is scoped by tenant. */
export class DeliverableRepository extends MongoStore<DeliverableDocument> {
  constructor(connection: Connection) {
    super(connection, 'Deliverable', deliverableSchema, DELIVERABLES_COLLECTION);
  }

  async insert(deliverable: Deliverable, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.model, deliverable, events);
  }

  async find(tenantId: string, id: string): Promise<Deliverable | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<DeliverableDocument>();
    return document ? toDeliverable(document) : undefined;
  }

  /** Saves `deliverable` if nobody wrote since `expectedRevision` was read; false otherwise. */
  async replace(
    deliverable: Deliverable,
    expectedRevision: number,
    ...events: OutboxEntry[]
  ): Promise<boolean> {
    const { id, tenantId, ...state } = deliverable;
    const result = await this.model.updateOne(
      { _id: id, tenantId, revision: expectedRevision },
      withOutbox({ $set: state }, ...events),
    );
    return result.modifiedCount === 1;
  }

  /** Newest first; `withVersionOnly` leaves out deliverables without a file (what client users see). */
  async listForWorkspace(
    tenantId: string,
    workspaceId: string,
    options: { withVersionOnly: boolean; limit?: number },
  ): Promise<Deliverable[]> {
    const query: Record<string, unknown> = { tenantId, workspaceId };
    if (options.withVersionOnly) query['versions.0'] = { $exists: true };
    const documents = await this.model
      .find(query)
      .sort({ createdAt: -1, _id: -1 })
      .limit(options.limit ?? DELIVERABLES_LISTED)
      .lean<DeliverableDocument[]>();
    return documents.map(toDeliverable);
  }

  /** A client's deliverables in the given workspaces that have a version (the action inbox filters them). */
  async listForClient(tenantId: string, clientId: string, workspaceIds: string[]): Promise<Deliverable[]> {
    const documents = await this.model
      .find({ tenantId, clientId, workspaceId: { $in: workspaceIds }, 'versions.0': { $exists: true } })
      .limit(1000)
      .lean<DeliverableDocument[]>();
    return documents.map(toDeliverable);
  }
}

import { MongoStore, type HandlerContext } from '@client-portal/kit';
import { Schema, type Connection } from 'mongoose';
import type { SharedDocument } from '../domain/shared-document.js';

type SharedDocumentDocument = Omit<SharedDocument, 'id'> & { _id: string };

const sharedDocumentSchema = new Schema<SharedDocumentDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    kind: { type: String, required: true },
    number: { type: String, required: true },
    totalMinor: { type: Number, required: true },
    currency: { type: String, required: true },
    status: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    dueDate: { type: String, required: true },
  },
  { versionKey: false },
);
sharedDocumentSchema.index({ tenantId: 1, clientId: 1, issuedAt: -1 });

export const SHARED_DOCUMENTS_COLLECTION = 'shared_documents';

// Picks the fields rather than spreading: the documents also hold the consumer's applied event ids.
const toSharedDocument = (document: SharedDocumentDocument): SharedDocument => ({
  id: document._id,
  tenantId: document.tenantId,
  clientId: document.clientId,
  kind: document.kind,
  number: document.number,
  totalMinor: document.totalMinor,
  currency: document.currency,
  status: document.status,
  issuedAt: document.issuedAt,
  dueDate: document.dueDate,
});

/** Portal's read model of billing documents, written only by its event consumer. */
export class SharedDocumentRepository extends MongoStore<SharedDocumentDocument> {
  constructor(connection: Connection) {
    super(connection, 'SharedDocument', sharedDocumentSchema, SHARED_DOCUMENTS_COLLECTION);
  }

  /** Records (or refreshes) a billing document shared with its client, once per event. */
  async recordShared(
    context: HandlerContext,
    tenantId: string,
    document: Omit<SharedDocument, 'tenantId'>,
  ): Promise<void> {
    const { id, ...fields } = document;
    await context.applyOnce(this.model, { _id: id, tenantId }, { $set: fields }, { upsert: true });
  }

  /** A client's documents, newest first. */
  async listForClient(tenantId: string, clientId: string, limit: number): Promise<SharedDocument[]> {
    const documents = await this.model
      .find({ tenantId, clientId })
      .sort({ issuedAt: -1, _id: 1 })
      .limit(limit)
      .lean<SharedDocumentDocument[]>();
    return documents.map(toSharedDocument);
  }
}

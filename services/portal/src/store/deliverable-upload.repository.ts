import { Schema, type Connection } from 'mongoose';
import { MongoStore } from '@client-portal/kit';

/** A version upload a presigned URL was handed out for; it shows nowhere until completed. */
export interface PendingUpload {
  id: string;
  tenantId: string;
  deliverableId: string;
  objectKey: string;
  fileName: string;
  declaredType: string;
  requestedBy: string;
  requestedAt: Date;
}

type UploadRecord = Omit<PendingUpload, 'id'> & { _id: string };

const uploadSchema = new Schema<UploadRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    deliverableId: { type: String, required: true },
    objectKey: { type: String, required: true },
    fileName: { type: String, required: true },
    declaredType: { type: String, default: '' },
    requestedBy: { type: String, default: '' },
    requestedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
uploadSchema.index({ tenantId: 1, deliverableId: 1 });

export const DELIVERABLE_UPLOADS_COLLECTION = 'deliverable_uploads';

export class DeliverableUploadRepository extends MongoStore<UploadRecord> {
  constructor(connection: Connection) {
    super(connection, 'DeliverableUpload', uploadSchema, DELIVERABLE_UPLOADS_COLLECTION);
  }

  async insert(upload: PendingUpload): Promise<void> {
    const { id, ...rest } = upload;
    await this.model.create({ _id: id, ...rest });
  }

  async find(tenantId: string, deliverableId: string, id: string): Promise<PendingUpload | undefined> {
    const record = await this.model.findOne({ _id: id, tenantId, deliverableId }).lean<UploadRecord>();
    if (!record) return undefined;
    const { _id, ...rest } = record;
    return { id: _id, ...rest };
  }

  /** True for the one caller that removed it (a completion claims its upload this way). */
  async remove(tenantId: string, id: string): Promise<boolean> {
    const result = await this.model.deleteOne({ _id: id, tenantId });
    return result.deletedCount === 1;
  }
}

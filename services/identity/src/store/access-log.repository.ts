import { MongoStore } from '@client-portal/kit';
import { Schema, type Connection } from 'mongoose';
import type { AccessLogEntry } from '../domain/access-log.js';

type AccessLogDocument = Omit<AccessLogEntry, 'id'> & { _id: string };

const accessLogSchema = new Schema<AccessLogDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    externalUserId: { type: String, required: true },
    userName: { type: String, default: '' },
    userEmail: { type: String, default: '' },
    action: { type: String, required: true },
    workspaceId: { type: String, default: '' },
    actorId: { type: String, default: '' },
    actorName: { type: String, default: '' },
    reason: { type: String, default: '' },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
// A client's log, newest first.
accessLogSchema.index({ tenantId: 1, clientId: 1, at: -1 });

export const ACCESS_LOG_COLLECTION = 'access_log';

/** Identity's access log (revocation slice): append-only, one document per fact, scoped by tenant. */
export class AccessLogRepository extends MongoStore<AccessLogDocument> {
  constructor(connection: Connection) {
    super(connection, 'AccessLogEntry', accessLogSchema, ACCESS_LOG_COLLECTION);
  }

  async append(entry: AccessLogEntry): Promise<void> {
    const { id, ...rest } = entry;
    await this.model.create({ _id: id, ...rest });
  }

  /** A client's latest 200 facts, newest first (a handful per person: not paged). */
  async listByClient(tenantId: string, clientId: string): Promise<AccessLogEntry[]> {
    const documents = await this.model
      .find({ tenantId, clientId })
      .sort({ at: -1, _id: -1 })
      .limit(200)
      .lean<AccessLogDocument[]>();
    return documents.map(({ _id, ...rest }) => ({ id: _id, ...rest }));
  }
}

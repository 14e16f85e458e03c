import { Schema, type Connection } from 'mongoose';
import { MongoStore } from '@client-portal/kit';

interface ReadMarkerDocument {
  /** `<tenantId>|<userId>|<workspaceId>`: one marker per user and conversation. */
  _id: string;
  tenantId: string;
  userId: string;
  workspaceId: string;
  readAt: Date;
}

const readMarkerSchema = new Schema<ReadMarkerDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    userId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    readAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const READ_MARKERS_COLLECTION = 'read_markers';

const markerId = (tenantId: string, userId: string, workspaceId: string) =>
  `${tenantId}|${userId}|${workspaceId}`;

/**
 * Where each user stopped reading each conversation. A marker only moves forward: a later write with
 * an earlier time (two tabs) keeps the later one, so no unread message comes back.
 */
export class ReadMarkerRepository extends MongoStore<ReadMarkerDocument> {
  constructor(connection: Connection) {
    super(connection, 'ReadMarker', readMarkerSchema, READ_MARKERS_COLLECTION);
  }

  async markRead(tenantId: string, userId: string, workspaceId: string, readAt: Date): Promise<void> {
    const _id = markerId(tenantId, userId, workspaceId);
    const existing = await this.model.findOne({ _id }).lean<ReadMarkerDocument>();
    if (existing && existing.readAt >= readAt) return;
    await this.model.updateOne(
      { _id },
      { $set: { tenantId, userId, workspaceId, readAt } },
      { upsert: true },
    );
  }

  async readAt(tenantId: string, userId: string, workspaceIds: string[]): Promise<Map<string, Date>> {
    const documents = await this.model
      .find({ _id: { $in: workspaceIds.map((id) => markerId(tenantId, userId, id)) } })
      .lean<ReadMarkerDocument[]>();
    return new Map(documents.map((document) => [document.workspaceId, document.readAt]));
  }

  /** Message actions ("seen by"): who has read the conversation up to `at` or later. */
  async readersSince(tenantId: string, workspaceId: string, at: Date): Promise<string[]> {
    const documents = await this.model
      .find({ tenantId, workspaceId, readAt: { $gte: at } })
      .limit(200)
      .lean<ReadMarkerDocument[]>();
    return documents.map((document) => document.userId);
  }
}

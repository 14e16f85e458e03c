import { Schema, type Connection } from 'mongoose';
import { MongoStore, outboxPlugin, withOutbox, type OutboxEntry, type WithOutbox } from '@client-portal/kit';

interface ReadMarkerDocument extends WithOutbox {
  /**
   * `<tenantId>|<userId>|<conversationId>`: one marker per user and conversation. Markers written before
   * conversations (issue 10) were per workspace; a workspace's default conversation has the workspace's
   * id, so they are that conversation's markers as they stand.
   */
  _id: string;
  tenantId: string;
  userId: string;
  /** Issue 10's field: the workspace ('' for a client-level conversation). */
  workspaceId: string;
  conversationId?: string;
  readAt: Date;
}

const readMarkerSchema = new Schema<ReadMarkerDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    userId: { type: String, required: true },
    workspaceId: { type: String, default: '' },
    conversationId: { type: String },
    readAt: { type: Date, required: true },
  },
  { versionKey: false },
);
readMarkerSchema.plugin(outboxPlugin);

export const READ_MARKERS_COLLECTION = 'read_markers';

const markerId = (tenantId: string, userId: string, conversationId: string) =>
  `${tenantId}|${userId}|${conversationId}`;

/**
 * Where each user stopped reading each conversation. A marker only moves forward: a later write with
 * an earlier time (two tabs) keeps the later one, so no unread message comes back.
 */
export class ReadMarkerRepository extends MongoStore<ReadMarkerDocument> {
  constructor(connection: Connection) {
    super(connection, 'ReadMarker', readMarkerSchema, READ_MARKERS_COLLECTION);
  }

  /** True when the marker moved (then `events` are published with it). */
  async markRead(
    tenantId: string,
    userId: string,
    conversation: { id: string; workspaceId: string },
    readAt: Date,
    ...events: OutboxEntry[]
  ): Promise<boolean> {
    const _id = markerId(tenantId, userId, conversation.id);
    const existing = await this.model.findOne({ _id }).lean<ReadMarkerDocument>();
    if (existing && existing.readAt >= readAt) return false;
    await this.model.updateOne(
      { _id },
      withOutbox(
        {
          $set: {
            tenantId,
            userId,
            workspaceId: conversation.workspaceId,
            conversationId: conversation.id,
            readAt,
          },
        },
        ...events,
      ),
      { upsert: true },
    );
    return true;
  }

  /** The user's markers of these conversations, by conversation id. */
  async readAt(tenantId: string, userId: string, conversationIds: string[]): Promise<Map<string, Date>> {
    if (conversationIds.length === 0) return new Map();
    const prefix = `${tenantId}|${userId}|`;
    const documents = await this.model
      .find({ _id: { $in: conversationIds.map((id) => markerId(tenantId, userId, id)) } })
      .lean<ReadMarkerDocument[]>();
    return new Map(documents.map((document) => [document._id.slice(prefix.length), document.readAt]));
  }

  /** Message actions ("seen by"): who has read the conversation up to `at` or later. */
  async readersSince(tenantId: string, conversationId: string, at: Date): Promise<string[]> {
    // Markers from before conversations carry only the workspace: its default conversation's id.
    const documents = await this.model
      .find({
        tenantId,
        readAt: { $gte: at },
        $or: [{ conversationId }, { conversationId: { $exists: false }, workspaceId: conversationId }],
      })
      .limit(200)
      .lean<ReadMarkerDocument[]>();
    return documents.map((document) => document.userId);
  }
}

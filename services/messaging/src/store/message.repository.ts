import { Schema, type Connection } from 'mongoose';
import {
  withOutbox,
  Keyset,
  MongoStore,
  outboxPlugin,
  type OutboxEntry,
  type Page,
  type WithOutbox,
} from '@client-portal/kit';
import { updatedAtOf, type Message } from '../domain/message.js';

// conversationId is missing on messages written before conversations (issue 12), until migrated; the
// message actions' fields (issue 12) are missing on documents written before them, and may lack a body.
type ActionFields = 'body' | 'attachments' | 'mentions' | 'editedAt' | 'deletedAt' | 'version';
type MessageDocument = Omit<Message, 'id' | 'conversationId' | ActionFields> &
  Partial<Pick<Message, ActionFields>> & {
    _id: string;
    conversationId?: string;
    updatedAt?: Date;
  } & WithOutbox;

const messageSchema = new Schema<MessageDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, default: '' },
    conversationId: { type: String },
    clientId: { type: String, required: true },
    author: {
      userId: { type: String, required: true },
      displayName: String,
      kind: { type: String, required: true },
    },
    // '' once deleted, or for a message of attachments only (issue 12).
    body: { type: String, default: '' },
    createdAt: { type: Date, required: true },
    // Message actions (issue 12); older documents have none of these (read as empty / null / 0).
    attachments: {
      type: [{ _id: false, id: String, name: String, size: Number, contentType: String }],
      default: undefined,
    },
    mentions: {
      type: [{ _id: false, userId: String, kind: String, displayName: String }],
      default: undefined,
    },
    editedAt: Date,
    deletedAt: Date,
    version: Number,
    // updatedAtOf(message), written with every insert and replace (the sync order); messages stored
    // before the partner API get it at start-up (backfillUpdatedAt).
    updatedAt: Date,
  },
  { versionKey: false },
);
// A conversation reads oldest first.
const messagesOldestFirst = new Keyset('messages.oldestFirst', { createdAt: 1, _id: 1 });
messageSchema.index(messagesOldestFirst.index({ tenantId: 1, workspaceId: 1 }));
messageSchema.index(messagesOldestFirst.index({ tenantId: 1, conversationId: 1 }));
// The partner API's sync order: oldest change first.
const messagesByUpdate = new Keyset('messages.updated', { updatedAt: 1, _id: 1 });
messageSchema.index(messagesByUpdate.index({ tenantId: 1, conversationId: 1 }));
messageSchema.plugin(outboxPlugin);

export const MESSAGES_COLLECTION = 'messages';

function toMessage(document: MessageDocument): Message {
  const { _id, _outbox: _pending, updatedAt: _updated, ...rest } = document;
  return {
    id: _id,
    ...rest,
    // Messages stored before conversations belong to their workspace's default conversation.
    conversationId: rest.conversationId || rest.workspaceId,
    author: { ...rest.author },
    body: rest.body ?? '',
    // Message actions (issue 12): documents written before them carry none of these fields.
    attachments: (rest.attachments ?? []).map((attachment) => ({ ...attachment })),
    mentions: (rest.mentions ?? []).map((mention) => ({ ...mention })),
    editedAt: rest.editedAt ?? null,
    deletedAt: rest.deletedAt ?? null,
    version: rest.version ?? 0,
  };
}

/** The only code that touches messaging's messages. Every query is scoped by tenant. */
export class MessageRepository extends MongoStore<MessageDocument> {
  constructor(connection: Connection) {
    super(connection, 'Message', messageSchema, MESSAGES_COLLECTION);
  }

  async insert(message: Message, ...events: OutboxEntry[]): Promise<void> {
    const { id, ...rest } = message;
    await this.model.create({ _id: id, ...rest, updatedAt: updatedAtOf(message), _outbox: events });
  }

  /** The list's order, for reading its page tokens. */
  static readonly listOrder = messagesOldestFirst;

  /**
   * Issue 12: messages written before conversations get their workspace's default conversation (whose
   * id is the workspace's). Run at start-up; idempotent, and a no-op once done.
   */
  async migrateToConversations(): Promise<number> {
    const workspaceIds: string[] = await this.model.distinct('workspaceId', {
      conversationId: { $exists: false },
    });
    let migrated = 0;
    for (const workspaceId of workspaceIds) {
      const result = await this.model.updateMany(
        { workspaceId, conversationId: { $exists: false } },
        { $set: { conversationId: workspaceId } },
      );
      migrated += result.modifiedCount;
    }
    return migrated;
  }

  /** Oldest first, so a page reads as a conversation. Not counted: "has more" only. */
  async listInConversation(
    tenantId: string,
    conversationId: string,
    page: Page,
  ): Promise<{ messages: Message[]; nextPageToken: string }> {
    const { documents, nextPageToken } = await this.findPage(
      { tenantId, conversationId },
      messagesOldestFirst,
      page,
    );
    return { messages: documents.map(toMessage), nextPageToken };
  }

  static readonly updateOrder = messagesByUpdate;

  /** Oldest change first (posted, edited, deleted), from `updatedSince` on: the partner API's sync. */
  async listInConversationByUpdate(
    tenantId: string,
    conversationId: string,
    updatedSince: Date | undefined,
    page: Page,
  ): Promise<{ messages: Message[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId, conversationId };
    if (updatedSince) query.updatedAt = { $gte: updatedSince };
    const { documents, nextPageToken } = await this.findPage(query, messagesByUpdate, page);
    return { messages: documents.map(toMessage), nextPageToken };
  }

  /**
   * Messages stored before the partner API have no `updatedAt`: start-up writes it (the last of
   * posted, edited, deleted). Idempotent; a no-op once done. Run after migrateToConversations.
   */
  async backfillUpdatedAt(): Promise<number> {
    const documents = await this.model.find({ updatedAt: { $exists: false } }).lean<MessageDocument[]>();
    for (const document of documents)
      await this.model.updateOne(
        { _id: document._id, updatedAt: { $exists: false } },
        {
          $set: {
            updatedAt: updatedAtOf({
              createdAt: document.createdAt,
              editedAt: document.editedAt ?? null,
              deletedAt: document.deletedAt ?? null,
            }),
          },
        },
      );
    return documents.length;
  }

  /** Messages by others after `after` (all of them without a marker): how many, and the newest. */
  async unread(
    tenantId: string,
    conversationId: string,
    userId: string,
    after: Date | undefined,
  ): Promise<{ count: number; newest: Message | undefined }> {
    const filter = {
      tenantId,
      conversationId,
      'author.userId': { $ne: userId },
      ...(after ? { createdAt: { $gt: after } } : {}),
    };
    const count = await this.model.countDocuments(filter);
    if (count === 0) return { count, newest: undefined };
    const newest = await this.model.findOne(filter).sort({ createdAt: -1, _id: -1 }).lean<MessageDocument>();
    return { count, newest: newest ? toMessage(newest) : undefined };
  }

  // ---------------------------------------------------------------- message actions (issue 12)

  async find(tenantId: string, id: string): Promise<Message | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<MessageDocument>();
    return document ? toMessage(document) : undefined;
  }

  /**
   * Writes the message's new state only if it is still at `expectedVersion`; the caller has set
   * `version` to `expectedVersion + 1`. False: changed meanwhile, nothing written. A document written
   * before versions existed counts as version 0.
   */
  async replace(message: Message, expectedVersion: number, ...events: OutboxEntry[]): Promise<boolean> {
    const { id, tenantId, ...state } = message;
    const version =
      expectedVersion === 0
        ? { $or: [{ version: 0 }, { version: { $exists: false } }] }
        : { version: expectedVersion };
    const result = await this.model.updateOne(
      { _id: id, tenantId, ...version },
      withOutbox({ $set: { ...state, updatedAt: updatedAtOf(message) } }, ...events),
    );
    return result.modifiedCount === 1;
  }

  /** The newest message of a workspace's conversation ("seen by"). */
  async newestInConversation(tenantId: string, conversationId: string): Promise<Message | undefined> {
    const document = await this.model
      .findOne({ tenantId, conversationId })
      .sort({ createdAt: -1, _id: -1 })
      .lean<MessageDocument>();
    return document ? toMessage(document) : undefined;
  }
}

import { Schema, type Connection } from 'mongoose';
import {
  isDuplicateKeyError,
  MongoStore,
  outboxPlugin,
  withOutbox,
  type OutboxEntry,
  type WithOutbox,
} from '@client-portal/kit';
import type { Conversation } from '../domain/conversation.js';

type ConversationDocument = Omit<Conversation, 'id'> & { _id: string } & WithOutbox;

const conversationSchema = new Schema<ConversationDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    workspaceId: { type: String, default: '' },
    subject: { type: String, default: '' },
    visibility: { type: String, required: true },
    clientAudience: { type: [String], default: [] },
    createdBy: { type: String, default: '' },
    createdAt: { type: Date, required: true },
    lastMessageAt: { type: Date, required: true },
  },
  { versionKey: false },
);
conversationSchema.index({ tenantId: 1, workspaceId: 1, lastMessageAt: -1 });
conversationSchema.index({ tenantId: 1, clientId: 1, workspaceId: 1 });
conversationSchema.index({ tenantId: 1, lastMessageAt: -1 });
conversationSchema.plugin(outboxPlugin);

export const CONVERSATIONS_COLLECTION = 'conversations';

/** A scope holds few conversations; a list never reads more than this. */
export const MAX_CONVERSATIONS_LISTED = 200;

function toConversation(document: ConversationDocument): Conversation {
  const { _id, _outbox: _pending, ...rest } = document;
  return {
    id: _id,
    tenantId: rest.tenantId,
    clientId: rest.clientId,
    workspaceId: rest.workspaceId,
    subject: rest.subject,
    visibility: rest.visibility === 'internal' ? 'internal' : 'client',
    clientAudience: [...rest.clientAudience],
    createdBy: rest.createdBy,
    createdAt: rest.createdAt,
    lastMessageAt: rest.lastMessageAt,
  };
}

/** The only code that touches messaging's conversations. Every query is scoped by tenant. */
export class ConversationRepository extends MongoStore<ConversationDocument> {
  constructor(connection: Connection) {
    super(connection, 'Conversation', conversationSchema, CONVERSATIONS_COLLECTION);
  }

  async insert(conversation: Conversation, ...events: OutboxEntry[]): Promise<void> {
    const { id, ...rest } = conversation;
    await this.model.create({ _id: id, ...rest, _outbox: events });
  }

  /**
   * Stores a workspace's default conversation once (its id is the workspace's): a second replica doing
   * the same meets the unique _id and keeps the first.
   */
  async ensure(conversation: Conversation): Promise<Conversation> {
    try {
      await this.insert(conversation);
      return conversation;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return (await this.find(conversation.tenantId, conversation.id)) ?? conversation;
    }
  }

  async find(tenantId: string, id: string): Promise<Conversation | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<ConversationDocument>();
    return document ? toConversation(document) : undefined;
  }

  /** A workspace's conversations (workspaceId set) or a client's client-level ones, newest activity first. */
  async listIn(tenantId: string, scope: { workspaceId: string; clientId?: string }): Promise<Conversation[]> {
    const filter =
      scope.workspaceId !== ''
        ? { tenantId, workspaceId: scope.workspaceId }
        : { tenantId, clientId: scope.clientId, workspaceId: '' };
    const documents = await this.model
      .find(filter)
      .sort({ lastMessageAt: -1, _id: 1 })
      .limit(MAX_CONVERSATIONS_LISTED)
      .lean<ConversationDocument[]>();
    return documents.map(toConversation);
  }

  /** Conversations of the tenant with a message after `since` (staff's unread summary). */
  async activeSince(tenantId: string, since: Date): Promise<Conversation[]> {
    const documents = await this.model
      .find({ tenantId, lastMessageAt: { $gt: since } })
      .sort({ lastMessageAt: -1 })
      .limit(MAX_CONVERSATIONS_LISTED)
      .lean<ConversationDocument[]>();
    return documents.map(toConversation);
  }

  /** A client user's conversations: those of their workspaces and their client's client-level ones. */
  async ofClientUser(tenantId: string, clientId: string, workspaceIds: string[]): Promise<Conversation[]> {
    const documents = await this.model
      .find({ tenantId, clientId, workspaceId: { $in: ['', ...workspaceIds] }, visibility: 'client' })
      .sort({ lastMessageAt: -1 })
      .limit(MAX_CONVERSATIONS_LISTED)
      .lean<ConversationDocument[]>();
    return documents.map(toConversation);
  }

  /**
   * Moves lastMessageAt forward (a sort hint only; unread counts come from the messages themselves).
   * The condition keeps an older message from moving it back.
   */
  async touch(tenantId: string, id: string, at: Date): Promise<void> {
    await this.model.updateOne(
      { _id: id, tenantId, lastMessageAt: { $lt: at } },
      { $set: { lastMessageAt: at } },
    );
  }

  async rename(conversation: Conversation, subject: string, ...events: OutboxEntry[]): Promise<void> {
    await this.model.updateOne(
      { _id: conversation.id, tenantId: conversation.tenantId },
      withOutbox({ $set: { subject } }, ...events),
    );
  }
}

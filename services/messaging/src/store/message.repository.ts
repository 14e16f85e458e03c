import { Schema, type Connection, type Model } from 'mongoose';
import { modelFor, outboxPlugin, type OutboxEntry, type Page, type WithOutbox } from '@client-portal/kit';
import type { Message } from '../domain/message.js';

type MessageDocument = Omit<Message, 'id'> & { _id: string } & WithOutbox;

const messageSchema = new Schema<MessageDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    clientId: { type: String, required: true },
    author: {
      userId: { type: String, required: true },
      displayName: String,
      kind: { type: String, required: true },
    },
    body: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
messageSchema.index({ tenantId: 1, workspaceId: 1, createdAt: 1, _id: 1 });
messageSchema.plugin(outboxPlugin);

export const MESSAGES_COLLECTION = 'messages';

function toMessage(document: MessageDocument): Message {
  const { _id, _outbox: _pending, ...rest } = document;
  return { id: _id, ...rest, author: { ...rest.author } };
}

/** The only code that touches messaging's messages. Every query is scoped by tenant. */
export class MessageRepository {
  readonly model: Model<MessageDocument>;

  constructor(connection: Connection) {
    this.model = modelFor<MessageDocument>(connection, 'Message', messageSchema, MESSAGES_COLLECTION);
  }

  async insert(message: Message, ...events: OutboxEntry[]): Promise<void> {
    const { id, ...rest } = message;
    await this.model.create({ _id: id, ...rest, _outbox: events });
  }

  /** Oldest first, so a page reads as a conversation. */
  async listInWorkspace(
    tenantId: string,
    workspaceId: string,
    page: Page,
  ): Promise<{ messages: Message[]; total: number }> {
    const query = { tenantId, workspaceId };
    const [documents, total] = await Promise.all([
      this.model
        .find(query)
        .sort({ createdAt: 1, _id: 1 })
        .skip(page.offset)
        .limit(page.limit)
        .lean<MessageDocument[]>(),
      this.model.countDocuments(query),
    ]);
    return { messages: documents.map(toMessage), total };
  }
}

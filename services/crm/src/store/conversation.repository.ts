import { Schema, type Connection } from 'mongoose';
import { MongoStore, isDuplicateKeyError } from '@client-portal/kit';

/** The last message of a workspace's conversation: a client's last word is a request waiting for the agency. */
export interface ConversationState {
  workspaceId: string;
  tenantId: string;
  clientId: string;
  lastAuthorKind: 'staff' | 'client';
  lastAuthorName: string;
  lastMessageId: string;
  lastMessageAt: Date;
}

type ConversationDocument = Omit<ConversationState, 'workspaceId'> & { _id: string };

const conversationSchema = new Schema<ConversationDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    lastAuthorKind: { type: String, required: true },
    lastAuthorName: { type: String, default: '' },
    lastMessageId: { type: String, required: true },
    lastMessageAt: { type: Date, required: true },
  },
  { versionKey: false },
);
conversationSchema.index({ tenantId: 1, lastAuthorKind: 1 });

export const CONVERSATIONS_COLLECTION = 'conversations';

/** crm's read model of conversations, from `messaging.message.posted`. */
export class ConversationRepository extends MongoStore<ConversationDocument> {
  constructor(connection: Connection) {
    super(connection, 'Conversation', conversationSchema, CONVERSATIONS_COLLECTION);
  }

  /**
   * Keeps the latest message only. Messages are keyed by their own id, so two of one workspace may
   * arrive in any order: an older one never replaces a newer one, and a repeat changes nothing.
   */
  async recordMessage(state: ConversationState): Promise<void> {
    const { workspaceId, ...rest } = state;
    try {
      await this.model.create({ _id: workspaceId, ...rest });
      return;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    await this.model.updateOne(
      { _id: workspaceId, tenantId: state.tenantId, lastMessageAt: { $lt: state.lastMessageAt } },
      { $set: rest },
    );
  }

  async awaitingReply(tenantId: string): Promise<ConversationState[]> {
    const documents = await this.model
      .find({ tenantId, lastAuthorKind: 'client' })
      .sort({ lastMessageAt: 1 })
      .lean<ConversationDocument[]>();
    return documents.map(({ _id, ...rest }) => ({ workspaceId: _id, ...rest }));
  }
}

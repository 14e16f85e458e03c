import type { Principal } from '@client-portal/kit';
import type { ConversationView } from '../domain/message-actions.js';
import type { Message } from '../domain/message.js';
import type { Conversation } from '../domain/conversation.js';
import type { ConversationService } from './conversation.service.js';

/**
 * Who may see a conversation: every message action asks this first and answers NOT_FOUND otherwise, so
 * nobody learns a conversation they may not see exists. The conversations model decides (internal
 * discussions, client-level conversations, audiences).
 */
export interface ConversationGate {
  visible(principal: Principal, conversationId: string): Promise<ConversationView>;
}

/** The conversation a message belongs to (messages written before conversations: their workspace's). */
export function conversationIdOf(message: Message): string {
  return message.conversationId || message.workspaceId;
}

/** What message actions need of a conversation. */
export function viewOf(conversation: Conversation): ConversationView {
  return {
    id: conversation.id,
    tenantId: conversation.tenantId,
    workspaceId: conversation.workspaceId,
    clientId: conversation.clientId,
    clientVisible: conversation.visibility === 'client',
    clientAudience: conversation.clientAudience,
  };
}

/**
 * The gate of the conversations model: internal discussions, client-level conversations and audiences
 * are the conversation service's rules (NOT_FOUND for whoever may not see one).
 */
export class ConversationServiceGate implements ConversationGate {
  constructor(private readonly conversations: ConversationService) {}

  async visible(principal: Principal, conversationId: string): Promise<ConversationView> {
    return viewOf(await this.conversations.resolve(principal, conversationId));
  }
}

import { assertStaff, canSeeWorkspace, DomainError, type Principal } from '@client-portal/kit';
import type { ConversationView } from '../domain/message-actions.js';
import type { Message } from '../domain/message.js';
import type { WorkspaceAccessRepository } from '../store/workspace-access.repository.js';

/**
 * Who may see a conversation: every message action asks this first and answers NOT_FOUND otherwise, so
 * nobody learns a conversation they may not see exists. The conversations slice owns the model
 * (internal discussions, client-level conversations, audiences); until its repository is merged, the
 * only conversation is a workspace's default one, whose id is the workspace id.
 */
export interface ConversationGate {
  visible(principal: Principal, conversationId: string): Promise<ConversationView>;
}

/** The conversation a message belongs to (messages written before conversations: their workspace's). */
export function conversationIdOf(message: Message): string {
  // The conversations slice adds `conversationId` to Message; older messages have none.
  const { conversationId } = message as Message & { conversationId?: string };
  return conversationId || message.workspaceId;
}

/** Today's gate: a workspace's default conversation, seen by its tenant's staff and invited client users. */
export class WorkspaceConversationGate implements ConversationGate {
  constructor(private readonly workspaces: WorkspaceAccessRepository) {}

  async visible(principal: Principal, conversationId: string): Promise<ConversationView> {
    if (principal.kind === 'staff') assertStaff(principal, 'member');
    const workspace = await this.workspaces.find(principal.tenantId, conversationId);
    if (!workspace || !canSeeWorkspace(principal, workspace))
      throw DomainError.notFound('Conversation', conversationId);
    return {
      id: workspace.id,
      tenantId: workspace.tenantId,
      workspaceId: workspace.id,
      clientId: workspace.clientId,
      clientVisible: true,
      clientAudience: [],
    };
  }
}

import { requirePrincipal, type Principal } from '@client-portal/kit';
import type { ConversationsConversation, HandlersOf } from '@client-portal/contracts';
import type { ConversationService, ConversationView } from '../application/conversation.service.js';

/**
 * A client user sees a conversation's subject and times, never the agency's internal user ids nor the
 * audience list (it names other people of their client).
 */
export function toConversationMessage(view: ConversationView, viewer: Principal): ConversationsConversation {
  const client = viewer.kind === 'client';
  return {
    id: view.id,
    tenantId: view.tenantId,
    clientId: view.clientId,
    workspaceId: view.workspaceId,
    subject: view.subject,
    visibility: view.visibility,
    clientAudience: client ? [] : view.clientAudience,
    createdBy: client && view.createdBy !== viewer.userId ? '' : view.createdBy,
    createdAt: view.createdAt.toISOString(),
    lastMessageAt: view.lastMessageAt.toISOString(),
    unreadCount: view.unreadCount,
    isDefault: view.isDefault,
  };
}

export function conversationHandlers(conversations: ConversationService): HandlersOf<'conversations'> {
  return {
    CreateConversation: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toConversationMessage(await conversations.create(principal, request), principal);
    },
    ListConversations: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const views = await conversations.list(principal, request);
      return { conversations: views.map((view) => toConversationMessage(view, principal)) };
    },
    GetConversation: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toConversationMessage(await conversations.get(principal, request.conversationId), principal);
    },
    RenameConversation: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toConversationMessage(
        await conversations.rename(principal, request.conversationId, request.subject),
        principal,
      );
    },
    MarkConversationRead: async (request, call) => ({
      readAt: (
        await conversations.markRead(requirePrincipal(call.metadata), request.conversationId)
      ).toISOString(),
    }),
    GetUnreadSummary: async (_request, call) => {
      const views = await conversations.unreadConversations(requirePrincipal(call.metadata));
      const workspaces = new Map<string, { workspaceId: string; clientId: string; unreadCount: number }>();
      const clients = new Map<string, { workspaceId: string; clientId: string; unreadCount: number }>();
      let total = 0;
      for (const view of views) {
        total += view.unreadCount;
        const [bucket, key] = view.workspaceId ? [workspaces, view.workspaceId] : [clients, view.clientId];
        const entry = bucket.get(key) ?? {
          workspaceId: view.workspaceId,
          clientId: view.clientId,
          unreadCount: 0,
        };
        entry.unreadCount += view.unreadCount;
        bucket.set(key, entry);
      }
      return { total, workspaces: [...workspaces.values()], clients: [...clients.values()] };
    },
  };
}

import { requirePrincipal, type Principal } from '@client-portal/kit';
import type { HandlersOf, Message as MessageMessage } from '@client-portal/contracts';
import type { MessageService } from '../application/message.service.js';
import { updatedAtOf, type Message } from '../domain/message.js';

/** Client users see who wrote, not the agency's internal user ids. */
export function toMessageMessage(message: Message, viewer?: Principal): MessageMessage {
  const hideAuthorId = viewer?.kind === 'client' && message.author.kind !== 'client';
  return {
    id: message.id,
    tenantId: message.tenantId,
    workspaceId: message.workspaceId,
    conversationId: message.conversationId,
    clientId: message.clientId,
    author: { ...message.author, userId: hideAuthorId ? '' : message.author.userId },
    body: message.body,
    createdAt: message.createdAt.toISOString(),
    // Message actions (issue 12). A client user is not told the ids of the agency's people mentioned.
    attachments: message.attachments.map((attachment) => ({ ...attachment })),
    mentions: message.mentions.map((mention) => ({
      ...mention,
      userId: viewer?.kind === 'client' && mention.kind !== 'client' ? '' : mention.userId,
    })),
    editedAt: message.editedAt?.toISOString() ?? '',
    deletedAt: message.deletedAt?.toISOString() ?? '',
    updatedAt: updatedAtOf(message).toISOString(),
  };
}

export function messagingHandlers(messages: MessageService): HandlersOf<'messaging'> {
  return {
    PostMessage: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const mentions = request.mentions.map((mention) => ({
        userId: mention.userId,
        kind: mention.kind === 'client' ? ('client' as const) : ('staff' as const),
        displayName: mention.displayName,
      }));
      return toMessageMessage(await messages.post(principal, { ...request, mentions }), principal);
    },
    ListMessages: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const result = await messages.list(principal, request);
      return {
        messages: result.messages.map((message) => toMessageMessage(message, principal)),
        page: result.page,
      };
    },
    MarkRead: async (request, call) => ({
      readAt: (await messages.markRead(requirePrincipal(call.metadata), request.workspaceId)).toISOString(),
    }),
    ListUnread: async (request, call) => ({
      workspaces: (await messages.listUnread(requirePrincipal(call.metadata), request.workspaceIds)).map(
        (unread) => ({
          workspaceId: unread.workspaceId,
          unreadCount: unread.count,
          lastMessageAt: unread.newest?.createdAt.toISOString() ?? '',
          lastAuthorName: unread.newest?.author.displayName ?? '',
        }),
      ),
    }),
  };
}

import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf, Message as MessageMessage } from '@client-portal/contracts';
import type { MessageService } from '../application/message.service.js';
import type { Message } from '../domain/message.js';

export function toMessageMessage(message: Message): MessageMessage {
  return {
    id: message.id,
    tenantId: message.tenantId,
    workspaceId: message.workspaceId,
    clientId: message.clientId,
    author: { ...message.author },
    body: message.body,
    createdAt: message.createdAt.toISOString(),
  };
}

export function messagingHandlers(messages: MessageService): HandlersOf<'messaging'> {
  return {
    PostMessage: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toMessageMessage(await messages.post(principal, request));
    },
    ListMessages: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const result = await messages.list(principal, request);
      return { messages: result.messages.map(toMessageMessage), page: result.page };
    },
  };
}

import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf } from '@client-portal/contracts';
import type { MessageActionService } from '../application/message-action.service.js';
import { toMessageMessage } from './messaging.handler.js';

export function messageActionHandlers(actions: MessageActionService): HandlersOf<'messageActions'> {
  return {
    RequestAttachmentUpload: async (request, call) => {
      const started = await actions.requestUpload(requirePrincipal(call.metadata), request);
      const { id, name, size, contentType } = started.attachment;
      return {
        attachment: { id, name, size, contentType },
        uploadUrl: started.uploadUrl,
        expiresAt: started.expiresAt.toISOString(),
        maxBytes: started.maxBytes,
      };
    },
    GetAttachmentDownload: async (request, call) => {
      const download = await actions.downloadUrl(
        requirePrincipal(call.metadata),
        request.messageId,
        request.attachmentId,
      );
      return { url: download.url, expiresAt: download.expiresAt.toISOString() };
    },
    EditMessage: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toMessageMessage(await actions.edit(principal, request.messageId, request.body), principal);
    },
    DeleteMessage: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toMessageMessage(await actions.delete(principal, request.messageId), principal);
    },
    GetMessageAudience: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const conversation = await actions.audience(principal, request.conversationId);
      return {
        conversationId: conversation.id,
        workspaceId: conversation.workspaceId,
        clientId: conversation.clientId,
        clientVisible: conversation.clientVisible,
        // A client user learns whether the conversation is limited, never to whom beyond themselves.
        clientAudience:
          principal.kind === 'client'
            ? conversation.clientAudience.filter((userId) => userId === principal.userId)
            : conversation.clientAudience,
      };
    },
    GetSeenBy: async (request, call) =>
      actions.seenBy(requirePrincipal(call.metadata), request.conversationId),
  };
}

import { DomainError } from '@client-portal/kit';
import type { Message__Output as InternalMessage, PartnerApi } from '@client-portal/contracts';
import type { Backends } from '../../http/backends.js';
import { on } from '../../http/backends.js';
import { nextPageToken, readListOptions, requireField, type PartnerCall } from '../call.js';
import type { PartnerResource } from '../server.js';

/** The user id prefix of the principal a partner application acts as (call.ts partnerPrincipal). */
const PARTNER_USER_PREFIX = 'partner:';

/**
 * The public message, field by field: the author's user id, the mentions (staff ids) and the tenant
 * never leave. A message an application posted is written by its principal (`partner:<app id>`, staff
 * to the services): the partner API names that kind `partner`.
 */
export function toPartnerMessage(message: InternalMessage): PartnerApi.Message__Output {
  const author = message.author;
  const kind = author?.userId.startsWith(PARTNER_USER_PREFIX) ? 'partner' : (author?.kind ?? '');
  return {
    id: message.id,
    workspaceId: message.workspaceId,
    conversationId: message.conversationId,
    clientId: message.clientId,
    authorKind: kind,
    authorName: author?.displayName ?? '',
    body: message.body,
    attachments: message.attachments.map((attachment) => ({
      id: attachment.id,
      name: attachment.name,
      sizeBytes: String(attachment.size),
      contentType: attachment.contentType,
    })),
    createdAt: message.createdAt,
    editedAt: message.editedAt,
    deletedAt: message.deletedAt,
    updatedAt: message.updatedAt,
  };
}

/**
 * The conversation a partner request names, if the partner may use it: one of the workspace's
 * client-visible conversations ('' = its default one, whose id is the workspace's). Internal
 * discussions, client-level conversations and other workspaces' answer NOT_FOUND, as if absent: the
 * application acts as staff, who would see them, so messaging alone would not refuse them.
 */
async function clientConversation(
  backends: Backends,
  call: PartnerCall,
  workspaceId: string,
  conversationId: string,
): Promise<string> {
  const id = conversationId || workspaceId;
  const conversation = await backends.conversations.getConversation(
    { conversationId: id },
    on(call.principal),
  );
  if (conversation.visibility !== 'client' || conversation.workspaceId !== workspaceId)
    throw DomainError.notFound('Conversation', id);
  return conversation.id;
}

/** MessageService of the partner API: a workspace conversation's messages, and posting as the app. */
export const messagesResource: PartnerResource = {
  service: 'MessageService',
  methods: (backends) => ({
    ListMessages: {
      scope: 'messages:read',
      handle: async (
        request: PartnerApi.ListMessagesRequest__Output,
        call: PartnerCall,
      ): Promise<PartnerApi.ListMessagesResponse__Output> => {
        const workspaceId = requireField(request.workspaceId, 'workspace_id');
        const filters = { workspaceId, conversationId: request.conversationId.trim() };
        const window = readListOptions(request.options, 'ListMessages', filters);
        const conversationId = await clientConversation(backends, call, workspaceId, filters.conversationId);
        const internal = await backends.messaging.listMessages(
          {
            workspaceId,
            conversationId,
            byUpdate: true,
            updatedSince: window.updatedSince,
            page: { pageSize: window.pageSize, pageToken: window.innerToken },
          },
          on(call.principal),
        );
        return {
          messages: internal.messages.map(toPartnerMessage),
          nextPageToken: nextPageToken(internal.page?.nextPageToken, 'ListMessages', filters, window),
        };
      },
    },
    PostMessage: {
      scope: 'messages:write',
      write: true,
      handle: async (
        request: PartnerApi.PostMessageRequest__Output,
        call: PartnerCall,
      ): Promise<PartnerApi.Message__Output> => {
        const workspaceId = requireField(request.workspaceId, 'workspace_id');
        const conversationId = await clientConversation(
          backends,
          call,
          workspaceId,
          request.conversationId.trim(),
        );
        // Messaging checks the body (required, at most 5000 characters: violations name `body`) and
        // publishes messaging.message.posted, which notifies the client's users as for any team message.
        const posted = await backends.messaging.postMessage(
          {
            workspaceId,
            conversationId,
            body: request.body,
            authorDisplayName: call.application.name,
            attachmentIds: [],
            mentions: [],
          },
          on(call.principal),
        );
        return toPartnerMessage(posted);
      },
    },
  }),
};

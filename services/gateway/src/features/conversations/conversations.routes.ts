import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import type { ConversationsConversation__Output } from '@client-portal/contracts';
import { defineRoute, named } from '../../http/route.js';
import { messageSchema, newMessageBodySchema } from '../messaging/messaging.routes.js';
import { resolveMentions } from '../message-actions/message-actions.workflow.js';
import { idParams, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

/**
 * Issue 12 (conversations slice). Every route is open to staff and client users; messaging decides who
 * may see what, and answers NOT_FOUND for a conversation the caller may not see (an internal discussion
 * for a client user), so its existence is never revealed.
 */
export const conversationSchema = named(
  'Conversation',
  z.object({
    id: z.string(),
    tenantId: z.string(),
    clientId: z.string(),
    workspaceId: z.string().meta({ description: "'' for a client-level conversation" }),
    subject: z.string().meta({ description: "'' for a workspace's default conversation (General)" }),
    visibility: z.enum(['client', 'internal']),
    clientAudience: z.array(z.string()).meta({ description: 'staff only; empty for client users' }),
    createdBy: z.string(),
    createdAt: z.string(),
    lastMessageAt: z.string(),
    unreadCount: z.number().int(),
    isDefault: z.boolean(),
  }),
);

const conversationList = named('ConversationList', z.object({ conversations: z.array(conversationSchema) }));

const newConversationSchema = named(
  'NewConversation',
  z.object({
    subject: z
      .string({ message: 'Give the conversation a subject' })
      .meta({ maxLength: FIELD_LIMITS.messaging.conversationSubject }),
    internal: z.boolean().optional().meta({ description: 'staff only: an internal discussion' }),
  }),
);

const unreadCountSchema = named(
  'ConversationUnreadCount',
  z.object({ workspaceId: z.string(), clientId: z.string(), unreadCount: z.number().int() }),
);

/** The service's answer as the REST shape: visibility is one of two words. */
const toView = (conversation: ConversationsConversation__Output): z.input<typeof conversationSchema> => ({
  ...conversation,
  visibility: conversation.visibility === 'internal' ? 'internal' : 'client',
});

const conversationParams = idParams('conversationId');

export const conversationsRoutes = [
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/conversations',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: "A workspace's conversations I may see (General first), with my unread counts",
    tags: ['conversations'],
    params: idParams('workspaceId'),
    response: conversationList,
    handler: async ({ params, onBehalf }, { backends }) => {
      const answer = await backends.conversations.listConversations(
        { workspaceId: params.workspaceId, clientId: '' },
        onBehalf,
      );
      return { conversations: answer.conversations.map(toView) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/conversations',
    access: 'staff-or-client',
    clientRight: 'chat',
    summary: 'Open a conversation in a workspace (staff: client-visible or internal)',
    tags: ['conversations'],
    status: 201,
    params: idParams('workspaceId'),
    body: newConversationSchema,
    response: conversationSchema,
    handler: async ({ params, body, onBehalf }, { backends }) =>
      toView(
        await backends.conversations.createConversation(
          {
            workspaceId: params.workspaceId,
            clientId: '',
            subject: body.subject,
            internal: body.internal ?? false,
          },
          onBehalf,
        ),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/conversations',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary:
      "A client's client-level conversations I may see: staff's internal discussions and the contacts' conversations with the agency",
    tags: ['conversations'],
    params: idParams('clientId'),
    response: conversationList,
    handler: async ({ params, onBehalf }, { backends }) => {
      const answer = await backends.conversations.listConversations(
        { workspaceId: '', clientId: params.clientId },
        onBehalf,
      );
      return { conversations: answer.conversations.map(toView) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/conversations',
    access: 'staff-or-client',
    // "Contact the business" needs no workspace right (docs/messaging-conversations.md).
    clientRight: 'signed-in',
    summary:
      'Open a client-level conversation: staff an internal discussion (or one with the client); a client user "contact the business"',
    tags: ['conversations'],
    status: 201,
    params: idParams('clientId'),
    body: newConversationSchema,
    response: conversationSchema,
    handler: async ({ params, body, caller, onBehalf }, { backends }) => {
      // Messaging knows clients only through their workspaces: staff naming a client that is not
      // their tenant's (another tenant's id) would open a conversation about nobody. crm answers
      // NOT_FOUND for it (the matrix found the 201). A client user's own client is checked by messaging.
      if (caller.principal.kind !== 'client')
        await backends.crm.getClient({ clientId: params.clientId }, onBehalf);
      return toView(
        await backends.conversations.createConversation(
          {
            workspaceId: '',
            clientId: params.clientId,
            subject: body.subject,
            internal: body.internal ?? false,
          },
          onBehalf,
        ),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/conversations/unread',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'My unread messages: in total (the navigation badge), per workspace and per client',
    tags: ['conversations'],
    response: named(
      'UnreadSummary',
      z.object({
        total: z.number().int(),
        workspaces: z.array(unreadCountSchema),
        clients: z.array(unreadCountSchema),
      }),
    ),
    handler: ({ onBehalf }, { backends }) => backends.conversations.getUnreadSummary({}, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/conversations/:conversationId',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'One conversation, with my unread count',
    tags: ['conversations'],
    params: conversationParams,
    response: conversationSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toView(await backends.conversations.getConversation(params, onBehalf)),
  }),
  defineRoute({
    method: 'patch',
    path: '/conversations/:conversationId',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Rename a conversation (staff, or the client user who opened it)',
    tags: ['conversations'],
    params: conversationParams,
    body: named(
      'ConversationRename',
      z.object({
        subject: z
          .string({ message: 'Give a subject' })
          .meta({ maxLength: FIELD_LIMITS.messaging.conversationSubject }),
      }),
    ),
    response: conversationSchema,
    handler: async ({ params, body, onBehalf }, { backends }) =>
      toView(
        await backends.conversations.renameConversation(
          { conversationId: params.conversationId, subject: body.subject },
          onBehalf,
        ),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/conversations/:conversationId/messages',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: "A conversation's messages, oldest first",
    tags: ['conversations'],
    params: conversationParams,
    query: pageQuerySchema,
    response: named(
      'ConversationMessages',
      z.object({ messages: z.array(messageSchema), page: pageInfoSchema }),
    ),
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.messaging.listMessages(
        { workspaceId: '', conversationId: params.conversationId, page: pageOf(query) },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/conversations/:conversationId/messages',
    access: 'staff-or-client',
    clientRight: 'chat',
    summary: 'Post a message in a conversation (one I may not see: 404)',
    tags: ['conversations'],
    status: 201,
    params: conversationParams,
    body: newMessageBodySchema,
    response: messageSchema,
    handler: async ({ params, body, caller, onBehalf }, { backends }) =>
      backends.messaging.postMessage(
        {
          workspaceId: '',
          conversationId: params.conversationId,
          body: body.body,
          authorDisplayName: caller.displayName,
          attachmentIds: body.attachmentIds,
          mentions: await resolveMentions(
            backends,
            caller.principal,
            onBehalf,
            params.conversationId,
            body.mentions,
          ),
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/conversations/:conversationId/read',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'I have read this conversation up to now (my badges clear, in every tab)',
    tags: ['conversations'],
    params: conversationParams,
    body: z.object({}),
    response: named('ConversationRead', z.object({ readAt: z.string() })),
    handler: ({ params, onBehalf }, { backends }) =>
      backends.conversations.markConversationRead(params, onBehalf),
  }),
];

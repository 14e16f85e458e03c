import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { messageSchema } from '../messaging/messaging.routes.js';
import { idParams } from '../shared/shared.schemas.js';
import { mentionCandidates, mentionKey, seenBy } from './message-actions.workflow.js';

const messageAttachmentSchema = messageSchema.shape.attachments.element;
const messageMentionSchema = messageSchema.shape.mentions.element;

const conversationParams = idParams('conversationId');
const messageParams = idParams('messageId');

/**
 * Message actions (issue 12): attachments (upload through a presigned URL, download for whoever may
 * see the conversation), edit and delete one's own message for five minutes, who may be mentioned,
 * who has seen the last message. A conversation one may not see answers 404 everywhere.
 */
export const messageActionsRoutes = [
  defineRoute({
    method: 'post',
    path: '/conversations/:conversationId/attachments',
    access: 'staff-or-client',
    clientRight: 'chat',
    summary:
      'Start attaching a file to the message being written: the presigned URL to PUT its bytes to (Content-Type: application/octet-stream); over the size limit refused here',
    tags: ['message-actions'],
    status: 201,
    params: conversationParams,
    body: named(
      'NewMessageAttachment',
      z.object({
        name: z.string().meta({ maxLength: FIELD_LIMITS.messaging.attachmentName }),
        size: z.number().int().meta({ description: 'The size the browser is about to send, in bytes' }),
        contentType: z.string().default(''),
      }),
    ),
    response: named(
      'MessageAttachmentUpload',
      z.object({
        attachment: messageAttachmentSchema,
        uploadUrl: z.string(),
        expiresAt: z.string(),
        maxBytes: z.number().int(),
      }),
    ),
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.messageActions.requestAttachmentUpload(
        { conversationId: params.conversationId, ...body },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/messages/:messageId/attachments/:attachmentId/download-url',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: "A short-lived URL that downloads a message's attachment under its name",
    tags: ['message-actions'],
    params: z.object({ messageId: z.string().min(1), attachmentId: z.string().min(1) }),
    response: named('MessageAttachmentDownload', z.object({ url: z.string(), expiresAt: z.string() })),
    handler: ({ params, onBehalf }, { backends }) =>
      backends.messageActions.getAttachmentDownload(params, onBehalf),
  }),
  defineRoute({
    method: 'patch',
    path: '/messages/:messageId',
    access: 'staff-or-client',
    clientRight: 'chat',
    summary: 'Edit my message (within 5 minutes of sending it)',
    tags: ['message-actions'],
    params: messageParams,
    body: named(
      'MessageEdit',
      z.object({
        body: z
          .string({ message: 'Write a message' })
          .meta({ maxLength: FIELD_LIMITS.messaging.messageBody }),
      }),
    ),
    response: messageSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.messageActions.editMessage({ messageId: params.messageId, body: body.body }, onBehalf),
  }),
  defineRoute({
    method: 'delete',
    path: '/messages/:messageId',
    access: 'staff-or-client',
    clientRight: 'chat',
    summary: 'Delete my message (within 5 minutes of sending it): it keeps its place, shown as deleted',
    tags: ['message-actions'],
    params: messageParams,
    response: messageSchema,
    handler: ({ params, onBehalf }, { backends }) =>
      backends.messageActions.deleteMessage({ messageId: params.messageId }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/conversations/:conversationId/mention-candidates',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary:
      'The people I may mention in a conversation: the team, and the client users who may see it (none in an internal one)',
    tags: ['message-actions'],
    params: conversationParams,
    response: named('MentionCandidates', z.object({ people: z.array(messageMentionSchema) })),
    handler: async ({ params, caller, onBehalf }, { backends }) => ({
      people: (await mentionCandidates(backends, caller.principal, onBehalf, params.conversationId)).map(
        (person) => ({ ...person, userId: mentionKey(caller.principal, person) }),
      ),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/conversations/:conversationId/seen-by',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'Who has seen the last message of a conversation (not its author)',
    tags: ['message-actions'],
    params: conversationParams,
    response: named(
      'MessageSeenBy',
      z.object({ messageId: z.string(), people: z.array(messageMentionSchema) }),
    ),
    handler: ({ params, caller, onBehalf }, { backends }) =>
      seenBy(backends, caller.principal, onBehalf, params.conversationId),
  }),
];

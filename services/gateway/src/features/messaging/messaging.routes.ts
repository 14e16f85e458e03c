import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';
import { resolveMentions } from '../message-actions/message-actions.workflow.js';

export const messageSchema = named(
  'Message',
  z.object({
    id: z.string(),
    tenantId: z.string(),
    workspaceId: z.string(),
    conversationId: z
      .string()
      .meta({ description: "issue 12; a workspace's default conversation has its id" }),
    clientId: z.string(),
    author: named(
      'Author',
      z.object({
        userId: z.string(),
        displayName: z.string(),
        // staff or client. Kept a string while web/src/api/events.ts builds messages from untyped
        // live events; an enum once the live stream is typed from the event catalogue.
        kind: z.string().meta({ description: 'staff or client' }),
      }),
    ),
    body: z.string().meta({ description: "'' once deleted, or for a message of files only" }),
    createdAt: z.string(),
    // Message actions (issue 12).
    attachments: z.array(
      named(
        'MessageAttachment',
        z.object({
          id: z.string(),
          name: z.string(),
          size: z.number().int().meta({ description: 'bytes' }),
          contentType: z.string(),
        }),
        'A file attached to a message',
      ),
    ),
    mentions: z.array(
      named(
        'MessageMention',
        z.object({
          userId: z.string().meta({
            description:
              "In a client user's answer a staff member's id is '' (messages, seen by) or an opaque key (mention candidates)",
          }),
          kind: z.string().meta({ description: 'staff or client' }),
          displayName: z.string(),
        }),
        'Someone a message mentions',
      ),
    ),
    editedAt: z.string().meta({ description: "'' unless edited" }),
    deletedAt: z.string().meta({ description: "'' unless deleted" }),
  }),
);

const workspaceParams = idParams('workspaceId');

/** What a message is posted with, in a workspace's default conversation or any other. */
export const newMessageBodySchema = named(
  'NewMessage',
  z.object({
    body: z.string({ message: 'Write a message' }).meta({ maxLength: FIELD_LIMITS.messaging.messageBody }),
    // Message actions (issue 12): uploads started on /conversations/:id/attachments, and people
    // from /conversations/:id/mention-candidates.
    attachmentIds: z
      .array(z.string().max(FIELD_LIMITS.common.id))
      .max(FIELD_LIMITS.messaging.attachments)
      .default([]),
    mentions: z
      .array(z.string().max(FIELD_LIMITS.common.id))
      .max(FIELD_LIMITS.messaging.mentions)
      .default([])
      .meta({ description: 'mention candidate ids' }),
  }),
);

/** Conversations in a workspace. */
export const messagingRoutes = [
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/messages',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: "A workspace's messages",
    tags: ['messaging'],
    params: workspaceParams,
    query: pageQuerySchema,
    response: named('MessageList', z.object({ messages: z.array(messageSchema), page: pageInfoSchema })),
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.messaging.listMessages({ workspaceId: params.workspaceId, page: pageOf(query) }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/messages',
    access: 'staff-or-client',
    clientRight: 'chat',
    summary: 'Post a message in a workspace',
    tags: ['messaging'],
    status: 201,
    params: workspaceParams,
    body: newMessageBodySchema,
    response: messageSchema,
    handler: async ({ params, body, caller, onBehalf }, { backends }) =>
      backends.messaging.postMessage(
        {
          workspaceId: params.workspaceId,
          body: body.body,
          authorDisplayName: caller.displayName,
          attachmentIds: body.attachmentIds,
          mentions: await resolveMentions(
            backends,
            caller.principal,
            onBehalf,
            params.workspaceId,
            body.mentions,
          ),
        },
        onBehalf,
      ),
  }),
];

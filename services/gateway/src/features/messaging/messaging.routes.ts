import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

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
    body: z.string(),
    createdAt: z.string(),
  }),
);

const workspaceParams = idParams('workspaceId');

/** Conversations in a workspace. */
export const messagingRoutes = [
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/messages',
    access: 'staff-or-client',
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
    summary: 'Post a message in a workspace',
    tags: ['messaging'],
    status: 201,
    params: workspaceParams,
    body: named('NewMessage', z.object({ body: z.string({ message: 'Write a message' }) })),
    response: messageSchema,
    handler: ({ params, body, caller, onBehalf }, { backends }) =>
      backends.messaging.postMessage(
        { workspaceId: params.workspaceId, body: body.body, authorDisplayName: caller.displayName },
        onBehalf,
      ),
  }),
];

import { z } from 'zod';
import { defineEvent, fields } from './define.js';

export const authorKindSchema = z.enum(['staff', 'client']);

export const messagePostedV1 = defineEvent({
  type: 'messaging.message.posted',
  version: 1,
  producer: 'messaging',
  subject: 'message id',
  description: "A message was written in a workspace's conversation, by the agency's team or a client user.",
  consumers: [
    'crm (timeline, metrics, dashboard)',
    'notification (e-mails the tenant’s owners when a client writes)',
    'gateway (live updates)',
    'notification (e-mails the tenant’s owners when a client writes)',
    'gateway (live updates)',
    'crm (the client list: last activity)',
  ],
  schema: z.object({
    messageId: fields.id(),
    workspaceId: fields.id(),
    clientId: fields.id(),
    author: z.object({
      userId: fields.id(),
      displayName: z.string().describe('the name the author signs with; may be empty'),
      kind: authorKindSchema,
    }),
    body: z.string().min(1),
    createdAt: fields.instant(),
  }),
  example: {
    messageId: '3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f',
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    author: { userId: 'd4c3b2a1-0f9e-4d8c-8b7a-6f5e4d3c2b1a', displayName: 'Dana Scully', kind: 'client' },
    body: 'Thanks! Invoice received, paying this week.',
    createdAt: '2026-11-29T10:20:00.000Z',
  },
});

/** What messaging publishes today, on messaging.events. */
export const messagingEvents = [messagePostedV1] as const;

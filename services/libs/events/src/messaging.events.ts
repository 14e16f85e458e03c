import { z } from 'zod';
import { defineEvent, fields } from './define.js';

export const authorKindSchema = z.enum(['staff', 'client']);

// Issue 12 (conversations): who may see a conversation's events. Every field is defaulted so that events
// written before conversations existed still read as what they were: the workspace's default
// conversation (its id is the workspace id), visible to every client user of the workspace.
const conversationFields = {
  conversationId: z
    .string()
    .default('')
    .describe("the conversation; '' on events written before conversations: the workspace's default one"),
  conversationSubject: z.string().default('').describe("the conversation's subject; '' = General"),
  clientVisible: z
    .boolean()
    .default(true)
    .describe('false: an internal discussion, staff only (never a client user, anywhere)'),
  clientAudience: z
    .array(z.string())
    .default([])
    .describe('client user ids who may see it; empty: every client user of the workspace or client'),
};

/** A file attached to a message (message actions, issue 12). */
export const messageAttachmentSchema = z.object({
  id: fields.id(),
  name: z.string().min(1),
  size: z.number().int().nonnegative().describe('bytes'),
  contentType: z.string(),
});

/** Someone a message mentions (message actions, issue 12). */
export const messageMentionSchema = z.object({
  userId: fields.id(),
  kind: authorKindSchema,
  displayName: z.string(),
});

export const messagePostedV1 = defineEvent({
  type: 'messaging.message.posted',
  version: 1,
  producer: 'messaging',
  subject: 'message id',
  description:
    'A message was written in a conversation (of a workspace, or of a client when workspaceId is empty), by the agency’s team or a client user.',
  consumers: [
    'crm (timeline, metrics, dashboard; the client list: last activity)',
    'notification (e-mails the tenant’s owners when a client writes)',
    'portal (workspace activity: client-visible messages only)',
    'gateway (live updates; internal ones to staff only)',
  ],
  schema: z.object({
    messageId: fields.id(),
    workspaceId: z.string().describe("the workspace; '' for a client-level conversation"),
    clientId: fields.id(),
    author: z.object({
      userId: fields.id(),
      displayName: z.string().describe('the name the author signs with; may be empty'),
      kind: authorKindSchema,
    }),
    // Issue 12: a message may carry attachments only, so its body may be empty.
    body: z.string(),
    createdAt: fields.instant(),
    ...conversationFields,
    // Message actions (issue 12); absent from older events (read as none).
    attachments: z.array(messageAttachmentSchema).optional(),
    mentions: z.array(messageMentionSchema).optional(),
  }),
  example: {
    messageId: '3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f',
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    author: { userId: 'd4c3b2a1-0f9e-4d8c-8b7a-6f5e4d3c2b1a', displayName: 'Dana Scully', kind: 'client' },
    body: 'Thanks! Invoice received, paying this week.',
    createdAt: '2026-11-29T10:20:00.000Z',
    conversationId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    conversationSubject: '',
    clientVisible: true,
    clientAudience: [],
  },
});

export const conversationChangeSchema = z.enum(['created', 'renamed']);

export const conversationChangedV1 = defineEvent({
  type: 'messaging.conversation.changed',
  version: 1,
  producer: 'messaging',
  subject: 'conversation id',
  description: 'A conversation was opened or renamed (issue 12).',
  consumers: ['gateway (live updates: open conversation lists reload; internal ones to staff only)'],
  schema: z.object({
    conversationId: fields.id(),
    workspaceId: z.string().describe("the workspace; '' for a client-level conversation"),
    clientId: fields.id(),
    subject: z.string(),
    change: conversationChangeSchema,
    conversationSubject: conversationFields.conversationSubject,
    clientVisible: conversationFields.clientVisible,
    clientAudience: conversationFields.clientAudience,
  }),
  example: {
    conversationId: '7e6d5c4b-3a29-4817-8615-04f3e2d1c0b9',
    workspaceId: '',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    subject: 'Question about the contract',
    change: 'created',
    conversationSubject: 'Question about the contract',
    clientVisible: true,
    clientAudience: ['d4c3b2a1-0f9e-4d8c-8b7a-6f5e4d3c2b1a'],
  },
});

export const conversationReadV1 = defineEvent({
  type: 'messaging.conversation.read',
  version: 1,
  producer: 'messaging',
  subject: 'conversation id',
  description: 'A person read a conversation up to a time (their read marker moved forward).',
  consumers: ["gateway (live update to that person's other tabs only: their unread badges clear)"],
  schema: z.object({
    conversationId: fields.id(),
    workspaceId: z.string().describe("the workspace; '' for a client-level conversation"),
    clientId: fields.id(),
    userId: fields.id().describe('the reader'),
    readAt: fields.instant(),
    conversationSubject: conversationFields.conversationSubject,
    clientVisible: conversationFields.clientVisible,
    clientAudience: conversationFields.clientAudience,
  }),
  example: {
    conversationId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    userId: 'd4c3b2a1-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
    readAt: '2026-11-29T10:21:00.000Z',
    conversationSubject: '',
    clientVisible: true,
    clientAudience: [],
  },
});

// ------------------------------------------------------------------ message actions (issue 12)

/** Where a changed message lives and who may hear of it (internal: staff only; audience: those listed). */
const messagePlace = {
  messageId: fields.id(),
  conversationId: fields.id().describe('today the workspace id: its default conversation'),
  workspaceId: fields.id(),
  clientId: fields.id(),
  clientVisible: z.boolean().describe('false: an internal conversation, staff only'),
  clientAudience: z
    .array(fields.id())
    .default([])
    .describe('client users the conversation is limited to; empty: all who may see the workspace'),
};

export const messageEditedV1 = defineEvent({
  type: 'messaging.message.edited',
  version: 1,
  producer: 'messaging',
  subject: 'message id',
  description: 'The author changed the text of their message, within five minutes of posting it.',
  consumers: ['gateway (live updates)'],
  schema: z.object({ ...messagePlace, body: z.string(), editedAt: fields.instant() }),
  example: {
    messageId: '3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f',
    conversationId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    clientVisible: true,
    clientAudience: [],
    body: 'Thanks! Invoice received, paying on Friday.',
    editedAt: '2026-11-29T10:22:00.000Z',
  },
});

export const messageDeletedV1 = defineEvent({
  type: 'messaging.message.deleted',
  version: 1,
  producer: 'messaging',
  subject: 'message id',
  description:
    'The author deleted their message within five minutes of posting it: its text and attachments are gone, its place stays.',
  consumers: ['gateway (live updates)'],
  schema: z.object({ ...messagePlace, deletedAt: fields.instant() }),
  example: {
    messageId: '3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f',
    conversationId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    clientVisible: true,
    clientAudience: [],
    deletedAt: '2026-11-29T10:23:00.000Z',
  },
});

export const messageMentionedV1 = defineEvent({
  type: 'messaging.message.mentioned',
  version: 1,
  producer: 'messaging',
  subject: 'message id',
  description:
    'A posted message mentions people (staff, or client users who may see the conversation): each is notified.',
  consumers: ['notification (kind mention: in-app and e-mail to each person mentioned)'],
  schema: z.object({
    messageId: fields.id(),
    conversationId: fields.id(),
    workspaceId: fields.id(),
    clientId: fields.id(),
    clientVisible: z.boolean(),
    author: z.object({ userId: fields.id(), displayName: z.string(), kind: authorKindSchema }),
    mentioned: z.array(z.object({ userId: fields.id(), kind: authorKindSchema })).min(1),
    excerpt: z.string().describe('the start of the message, at most 200 characters'),
  }),
  example: {
    messageId: '3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f',
    conversationId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    clientVisible: true,
    author: { userId: 'd4c3b2a1-0f9e-4d8c-8b7a-6f5e4d3c2b1a', displayName: 'Dana Scully', kind: 'client' },
    mentioned: [{ userId: 'e5d4c3b2-1a0f-4e9d-8c8b-7a6f5e4d3c2b', kind: 'staff' }],
    excerpt: '@Fox Mulder could you check the invoice?',
  },
});

/** What messaging publishes today, on messaging.events. */
export const messagingEvents = [
  messagePostedV1,
  // conversations (issue 12)
  conversationChangedV1,
  conversationReadV1,
  // message actions (issue 12)
  messageEditedV1,
  messageDeletedV1,
  messageMentionedV1,
] as const;

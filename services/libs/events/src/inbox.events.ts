import { z } from 'zod';
import { defineEvent, fields } from './define.js';

/** Who an in-app notification is for: a staff member, or a client user of one client. */
const recipientFields = {
  recipientUserId: fields.id().describe('the staff id or external user id whose inbox it is'),
  recipientKind: z.enum(['staff', 'client']),
  clientId: z.string().describe("a client user's client; '' for staff"),
};

export const inboxNotificationPostedV1 = defineEvent({
  type: 'notification.inbox.posted',
  version: 1,
  producer: 'notification',
  subject: 'in-app notification id',
  description:
    "An in-app notification landed in one person's inbox (once per event and person): their open screens update the bell.",
  consumers: ['gateway (live updates, to that person only)'],
  schema: z.object({
    notificationId: fields.id(),
    ...recipientFields,
    kind: z.string().min(1).describe('the NotificationKind, e.g. new-message'),
    title: z.string(),
    body: z.string(),
    link: z.string().describe('a path in the web app'),
    createdAt: fields.instant(),
    sourceEventId: fields.id().describe('the event that asked for this notification'),
  }),
  example: {
    notificationId: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f',
    recipientUserId: 'd4c3b2a1-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
    recipientKind: 'staff',
    clientId: '',
    kind: 'new-message',
    title: 'Dana Scully wrote in Website redesign',
    body: 'Thanks! Invoice received, paying this week.',
    link: '/app/workspaces/a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    createdAt: '2026-11-29T10:20:01.000Z',
    sourceEventId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  },
});

export const inboxNotificationsReadV1 = defineEvent({
  type: 'notification.inbox.read',
  version: 1,
  producer: 'notification',
  subject: 'recipient user id',
  description:
    'A person marked one or all of their in-app notifications read: their other tabs update the bell.',
  consumers: ['gateway (live updates, to that person only)'],
  schema: z.object({
    ...recipientFields,
    notificationId: z.string().describe("the one read; '' when all were marked read"),
    readAt: fields.instant(),
  }),
  example: {
    recipientUserId: 'd4c3b2a1-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
    recipientKind: 'client',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    notificationId: '',
    readAt: '2026-11-29T10:25:00.000Z',
  },
});

/** What the inbox publishes, on notification.events. */
export const inboxEvents = [inboxNotificationPostedV1, inboxNotificationsReadV1] as const;

import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

export const inboxNotificationSchema = named(
  'InboxNotification',
  z.object({
    id: z.string(),
    kind: z.string().meta({ description: 'What it is about: new-message, mention, quote-answered, ...' }),
    title: z.string(),
    body: z.string(),
    link: z.string().meta({ description: "A path in the web app, '' when it leads nowhere" }),
    createdAt: z.string(),
    readAt: z.string().meta({ description: "'' while unread" }),
  }),
);

const unreadCountSchema = z
  .number()
  .int()
  .meta({ description: 'How many of the caller’s entries are unread' });
const noBody = z.object({}).meta({ description: 'Nothing to send: the path says which' });

/**
 * The caller's own in-app inbox (issue 12, inbox slice). Staff and client users alike; notification
 * answers only with the caller's entries, and NOT_FOUND for anyone else's.
 */
export const inboxRoutes = [
  defineRoute({
    method: 'get',
    path: '/inbox',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'My in-app notifications, newest first',
    tags: ['inbox'],
    query: pageQuerySchema.extend({
      unread: z.enum(['true', 'false']).optional().meta({ description: 'true: only the unread ones' }),
    }),
    response: named(
      'InboxList',
      z.object({
        notifications: z.array(inboxNotificationSchema),
        page: pageInfoSchema,
        unreadCount: unreadCountSchema,
      }),
    ),
    handler: ({ query, onBehalf }, { backends }) =>
      backends.inbox.listInboxNotifications(
        { page: pageOf(query), unreadOnly: query.unread === 'true' },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/inbox/unread-count',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'How many of my in-app notifications are unread (the bell)',
    tags: ['inbox'],
    response: named('InboxUnreadCount', z.object({ unreadCount: unreadCountSchema })),
    handler: ({ onBehalf }, { backends }) => backends.inbox.countUnreadInboxNotifications({}, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/inbox/:notificationId/read',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'Mark one of my notifications read',
    description: 'Someone else’s notification answers 404, as one that does not exist.',
    tags: ['inbox'],
    params: idParams('notificationId'),
    body: noBody,
    response: named(
      'InboxNotificationRead',
      z.object({ notification: inboxNotificationSchema, unreadCount: unreadCountSchema }),
    ),
    handler: async ({ params, onBehalf }, { backends }) => {
      const result = await backends.inbox.markInboxNotificationRead(
        { notificationId: params.notificationId },
        onBehalf,
      );
      if (!result.notification) throw new Error('notification answered without the notification');
      return { notification: result.notification, unreadCount: result.unreadCount };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/inbox/read-all',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'Mark all my notifications read',
    tags: ['inbox'],
    body: noBody,
    response: named(
      'InboxAllRead',
      z.object({
        marked: z.number().int().meta({ description: 'How many were unread' }),
        unreadCount: unreadCountSchema,
      }),
    ),
    handler: ({ onBehalf }, { backends }) => backends.inbox.markAllInboxNotificationsRead({}, onBehalf),
  }),
];

import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

export const notificationSchema = named(
  'Notification',
  z.object({
    id: z.string(),
    tenantId: z.string(),
    channel: z.string().meta({ description: 'e-mail' }),
    recipient: z.string(),
    subject: z.string(),
    template: z.string().meta({ description: 'invitation, new-message, ...' }),
    status: z.enum(['sent', 'failed']),
    error: z.string(),
    createdAt: z.string(),
  }),
);

/** The notification log. */
export const notificationsRoutes = [
  defineRoute({
    method: 'get',
    path: '/notifications',
    access: { staff: 'member' },
    summary: "The tenant's notification log",
    tags: ['notifications'],
    query: pageQuerySchema.extend({
      recipient: z.string().optional().meta({ description: 'Only those sent to this address' }),
    }),
    response: named(
      'NotificationList',
      z.object({ notifications: z.array(notificationSchema), page: pageInfoSchema }),
    ),
    handler: ({ query, onBehalf }, { backends }) =>
      backends.notification.listNotifications(
        { recipient: query.recipient ?? '', page: pageOf(query) },
        onBehalf,
      ),
  }),
];

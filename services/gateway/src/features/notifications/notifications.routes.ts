import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

const notificationStatusSchema = z.enum(['sending', 'sent', 'retrying', 'failed']).meta({
  description:
    'sending: an attempt is under way; retrying: an attempt failed, the next is due at nextAttemptAt; sent; failed: the last attempt failed',
});

export const notificationSchema = named(
  'Notification',
  z.object({
    id: z.string(),
    tenantId: z.string(),
    channel: z.enum(['email', 'sms']),
    recipient: z.string().meta({ description: 'The e-mail address or the E.164 number' }),
    subject: z.string(),
    template: z.string().meta({ description: 'invitation, new-message, ...' }),
    status: notificationStatusSchema,
    error: z.string().meta({ description: 'Why the last attempt failed; empty once sent' }),
    attempts: z.number().int().meta({ description: 'Attempts made, the first included' }),
    nextAttemptAt: z.string().meta({ description: 'RFC 3339; empty unless retrying' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);

type NotificationMessage = z.infer<typeof notificationSchema>;

/** The gRPC message as the API shows it (the status and channel strings narrowed to their values). */
function toNotification(message: {
  id: string;
  tenantId: string;
  channel: string;
  recipient: string;
  subject: string;
  template: string;
  status: string;
  error: string;
  attempts: number;
  nextAttemptAt: string;
  createdAt: string;
  updatedAt: string;
}): NotificationMessage {
  return {
    id: message.id,
    tenantId: message.tenantId,
    channel: message.channel === 'sms' ? 'sms' : 'email',
    recipient: message.recipient,
    subject: message.subject,
    template: message.template,
    status: notificationStatusSchema.catch('failed').parse(message.status),
    error: message.error,
    attempts: message.attempts,
    nextAttemptAt: message.nextAttemptAt,
    createdAt: message.createdAt,
    updatedAt: message.updatedAt || message.createdAt,
  };
}

/** The notification log: what went to whom, what is waiting for a retry, what failed (issue 12). */
export const notificationsRoutes = [
  defineRoute({
    method: 'get',
    path: '/notifications',
    access: { staff: 'member' },
    summary: "The tenant's notification log, newest first",
    tags: ['notifications'],
    query: pageQuerySchema.extend({
      recipient: z.string().optional().meta({ description: 'Only those sent to this address or number' }),
      status: z
        .string()
        .optional()
        .meta({ description: 'Only this status: sending, sent, retrying or failed' }),
    }),
    response: named(
      'NotificationList',
      z.object({ notifications: z.array(notificationSchema), page: pageInfoSchema }),
    ),
    handler: async ({ query, onBehalf }, { backends }) => {
      const result = await backends.notification.listNotifications(
        { recipient: query.recipient ?? '', status: query.status ?? '', page: pageOf(query) },
        onBehalf,
      );
      return { notifications: result.notifications.map(toNotification), page: result.page };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/notifications/:notificationId/retry',
    access: { staff: 'admin' },
    summary: 'Try a failed (or waiting) notification again now',
    description:
      'One attempt at once; the answer is the notification as it ends: sent, or failed with the new error. Refused (409) when it was sent or is being sent.',
    tags: ['notifications'],
    params: idParams('notificationId'),
    body: z.object({}).meta({ description: 'Nothing to send: the path says which' }),
    response: notificationSchema,
    handler: async ({ params, onBehalf }, { backends }) => {
      const { notification } = await backends.notification.retryNotification(
        { id: params.notificationId },
        onBehalf,
      );
      if (!notification) throw new Error('notification answered a retry without the notification');
      return toNotification(notification);
    },
  }),
];

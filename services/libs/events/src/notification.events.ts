import { z } from 'zod';
import { defineEvent, fields } from './define.js';

// Issue 12: text messages (the Twilio Messages API) beside e-mail.
export const channelSchema = z.enum(['email', 'sms']);
export const templateSchema = z.enum([
  'invitation',
  'new-message',
  'team-invitation',
  'document-sent',
  'quote-answered',
  'document-comment',
  'payment-receipt',
  'invoice-reminder',
  'order-placed',
  // Issue 11: instead of an invitation, to an address that signs in to another organisation.
  'address-unavailable',
  // Issue 12, message actions: someone was mentioned in a message.
  'mention',
  // Issue 12 (preferences): one e-mail gathering a person's hourly or daily notifications.
  'digest',
  // Issue 12, notify-events slice: the events that notify.
  'file-shared',
  'deliverable-awaiting-approval',
  'deliverable-decided',
  'invoice-paid',
  'task-assigned',
  'task-due',
  // Issue 13 (webhooks): an endpoint that kept failing was disabled.
  'webhook-disabled',
]);

const delivery = {
  notificationId: fields.id(),
  channel: channelSchema,
  recipient: z.string().min(1).describe('the e-mail address or the E.164 number'),
  template: templateSchema,
  sourceEventId: fields.id().describe('the event that asked for this notification'),
  // Issue 12 (additive): attempts made, the first included; events before it were about one attempt.
  attempts: z.number().int().min(1).default(1),
};

const deliveryExample = {
  notificationId: '5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b',
  channel: 'email',
  recipient: 'dana@globex.test',
  template: 'invitation',
  sourceEventId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  attempts: 1,
} as const;

export const notificationDeliveredV1 = defineEvent({
  type: 'notification.notification.delivered',
  version: 1,
  producer: 'notification',
  subject: 'notification id',
  description: 'A notification reached its recipient’s mail server (e-mail) or the SMS provider (sms).',
  consumers: [],
  schema: z.object(delivery),
  example: deliveryExample,
});

export const notificationFailedV1 = defineEvent({
  type: 'notification.notification.failed',
  version: 1,
  producer: 'notification',
  subject: 'notification id',
  description:
    'A notification could not be sent after its last attempt (retried with backoff before): staff see it failed in the log and may retry it.',
  consumers: [],
  schema: z.object({ ...delivery, error: z.string() }),
  example: { ...deliveryExample, attempts: 6, error: 'connect ECONNREFUSED 127.0.0.1:1025' },
});

/** What notification publishes today, on notification.events. */
export const notificationEvents = [notificationDeliveredV1, notificationFailedV1] as const;

import { z } from 'zod';
import { defineEvent, fields } from './define.js';

export const channelSchema = z.enum(['email']);
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
  // Issue 12, notify-events slice: the events that notify.
  'file-shared',
  'deliverable-awaiting-approval',
  'deliverable-decided',
  'invoice-paid',
  'task-assigned',
  'task-due',
]);

const delivery = {
  notificationId: fields.id(),
  channel: channelSchema,
  recipient: z.string().min(1),
  template: templateSchema,
  sourceEventId: fields.id().describe('the event that asked for this notification'),
};

const deliveryExample = {
  notificationId: '5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b',
  channel: 'email',
  recipient: 'dana@globex.test',
  template: 'invitation',
  sourceEventId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
} as const;

export const notificationDeliveredV1 = defineEvent({
  type: 'notification.notification.delivered',
  version: 1,
  producer: 'notification',
  subject: 'notification id',
  description: 'A notification reached its recipient’s mail server.',
  consumers: [],
  schema: z.object(delivery),
  example: deliveryExample,
});

export const notificationFailedV1 = defineEvent({
  type: 'notification.notification.failed',
  version: 1,
  producer: 'notification',
  subject: 'notification id',
  description: 'A notification could not be sent this time (the consumer retries it).',
  consumers: [],
  schema: z.object({ ...delivery, error: z.string() }),
  example: { ...deliveryExample, error: 'connect ECONNREFUSED 127.0.0.1:1025' },
});

/** What notification publishes today, on notification.events. */
export const notificationEvents = [notificationDeliveredV1, notificationFailedV1] as const;

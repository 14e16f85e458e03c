import { randomUUID } from 'node:crypto';
import { producerSchemas } from '@client-portal/events';
import { EventOutbox, type EventEnvelope, type ServiceRuntime } from '@client-portal/kit';
import { infrastructure } from '@client-portal/testing';
import { Dispatcher } from '../../services/notification/src/application/dispatcher.js';
import { EmailBranding } from '../../services/notification/src/application/email-branding.js';
import { InboxChannel } from '../../services/notification/src/application/inbox.channel.js';
import { SmtpMailer } from '../../services/notification/src/adapters/smtp.mailer.js';
import type {
  NotificationKind,
  Recipient,
  Rendered,
} from '../../services/notification/src/domain/delivery.js';
import { InboxRepository } from '../../services/notification/src/store/inbox.repository.js';
import { NotificationRepository } from '../../services/notification/src/store/notification.repository.js';

/**
 * The running notification service's dispatcher, as its event handlers use it: the same database,
 * outbox topic, its in-app channel and SMTP. The inbox slice's tests notify through it
 * directly: which events notify whom is the notify-events slice's (its handlers call this same
 * `dispatch`), the inbox is what happens after.
 */
export function runningDispatcher(
  runtime: ServiceRuntime,
  topicPrefix: string,
): { dispatcher: Dispatcher; close: () => void } {
  const mailer = new SmtpMailer(infrastructure().smtpUrl, 'Client Portal <no-reply@client-portal.local>');
  const outbox = new EventOutbox(
    'notification',
    `${topicPrefix}notification.events`,
    producerSchemas('notification'),
  );
  const dispatcher = new Dispatcher({
    notifications: new NotificationRepository(runtime.connection),
    mailer,
    outbox,
    logger: runtime.logger,
    dresser: new EmailBranding('http://127.0.0.1:8080'),
    inApp: new InboxChannel(new InboxRepository(runtime.connection), outbox, runtime.logger),
  });
  return {
    dispatcher,
    close: () => {
      mailer.close();
    },
  };
}

/** A source event as a handler receives it (the dispatcher keys exactly-once on its id). */
export function sourceEvent(
  tenantId: string,
  data: Record<string, unknown>,
  type = 'messaging.message.posted',
): EventEnvelope {
  return {
    id: randomUUID(),
    type,
    version: 1,
    tenantId,
    occurredAt: new Date().toISOString(),
    producer: type.split('.')[0] ?? 'messaging',
    subject: randomUUID(),
    correlationId: randomUUID(),
    data,
  };
}

/** A person with an account, as the recipient directory describes them. */
export function accountRecipient(
  userId: string,
  kind: 'staff' | 'client',
  email: string,
  name = 'Someone',
): Recipient {
  return {
    userId,
    kind,
    email,
    name,
    language: 'en',
    mobileNumber: '',
    staffRole: kind === 'staff' ? 'owner' : '',
  };
}

/** What a handler renders: an e-mail and an inbox entry leading to `link`. */
export function renderedWith(title: string, body: string, link: string): Rendered {
  return {
    template: 'new-message',
    email: { subject: title, text: body, html: `<p>${body}</p>` },
    inApp: { title, body, link },
  };
}

export const NEW_MESSAGE: NotificationKind = 'new-message';

import { randomUUID } from 'node:crypto';
import type { EventEnvelope, EventOutbox, Logger, OutboxRelay } from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  normalizeRecipient,
  type Email,
  type Notification,
  type TemplateName,
} from '../domain/notification.js';
import type {
  DeliveryPlan,
  InAppMessage,
  NotificationKind,
  Recipient,
  Rendered,
} from '../domain/delivery.js';
import type { NotificationRepository } from '../store/notification.repository.js';
import type { SmtpMailer } from '../adapters/smtp.mailer.js';

/** Raised after every recipient was tried, when at least one could not be reached: the consumer retries those. */
export class DeliveryError extends Error {
  constructor(failures: { recipient: string; error: string }[]) {
    super(
      `${failures.length} notification(s) could not be sent: ${failures.map((failure) => failure.error).join('; ')}`,
    );
    this.name = 'DeliveryError';
  }
}

/** Which channels a recipient gets a kind on (preferences slice: the person's choices, else defaults by role). */
export interface DeliveryPlanner {
  plan(tenantId: string, recipient: Recipient, kind: NotificationKind): Promise<DeliveryPlan>;
}

/** Until preferences exist: the inbox for people with an account, e-mail at once, no SMS. */
export const defaultPlanner: DeliveryPlanner = {
  plan: (_tenantId, recipient) =>
    Promise.resolve({ inApp: recipient.userId !== '', email: 'now', sms: false }),
};

/** The in-app inbox (inbox slice). */
export interface InAppChannel {
  post(
    event: EventEnvelope,
    recipient: Recipient,
    kind: NotificationKind,
    message: InAppMessage,
  ): Promise<void>;
}

/** E-mails held for an hourly or daily digest (preferences slice). */
export interface DigestQueue {
  enqueue(
    event: EventEnvelope,
    recipient: Recipient,
    kind: NotificationKind,
    rendered: Rendered,
    timing: 'hourly' | 'daily',
  ): Promise<void>;
}

/** The List-Unsubscribe headers of a non-essential e-mail (preferences slice). */
export interface UnsubscribeLinks {
  headers(tenantId: string, recipient: Recipient, kind: NotificationKind): Promise<Record<string, string>>;
}

/** Dresses an e-mail in its tenant's branding: logo, colours, name, sender name, reply-to (templates slice). */
export interface EmailDresser {
  dress(tenantId: string, email: Email): Promise<Email>;
}

export interface DispatcherParts {
  notifications: NotificationRepository;
  mailer: SmtpMailer;
  outbox: EventOutbox<ProducedBy<'notification'>>;
  relay: OutboxRelay;
  logger: Logger;
  dresser: EmailDresser;
  planner?: DeliveryPlanner;
  inApp?: InAppChannel;
  digests?: DigestQueue;
  unsubscribe?: UnsubscribeLinks;
}

/**
 * The one way a notification leaves: for each recipient, the channels their plan names, each at most
 * once per event, recipient and channel. Handlers decide who and what; the dispatcher decides how.
 */
export class Dispatcher {
  private readonly planner: DeliveryPlanner;

  constructor(private readonly parts: DispatcherParts) {
    this.planner = parts.planner ?? defaultPlanner;
  }

  /**
   * Notifies each recipient of one event. Every recipient is tried; if any channel failed, a
   * DeliveryError is thrown after the others went (the consumer retries: what went is not repeated).
   */
  async dispatch(
    event: EventEnvelope,
    kind: NotificationKind,
    recipients: Recipient[],
    render: (recipient: Recipient) => Rendered | Promise<Rendered>,
  ): Promise<void> {
    const failures: { recipient: string; error: string }[] = [];
    for (const recipient of recipients) {
      const to = normalizeRecipient(recipient.email);
      const plan = await this.planner.plan(event.tenantId, recipient, kind);
      const rendered = await render(recipient);
      if (plan.inApp && recipient.userId && rendered.inApp && this.parts.inApp)
        await this.parts.inApp.post(event, recipient, kind, rendered.inApp);
      if (plan.email === 'off' || !to) continue;
      if ((plan.email === 'hourly' || plan.email === 'daily') && this.parts.digests) {
        await this.parts.digests.enqueue(event, recipient, kind, rendered, plan.email);
        continue;
      }
      const headers = (await this.parts.unsubscribe?.headers(event.tenantId, recipient, kind)) ?? {};
      const error = await this.sendEmail(event, rendered.template, {
        ...rendered.email,
        to,
        headers: { ...rendered.email.headers, ...headers },
      });
      if (error) failures.push({ recipient: to, error });
    }
    if (failures.length > 0) throw new DeliveryError(failures);
  }

  /** Whether this event's e-mail to this address went out already (a redelivery must not issue a new link). */
  async sentAlready(event: EventEnvelope, to: string): Promise<boolean> {
    const previous = await this.parts.notifications.findBySource(
      event.tenantId,
      event.id,
      normalizeRecipient(to),
    );
    return previous?.status === 'sent';
  }

  /** Sends one e-mail unless it was sent for this event already; records the outcome. Returns the error, if any. */
  async sendEmail(event: EventEnvelope, template: TemplateName, email: Email): Promise<string | undefined> {
    const { notifications, outbox, relay, mailer, dresser } = this.parts;
    const previous = await notifications.findBySource(event.tenantId, event.id, email.to);
    if (previous?.status === 'sent') return undefined;
    const now = new Date();
    const notification: Notification = {
      id: previous?.id ?? randomUUID(),
      tenantId: event.tenantId,
      channel: 'email',
      recipient: email.to,
      subject: email.subject,
      template,
      status: 'sent',
      error: '',
      sourceEventId: event.id,
      attempts: 0,
      createdAt: now,
      updatedAt: now,
    };
    const facts = {
      notificationId: notification.id,
      channel: notification.channel,
      recipient: email.to,
      template,
      sourceEventId: event.id,
    };
    try {
      await mailer.send(await dresser.dress(event.tenantId, email));
    } catch (caught) {
      const error = caught instanceof Error ? caught.message : String(caught);
      await notifications.recordAttempt(
        { ...notification, status: 'failed', error },
        outbox.entry({
          type: 'notification.notification.failed',
          tenantId: event.tenantId,
          subject: notification.id,
          data: { ...facts, error },
        }),
      );
      relay.nudge();
      return error;
    }
    await notifications.recordAttempt(
      notification,
      outbox.entry({
        type: 'notification.notification.delivered',
        tenantId: event.tenantId,
        subject: notification.id,
        data: facts,
      }),
    );
    relay.nudge();
    return undefined;
  }
}

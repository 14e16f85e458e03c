import { DomainError, type EventEnvelope, type EventOutbox, type Logger } from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  normalizeRecipient,
  type Channel,
  type Email,
  type Notification,
  type NotificationPayload,
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
import type { SmsSender } from '../adapters/sms.sender.js';
import { deliveryId, nextAttemptAt, type RetryPolicy } from '../domain/delivery-policy.js';

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
  logger: Logger;
  dresser: EmailDresser;
  /** How often and how patiently a failing delivery is tried again (defaults: DEFAULT_RETRY_POLICY). */
  retry?: RetryPolicy;
  /** Text messages; absent when the deployment has no SMS provider (then no SMS goes). */
  sms?: SmsSender;
  planner?: DeliveryPlanner;
  inApp?: InAppChannel;
  digests?: DigestQueue;
  unsubscribe?: UnsubscribeLinks;
  /** The clock (tests move it). */
  now?: () => Date;
}

/** Production's patience: 6 attempts over about 15 minutes (30 s doubling, at most 10 minutes apart). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  firstDelayMs: 30_000,
  maxDelayMs: 600_000,
};

/** What one channel delivery needs: who, what for, and the message. */
interface Delivery {
  event: EventEnvelope;
  channel: Channel;
  /** The address or the number. */
  to: string;
  template: TemplateName;
  subject: string;
  payload: NotificationPayload;
}

/**
 * The one way a notification leaves: for each recipient, the channels their plan names, each at most
 * once per event, recipient and channel. Handlers decide who and what; the dispatcher decides how.
 *
 * Exactly once: before sending, the dispatcher INSERTS the notification under an id derived from
 * (tenant, event, channel, recipient); a duplicate key means a redelivery, a replay or another replica
 * has it, and nothing is sent. A failed send is not the consumer's problem (it would repeat the whole
 * event): the entry goes to `retrying` with its next attempt due after an exponential backoff, and the
 * retrier (`retryDue`, run periodically) makes that attempt, claimed by inserting `<id>|<attempt>` so
 * one replica makes it. After the last attempt the entry is `failed`, with its error, for staff to see
 * and retry (`retryNow`). Nothing is dropped silently.
 */
export class Dispatcher {
  private readonly planner: DeliveryPlanner;
  private readonly retry: RetryPolicy;
  private readonly now: () => Date;

  constructor(private readonly parts: DispatcherParts) {
    this.planner = parts.planner ?? defaultPlanner;
    this.retry = parts.retry ?? DEFAULT_RETRY_POLICY;
    this.now = parts.now ?? (() => new Date());
  }

  /**
   * Notifies each recipient of one event. A failing channel does not stop the others nor throw: its
   * notification waits for its next attempt. What throws (a planner, inbox or rendering error) makes
   * the consumer retry the event, and what was claimed already is not repeated.
   */
  async dispatch(
    event: EventEnvelope,
    kind: NotificationKind,
    recipients: Recipient[],
    render: (recipient: Recipient) => Rendered | Promise<Rendered>,
  ): Promise<void> {
    for (const recipient of recipients) {
      const to = normalizeRecipient(recipient.email);
      const plan = await this.planner.plan(event.tenantId, recipient, kind);
      const rendered = await render(recipient);
      if (plan.inApp && recipient.userId && rendered.inApp && this.parts.inApp)
        await this.parts.inApp.post(event, recipient, kind, rendered.inApp);
      if (plan.sms && rendered.sms && recipient.mobileNumber) {
        if (this.parts.sms)
          await this.deliver({
            event,
            channel: 'sms',
            to: recipient.mobileNumber,
            template: rendered.template,
            subject: rendered.email.subject,
            payload: { channel: 'sms', text: rendered.sms },
          });
        else
          this.parts.logger.warn(
            { eventId: event.id, kind },
            'SMS planned but no SMS provider is configured',
          );
      }
      if (plan.email === 'off' || !to) continue;
      if ((plan.email === 'hourly' || plan.email === 'daily') && this.parts.digests) {
        await this.parts.digests.enqueue(event, recipient, kind, rendered, plan.email);
        continue;
      }
      const headers = (await this.parts.unsubscribe?.headers(event.tenantId, recipient, kind)) ?? {};
      await this.sendEmail(event, rendered.template, {
        ...rendered.email,
        to,
        headers: { ...rendered.email.headers, ...headers },
      });
    }
  }

  /**
   * Whether this event's e-mail to this address is taken care of already (sent, under way, waiting for
   * a retry or failed): a redelivery must not issue a new invitation link nor send a second e-mail.
   */
  async sentAlready(event: EventEnvelope, to: string): Promise<boolean> {
    const previous = await this.parts.notifications.findBySource(
      event.tenantId,
      event.id,
      normalizeRecipient(to),
    );
    return previous !== undefined;
  }

  /**
   * Sends one e-mail for an event unless it was claimed for that event and address already (digests
   * send theirs through here too, with their own period's envelope). Answers the notification's id and
   * whether this call claimed it; a failed attempt leaves it retrying, it does not throw.
   */
  async sendEmail(
    event: EventEnvelope,
    template: TemplateName,
    email: Email,
  ): Promise<{ notificationId: string; claimed: boolean }> {
    const to = normalizeRecipient(email.to);
    return this.deliver({
      event,
      channel: 'email',
      to,
      template,
      subject: email.subject,
      payload: { channel: 'email', email: { ...email, to } },
    });
  }

  /** Claims the delivery by inserting its entry, then makes the first attempt. */
  private async deliver(delivery: Delivery): Promise<{ notificationId: string; claimed: boolean }> {
    const { event, channel, to } = delivery;
    const now = this.now();
    const notification: Notification = {
      id: deliveryId(event.tenantId, event.id, channel, to),
      tenantId: event.tenantId,
      channel,
      recipient: to,
      subject: delivery.subject,
      template: delivery.template,
      status: 'sending',
      error: '',
      sourceEventId: event.id,
      attempts: 1,
      nextAttemptAt: null,
      createdAt: now,
      updatedAt: now,
    };
    if (!(await this.parts.notifications.claim(notification, delivery.payload))) {
      this.parts.logger.debug({ eventId: event.id, channel }, 'delivery claimed already: not repeated');
      return { notificationId: notification.id, claimed: false };
    }
    await this.attempt(notification, { final: false }, delivery.payload);
    return { notificationId: notification.id, claimed: true };
  }

  /**
   * Makes the attempts that are due (waiting ones whose time came, and ones a stopped replica left
   * mid-attempt), each claimed by insert so that one replica makes it. Answers how many were made.
   */
  async retryDue(options: { limit?: number; staleAfterMs?: number } = {}): Promise<number> {
    const now = this.now();
    const staleBefore = new Date(now.getTime() - (options.staleAfterMs ?? 5 * 60_000));
    const due = await this.parts.notifications.due(now, staleBefore, options.limit ?? 50);
    let made = 0;
    for (const notification of due) {
      const attempt = notification.attempts + 1;
      if (!(await this.parts.notifications.claimAttempt(notification.id, attempt, now))) continue;
      made += 1;
      await this.attempt(await this.markSending(notification, attempt), { final: false });
    }
    return made;
  }

  /**
   * Staff's "retry now" on a failed (or waiting) notification: one attempt at once, whose outcome is
   * final (sent, or failed again with the new error). Another retry under way: FAILED_PRECONDITION.
   */
  async retryNow(tenantId: string, id: string): Promise<Notification> {
    const notification = await this.parts.notifications.find(tenantId, id);
    if (!notification) throw DomainError.notFound('notification', id);
    if (notification.status !== 'failed' && notification.status !== 'retrying')
      throw DomainError.precondition(
        notification.status === 'sent'
          ? 'This notification was sent: there is nothing to retry.'
          : 'This notification is being sent at the moment.',
      );
    const payload = await this.parts.notifications.payloadOf(notification.id);
    if (!payload)
      throw DomainError.precondition('This notification predates retries: its content was not kept.');
    const attempt = notification.attempts + 1;
    if (!(await this.parts.notifications.claimAttempt(notification.id, attempt, this.now())))
      throw DomainError.precondition('This notification is being retried at the moment.');
    return this.attempt(await this.markSending(notification, attempt), { final: true }, payload);
  }

  private async markSending(notification: Notification, attempt: number): Promise<Notification> {
    const sending: Notification = {
      ...notification,
      status: 'sending',
      attempts: attempt,
      nextAttemptAt: null,
      updatedAt: this.now(),
    };
    await this.parts.notifications.record(notification.id, {
      status: 'sending',
      error: notification.error,
      attempts: attempt,
      nextAttemptAt: null,
      updatedAt: sending.updatedAt,
    });
    return sending;
  }

  /**
   * One attempt at a claimed notification; records its outcome: sent (with the delivered event),
   * retrying (its next attempt's time) or, after the last attempt or a final one, failed (with the
   * failed event). Never throws for a refused send: the entry holds the error.
   */
  private async attempt(
    notification: Notification,
    options: { final: boolean },
    payload?: NotificationPayload,
  ): Promise<Notification> {
    const { notifications, outbox, logger } = this.parts;
    const facts = {
      notificationId: notification.id,
      channel: notification.channel,
      recipient: notification.recipient,
      template: notification.template,
      sourceEventId: notification.sourceEventId,
      attempts: notification.attempts,
    };
    let error = '';
    try {
      await this.send(notification, payload ?? (await notifications.payloadOf(notification.id)));
    } catch (caught) {
      error = (caught instanceof Error ? caught.message : String(caught)) || 'unknown error';
    }
    const now = this.now();
    if (!error) {
      const sent = {
        status: 'sent' as const,
        error: '',
        attempts: notification.attempts,
        nextAttemptAt: null,
        updatedAt: now,
      };
      await notifications.record(
        notification.id,
        sent,
        outbox.entry({
          type: 'notification.notification.delivered',
          tenantId: notification.tenantId,
          subject: notification.id,
          data: facts,
        }),
      );
      return { ...notification, ...sent };
    }
    const next = options.final ? undefined : nextAttemptAt(this.retry, notification.attempts, now);
    if (next) {
      const retrying = {
        status: 'retrying' as const,
        error,
        attempts: notification.attempts,
        nextAttemptAt: next,
        updatedAt: now,
      };
      await notifications.record(notification.id, retrying);
      logger.warn(
        {
          notificationId: notification.id,
          channel: notification.channel,
          attempt: notification.attempts,
          error,
        },
        'a notification could not be sent: retrying later',
      );
      return { ...notification, ...retrying };
    }
    const failed = {
      status: 'failed' as const,
      error,
      attempts: notification.attempts,
      nextAttemptAt: null,
      updatedAt: now,
    };
    await notifications.record(
      notification.id,
      failed,
      outbox.entry({
        type: 'notification.notification.failed',
        tenantId: notification.tenantId,
        subject: notification.id,
        data: { ...facts, error },
      }),
    );
    logger.error(
      {
        notificationId: notification.id,
        channel: notification.channel,
        attempts: notification.attempts,
        error,
      },
      'a notification failed after its last attempt',
    );
    return { ...notification, ...failed };
  }

  /** Hands the message to its channel's server: SMTP (dressed in the tenant's branding now) or the SMS API. */
  private async send(notification: Notification, payload: NotificationPayload | undefined): Promise<void> {
    if (!payload) throw new Error('This notification predates retries: its content was not kept');
    if (payload.channel === 'email') {
      await this.parts.mailer.send(await this.parts.dresser.dress(notification.tenantId, payload.email));
      return;
    }
    if (!this.parts.sms) throw new Error('No SMS provider is configured');
    await this.parts.sms.send(notification.recipient, payload.text);
  }
}

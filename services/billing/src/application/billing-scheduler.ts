/**
 * What billing does by itself: every tick, issue the subscription periods that are due and send the
 * overdue reminders that are due. Every replica runs it; nothing here relies on being alone. Each
 * period and each reminder step is claimed by INSERTING a record whose unique `_id` names it, and the
 * work follows the claim (see docs/billing-recurring.md for the whole argument).
 */
import { randomUUID } from 'node:crypto';
import type { EventOutbox, Logger } from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { amountDueMinor } from '../domain/document.js';
import { reminderDecision } from '../domain/reminder-schedule.js';
import {
  addDays,
  afterIssuing,
  dayOf,
  daysBetween,
  duePeriods,
  periodOf,
  type Subscription,
} from '../domain/subscription.js';
import type { DocumentRepository } from '../store/document.repository.js';
import { reminderRunId, type ReminderRepository } from '../store/reminder.repository.js';
import {
  subscriptionRunId,
  type SubscriptionRepository,
  type SubscriptionRun,
} from '../store/subscription.repository.js';
import { issueSubscriptionInvoice } from './issue-subscription-invoice.js';
import type { PartyDirectory } from './parties.js';
import { MAX_REMINDER_STEP_DAYS } from '../domain/reminder-schedule.js';

export interface SchedulerOptions {
  intervalMs: number;
  /** A run claimed and not finished for this long is taken to be abandoned (its replica died). */
  leaseMs: number;
  /** The clock: tests move it instead of waiting for days. */
  clock: () => Date;
}

const SUBSCRIPTION_BATCH = 100;
const INVOICE_BATCH = 200;
const MAX_ADVANCE_ATTEMPTS = 5;

export interface TickReport {
  invoicesIssued: number;
  remindersSent: number;
  remindersSkipped: number;
}

export class BillingScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly documents: DocumentRepository,
    private readonly reminders: ReminderRepository,
    private readonly parties: PartyDirectory,
    private readonly outbox: EventOutbox<ProducedBy<'billing'>>,
    private readonly logger: Logger,
    private readonly options: SchedulerOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops ticking and waits for the tick under way, so shutdown never cuts a write in two. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .then(() => undefined)
        .catch((error: unknown) => {
          // A failed tick is retried by the next one; every step is idempotent.
          this.logger.error({ err: error }, 'billing scheduler tick failed');
        })
        .finally(() => {
          this.running = undefined;
          this.schedule(this.options.intervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** One pass: due periods first (their invoices may be reminded later), then reminders. */
  async tick(): Promise<TickReport> {
    const invoicesIssued = await this.issueDuePeriods();
    const { sent, skipped } = await this.sendDueReminders();
    return { invoicesIssued, remindersSent: sent, remindersSkipped: skipped };
  }

  // --- Subscriptions ---------------------------------------------------------------------------

  private async issueDuePeriods(): Promise<number> {
    const today = dayOf(this.options.clock());
    let issued = 0;
    for (const subscription of await this.subscriptions.due(today, SUBSCRIPTION_BATCH)) {
      if (this.stopped) break;
      try {
        issued += await this.issueSubscription(subscription, today);
      } catch (error) {
        this.logger.error({ err: error, subscriptionId: subscription.id }, 'subscription period not issued');
      }
    }
    return issued;
  }

  /** Each due period in order; stops at one another replica is still issuing (order is kept). */
  private async issueSubscription(subscription: Subscription, today: string): Promise<number> {
    let issued = 0;
    for (const periodStart of duePeriods(subscription, today)) {
      const run = await this.claimOrResume(subscription, periodStart);
      if (!run) break;
      if (run.status === 'claimed') {
        const now = this.options.clock();
        const document = await issueSubscriptionInvoice(
          { documents: this.documents, outbox: this.outbox, parties: this.parties },
          { subscription, documentId: run.documentId, period: periodOf(subscription, periodStart), now },
        );
        await this.subscriptions.finishRun(run.id, {
          documentId: document.id,
          documentNumber: document.number,
          totalMinor: document.totalMinor,
          currency: document.currency,
          issuedAt: document.issuedAt ?? now,
        });
        issued++;
        this.logger.info(
          { subscriptionId: subscription.id, periodStart, number: document.number, attempt: run.attempt },
          'subscription period invoiced',
        );
      }
      await this.advance(subscription, periodStart);
    }
    return issued;
  }

  /**
   * The run this replica should carry on with: a fresh claim, a stale run taken over, or a finished
   * one (only the subscription's next date is left to move). Undefined: another replica is on it.
   */
  private async claimOrResume(
    subscription: Subscription,
    periodStart: string,
  ): Promise<SubscriptionRun | undefined> {
    const now = this.options.clock();
    const id = subscriptionRunId(subscription.id, periodStart);
    const period = periodOf(subscription, periodStart);
    const fresh: SubscriptionRun = {
      id,
      tenantId: subscription.tenantId,
      subscriptionId: subscription.id,
      periodStart,
      periodEnd: period.end,
      status: 'claimed',
      documentId: randomUUID(),
      documentNumber: '',
      totalMinor: 0,
      currency: subscription.currency,
      attempt: 1,
      claimedAt: now,
      leasedAt: now,
      issuedAt: null,
    };
    if (await this.subscriptions.claimRun(fresh)) return fresh;
    const existing = await this.subscriptions.findRun(id);
    if (!existing) return undefined;
    if (existing.status === 'issued') return existing;
    // Claimed but not finished: its replica is either at work or dead. Only after the lease is it
    // taken over, by one replica (the takeover is itself an insert).
    if (now.getTime() - new Date(existing.leasedAt).getTime() < this.options.leaseMs) return undefined;
    const taken = await this.subscriptions.takeOverRun(existing, now);
    if (taken)
      this.logger.warn({ runId: id, attempt: taken.attempt }, 'resuming an interrupted subscription run');
    return taken;
  }

  /** Moves the next issue day past `periodStart`; retried on a concurrent change, never backwards. */
  private async advance(subscription: Subscription, periodStart: string): Promise<void> {
    let current: Subscription | undefined = subscription;
    for (let attempt = 0; attempt < MAX_ADVANCE_ATTEMPTS && current; attempt++) {
      const next = afterIssuing(current, periodStart, this.options.clock());
      if (next === current) return;
      if (await this.subscriptions.replace(next, current.version)) {
        Object.assign(subscription, next);
        return;
      }
      current = await this.subscriptions.find(subscription.tenantId, subscription.id);
    }
    // Left as is: the next tick finds the period's run issued and moves the date then.
  }

  // --- Reminders -------------------------------------------------------------------------------

  private async sendDueReminders(): Promise<{ sent: number; skipped: number }> {
    const today = dayOf(this.options.clock());
    let sent = 0;
    let skipped = 0;
    let after: { dueDate: string; id: string } | undefined;
    // Invoices due before today (1 day overdue at least) and not beyond the longest possible step.
    const dueFrom = addDays(today, -MAX_REMINDER_STEP_DAYS);
    while (!this.stopped) {
      const invoices = await this.documents.issuedInvoicesDueBetween(dueFrom, today, INVOICE_BATCH, after);
      if (invoices.length === 0) break;
      const last = invoices.at(-1);
      after = last ? { dueDate: last.dueDate, id: last.id } : undefined;
      const schedules = await this.reminders.schedules([
        ...new Set(invoices.map((invoice) => invoice.tenantId)),
      ]);
      const done = await this.reminders.stepsDone(invoices.map((invoice) => invoice.id));
      for (const invoice of invoices) {
        const schedule = schedules.get(invoice.tenantId);
        const due = amountDueMinor(invoice);
        if (!schedule?.enabled || due <= 0) continue;
        const daysOverdue = daysBetween(invoice.dueDate, today);
        const decision = reminderDecision(schedule.stepsDays, daysOverdue, done.get(invoice.id) ?? new Set());
        if (decision.send === undefined) continue;
        try {
          const now = this.options.clock();
          for (const step of decision.skip) {
            const recorded = await this.reminders.claimStep({
              id: reminderRunId(invoice.id, step),
              tenantId: invoice.tenantId,
              invoiceId: invoice.id,
              step,
              outcome: 'skipped',
              daysOverdue,
              createdAt: now,
            });
            if (recorded) skipped++;
          }
          const buyer = await this.parties.buyer(invoice.tenantId, invoice.clientId, invoice.clientName);
          const event = this.outbox.entry({
            type: 'billing.invoice.reminded',
            tenantId: invoice.tenantId,
            subject: invoice.id,
            data: {
              invoiceId: invoice.id,
              clientId: invoice.clientId,
              clientName: invoice.clientName,
              tenantName: invoice.seller.name || invoice.seller.legalName,
              number: invoice.number,
              currency: invoice.currency,
              amountDueMinor: due,
              dueDate: invoice.dueDate,
              daysOverdue,
              recipients: buyer.recipients,
            },
          });
          const claimed = await this.reminders.claimStep(
            {
              id: reminderRunId(invoice.id, decision.send),
              tenantId: invoice.tenantId,
              invoiceId: invoice.id,
              step: decision.send,
              outcome: 'sent',
              daysOverdue,
              createdAt: now,
            },
            event,
          );
          if (claimed) {
            sent++;
            this.logger.info(
              { invoiceId: invoice.id, step: decision.send, recipients: buyer.recipients.length },
              'overdue reminder recorded',
            );
          }
        } catch (error) {
          this.logger.error({ err: error, invoiceId: invoice.id }, 'overdue reminder not recorded');
        }
      }
      if (invoices.length < INVOICE_BATCH) break;
    }
    return { sent, skipped };
  }
}

import { assertSeesBilling } from './client-rights.js';
import { randomUUID } from 'node:crypto';
import { assertPermission, canSeeClient, DomainError, pageInfo, type Principal } from '@client-portal/kit';
import {
  cancelledSubscription,
  dayOf,
  editedSubscription,
  newSubscription,
  pausedSubscription,
  resumedSubscription,
  type Subscription,
  type SubscriptionInput,
} from '../domain/subscription.js';
import { validatedSchedule, type ReminderSchedule } from '../domain/reminder-schedule.js';
import type { ReminderRepository } from '../store/reminder.repository.js';
import { SubscriptionRepository, type SubscriptionRun } from '../store/subscription.repository.js';

const changedMeanwhile = (what: string): DomainError =>
  DomainError.precondition(`The ${what} was changed meanwhile: reload it and try again`, 'version.stale');

/** Subscriptions and the reminder schedule: access checks, rules, optimistic concurrency. */
export class SubscriptionService {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly reminders: ReminderRepository,
    private readonly clock: () => Date,
  ) {}

  async create(
    principal: Principal,
    request: { clientId: string; clientName: string; tenantName: string; input: SubscriptionInput },
  ): Promise<Subscription> {
    assertPermission(principal, 'documents.edit');
    const subscription = newSubscription(request.input, {
      id: randomUUID(),
      tenantId: principal.tenantId,
      tenantName: request.tenantName,
      clientId: request.clientId,
      clientName: request.clientName,
      createdBy: principal.userId,
      now: this.clock(),
    });
    await this.subscriptions.insert(subscription);
    return subscription;
  }

  async update(
    principal: Principal,
    request: { subscriptionId: string; expectedVersion: number; input: SubscriptionInput },
  ): Promise<Subscription> {
    assertPermission(principal, 'documents.edit');
    const current = await this.current(principal, request.subscriptionId, request.expectedVersion);
    const hasIssued = await this.subscriptions.hasRuns(principal.tenantId, current.id);
    const next = editedSubscription(current, request.input, { hasIssued, now: this.clock() });
    return this.save(next, current.version);
  }

  async pause(principal: Principal, request: { subscriptionId: string; expectedVersion: number }) {
    assertPermission(principal, 'documents.edit');
    const current = await this.current(principal, request.subscriptionId, request.expectedVersion);
    return this.save(pausedSubscription(current, this.clock()), current.version);
  }

  async resume(principal: Principal, request: { subscriptionId: string; expectedVersion: number }) {
    assertPermission(principal, 'documents.edit');
    const current = await this.current(principal, request.subscriptionId, request.expectedVersion);
    const now = this.clock();
    return this.save(resumedSubscription(current, dayOf(now), now), current.version);
  }

  async cancel(principal: Principal, request: { subscriptionId: string; expectedVersion: number }) {
    assertPermission(principal, 'documents.edit');
    const current = await this.current(principal, request.subscriptionId, request.expectedVersion);
    return this.save(cancelledSubscription(current, this.clock()), current.version);
  }

  /** Staff with billing.view; a client user their own client's (another's answers NOT_FOUND). */
  async get(principal: Principal, subscriptionId: string): Promise<Subscription> {
    if (principal.kind !== 'client') assertPermission(principal, 'billing.view');
    const subscription = await this.subscriptions.find(principal.tenantId, subscriptionId);
    if (!subscription || !canSeeClient(principal, subscription.clientId))
      throw DomainError.notFound('Subscription', subscriptionId);
    // A subscription is amounts billed: a client user needs "billing" (or "pay") as for invoices.
    assertSeesBilling(principal);
    return subscription;
  }

  async list(
    principal: Principal,
    request: { clientId: string; page: { pageSize?: number; pageToken?: string } | null },
  ) {
    let clientId = request.clientId.trim();
    if (principal.kind === 'client') {
      clientId ||= principal.clientId ?? '';
      if (!clientId || !canSeeClient(principal, clientId)) throw DomainError.notFound('Client', clientId);
      assertSeesBilling(principal);
    } else assertPermission(principal, 'billing.view');
    const page = SubscriptionRepository.listOrder.read(request.page);
    const { subscriptions, nextPageToken } = await this.subscriptions.list(
      principal.tenantId,
      { clientId },
      page,
    );
    // A client user sees only what is running or paused, never a cancelled or ended one's past.
    const visible =
      principal.kind === 'client'
        ? subscriptions.filter((subscription) => ['active', 'paused'].includes(subscription.status))
        : subscriptions;
    return { subscriptions: visible, page: pageInfo(nextPageToken) };
  }

  async runs(principal: Principal, subscriptionId: string): Promise<SubscriptionRun[]> {
    const subscription = await this.get(principal, subscriptionId);
    return this.subscriptions.runsOf(principal.tenantId, subscription.id);
  }

  async reminderSchedule(principal: Principal): Promise<ReminderSchedule> {
    assertPermission(principal, 'billing.view');
    return this.reminders.schedule(principal.tenantId);
  }

  async updateReminderSchedule(
    principal: Principal,
    request: { enabled: boolean; stepsDays: number[]; expectedVersion: number },
  ): Promise<ReminderSchedule> {
    assertPermission(principal, 'billing.configure');
    const current = await this.reminders.schedule(principal.tenantId);
    if (current.version !== request.expectedVersion) throw changedMeanwhile('reminder schedule');
    const next = validatedSchedule(current, request, this.clock());
    if (!(await this.reminders.save(next, current.version))) throw changedMeanwhile('reminder schedule');
    return next;
  }

  private async current(principal: Principal, id: string, expectedVersion: number): Promise<Subscription> {
    const subscription = await this.subscriptions.find(principal.tenantId, id);
    if (!subscription) throw DomainError.notFound('Subscription', id);
    if (subscription.version !== expectedVersion) throw changedMeanwhile('subscription');
    return subscription;
  }

  private async save(next: Subscription, expectedVersion: number): Promise<Subscription> {
    if (!(await this.subscriptions.replace(next, expectedVersion))) throw changedMeanwhile('subscription');
    return next;
  }
}

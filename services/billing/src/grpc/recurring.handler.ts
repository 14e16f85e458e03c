import { requirePrincipal, type Principal } from '@client-portal/kit';
import type {
  HandlersOf,
  ReminderScheduleView,
  SubscriptionInput__Output,
  SubscriptionRunView,
  SubscriptionView,
} from '@client-portal/contracts';
import type { SubscriptionService } from '../application/subscription.service.js';
import type { ReminderSchedule } from '../domain/reminder-schedule.js';
import type { Subscription, SubscriptionInput } from '../domain/subscription.js';
import type { SubscriptionRun } from '../store/subscription.repository.js';

/** int64 amounts travel as decimal strings; a client user never sees who created it. */
export function toSubscriptionView(subscription: Subscription, principal: Principal): SubscriptionView {
  return {
    id: subscription.id,
    clientId: subscription.clientId,
    clientName: subscription.clientName,
    currency: subscription.currency,
    lines: subscription.lines.map((line) => ({
      description: line.description,
      unit: line.unit,
      quantityMilli: String(line.quantityMilli),
      unitPriceMinor: String(line.unitPriceMinor),
      taxRateBasisPoints: line.taxRateBasisPoints,
    })),
    frequency: subscription.frequency,
    startDate: subscription.startDate,
    endDate: subscription.endDate,
    paymentTermDays: subscription.paymentTermDays,
    notes: subscription.notes,
    status: subscription.status,
    nextIssueDate: subscription.nextIssueDate,
    totalMinor: String(subscription.totalMinor),
    version: subscription.version,
    createdAt: subscription.createdAt.toISOString(),
    updatedAt: subscription.updatedAt.toISOString(),
    createdBy: principal.kind === 'client' ? '' : subscription.createdBy,
  };
}

function toRunView(run: SubscriptionRun): SubscriptionRunView {
  return {
    periodStart: run.periodStart,
    periodEnd: run.periodEnd,
    status: run.status,
    documentId: run.status === 'issued' ? run.documentId : '',
    documentNumber: run.documentNumber,
    totalMinor: String(run.totalMinor),
    currency: run.currency,
    claimedAt: new Date(run.claimedAt).toISOString(),
    issuedAt: run.issuedAt ? new Date(run.issuedAt).toISOString() : '',
  };
}

function toScheduleView(schedule: ReminderSchedule): ReminderScheduleView {
  return {
    enabled: schedule.enabled,
    stepsDays: schedule.stepsDays,
    version: schedule.version,
    updatedAt: schedule.updatedAt ? new Date(schedule.updatedAt).toISOString() : '',
  };
}

// Out-of-range int64 values become unsafe numbers here, which the domain refuses field by field.
const inputOf = (input: SubscriptionInput__Output | null): SubscriptionInput => ({
  currency: input?.currency ?? '',
  lines: (input?.lines ?? []).map((line) => ({
    description: line.description,
    unit: line.unit,
    quantityMilli: Number(line.quantityMilli),
    unitPriceMinor: Number(line.unitPriceMinor),
    taxRateBasisPoints: line.taxRateBasisPoints,
  })),
  frequency: input?.frequency ?? '',
  startDate: input?.startDate ?? '',
  endDate: input?.endDate ?? '',
  paymentTermDays: input?.paymentTermDays ?? 0,
  notes: input?.notes ?? '',
});

export function recurringHandlers(service: SubscriptionService): HandlersOf<'recurring'> {
  return {
    CreateSubscription: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const subscription = await service.create(principal, {
        clientId: request.clientId,
        clientName: request.clientName,
        tenantName: request.tenantName,
        input: inputOf(request.subscription),
      });
      return toSubscriptionView(subscription, principal);
    },
    UpdateSubscription: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const subscription = await service.update(principal, {
        subscriptionId: request.subscriptionId,
        expectedVersion: request.expectedVersion,
        input: inputOf(request.subscription),
      });
      return toSubscriptionView(subscription, principal);
    },
    PauseSubscription: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toSubscriptionView(await service.pause(principal, request), principal);
    },
    ResumeSubscription: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toSubscriptionView(await service.resume(principal, request), principal);
    },
    CancelSubscription: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toSubscriptionView(await service.cancel(principal, request), principal);
    },
    GetSubscription: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toSubscriptionView(await service.get(principal, request.subscriptionId), principal);
    },
    ListSubscriptions: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const result = await service.list(principal, request);
      return {
        subscriptions: result.subscriptions.map((subscription) =>
          toSubscriptionView(subscription, principal),
        ),
        page: result.page,
      };
    },
    ListSubscriptionRuns: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return { runs: (await service.runs(principal, request.subscriptionId)).map(toRunView) };
    },
    GetReminderSchedule: async (_request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toScheduleView(await service.reminderSchedule(principal));
    },
    UpdateReminderSchedule: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toScheduleView(await service.updateReminderSchedule(principal, request));
    },
  };
}

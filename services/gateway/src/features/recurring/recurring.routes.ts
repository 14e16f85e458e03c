import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import type { SubscriptionView__Output } from '@client-portal/contracts';
import { defineRoute, named } from '../../http/route.js';
import { idParams, minorUnits, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

const FREQUENCIES = ['monthly', 'quarterly', 'yearly'] as const;
const STATUSES = ['active', 'paused', 'cancelled', 'ended'] as const;
const day = z.string().meta({ description: 'YYYY-MM-DD, or empty' });

/** Whole numbers as JSON numbers or decimal strings (int64 amounts may exceed 2^53). */
const integerText = z
  .union([z.number().int(), z.string().regex(/^-?\d+$/, 'must be a whole number')])
  .transform((value) => String(value));

export const subscriptionLineSchema = named(
  'SubscriptionLine',
  z.object({
    description: z.string(),
    unit: z.string(),
    quantityMilli: z.string().meta({ description: 'Thousandths of a unit: 1500 = 1.5' }),
    unitPriceMinor: minorUnits,
    taxRateBasisPoints: z.number().int().meta({ description: '2000 = 20 %' }),
  }),
);

const subscriptionFields = {
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  currency: z.string(),
  lines: z.array(subscriptionLineSchema),
  frequency: z.enum(FREQUENCIES),
  startDate: day,
  endDate: day,
  paymentTermDays: z.number().int(),
  notes: z.string(),
  status: z.enum(STATUSES),
  nextIssueDate: day.meta({ description: 'The next period issue day; empty when none is left' }),
  totalMinor: minorUnits.meta({ description: "One period's total with tax" }),
};

export const subscriptionSchema = named(
  'Subscription',
  z.object({
    ...subscriptionFields,
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string(),
  }),
);

/** What a client user sees: no version, author or timestamps of the staff's edits. */
export const portalSubscriptionSchema = named('PortalSubscription', z.object(subscriptionFields));

const toPortalSubscription = (subscription: SubscriptionView__Output) => ({
  id: subscription.id,
  clientId: subscription.clientId,
  clientName: subscription.clientName,
  currency: subscription.currency,
  lines: subscription.lines,
  frequency: subscription.frequency,
  startDate: subscription.startDate,
  endDate: subscription.endDate,
  paymentTermDays: subscription.paymentTermDays,
  notes: subscription.notes,
  status: subscription.status,
  nextIssueDate: subscription.nextIssueDate,
  totalMinor: subscription.totalMinor,
});

export const subscriptionInputSchema = named(
  'SubscriptionInput',
  z.object({
    currency: z.string().default('EUR'),
    lines: z
      .array(
        named(
          'SubscriptionLineInput',
          z.object({
            description: z
              .string()
              .meta({ maxLength: FIELD_LIMITS.billing.subscriptionLineDescription })
              .default(''),
            unit: z.string().meta({ maxLength: FIELD_LIMITS.billing.lineUnit }).default(''),
            quantityMilli: integerText.meta({ description: 'Thousandths of a unit: 1500 = 1.5' }),
            unitPriceMinor: integerText,
            taxRateBasisPoints: z.number().int().default(0).meta({ description: '2000 = 20 %' }),
          }),
        ),
      )
      .max(FIELD_LIMITS.billing.subscriptionLines),
    frequency: z.string().meta({ description: 'monthly, quarterly or yearly' }),
    startDate: z.string().meta({ description: 'YYYY-MM-DD: the first issue day (may be in the past)' }),
    endDate: z.string().default('').meta({ description: 'YYYY-MM-DD, or empty when open-ended' }),
    paymentTermDays: z.number().int().default(30),
    notes: z.string().meta({ maxLength: FIELD_LIMITS.billing.subscriptionNotes }).default(''),
  }),
);

const versionBody = named('SubscriptionCommand', z.object({ expectedVersion: z.number().int() }));

export const subscriptionRunSchema = named(
  'SubscriptionRun',
  z.object({
    periodStart: z.string(),
    periodEnd: z.string(),
    status: z.enum(['claimed', 'issued']),
    documentId: z.string().meta({ description: 'The invoice issued for the period; empty while claimed' }),
    documentNumber: z.string(),
    totalMinor: minorUnits,
    currency: z.string(),
    claimedAt: z.string(),
    issuedAt: z.string(),
  }),
);

export const reminderScheduleSchema = named(
  'ReminderSchedule',
  z.object({
    enabled: z.boolean(),
    stepsDays: z.array(z.number().int()).meta({ description: 'Days after the due date, ascending' }),
    version: z.number().int().meta({ description: '0 while the default schedule applies' }),
    updatedAt: z.string(),
  }),
);

const subscriptionList = named(
  'SubscriptionList',
  z.object({ subscriptions: z.array(subscriptionSchema), page: pageInfoSchema }),
);
const subscriptionParams = idParams('subscriptionId');

/** Subscriptions (recurring invoices) and the overdue-reminder schedule. */
export const recurringRoutes = [
  defineRoute({
    method: 'get',
    path: '/subscriptions',
    access: { permission: 'billing.view' },
    summary: "The tenant's subscriptions, newest first",
    tags: ['recurring'],
    query: pageQuerySchema,
    response: subscriptionList,
    handler: ({ query, onBehalf }, { backends }) =>
      backends.recurring.listSubscriptions({ clientId: '', page: pageOf(query) }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/subscriptions',
    access: { permission: 'billing.view' },
    summary: "A client's subscriptions, newest first",
    tags: ['recurring'],
    params: idParams('clientId'),
    query: pageQuerySchema,
    response: subscriptionList,
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.recurring.listSubscriptions({ clientId: params.clientId, page: pageOf(query) }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/subscriptions',
    access: { permission: 'documents.edit' },
    summary: 'Create a subscription: billing issues its invoice on every period day',
    tags: ['recurring'],
    status: 201,
    params: idParams('clientId'),
    body: subscriptionInputSchema,
    response: subscriptionSchema,
    handler: async ({ params, body, caller, onBehalf }, { backends }) => {
      // The invoices carry the client's name as it is in crm (a missing client answers 404 here).
      const client = await backends.crm.getClient({ clientId: params.clientId }, onBehalf);
      return backends.recurring.createSubscription(
        { clientId: client.id, clientName: client.name, tenantName: caller.tenantName, subscription: body },
        onBehalf,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/subscriptions/:subscriptionId',
    access: { permission: 'billing.view' },
    summary: 'A subscription',
    tags: ['recurring'],
    params: subscriptionParams,
    response: subscriptionSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.recurring.getSubscription(params, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/subscriptions/:subscriptionId',
    access: { permission: 'documents.edit' },
    summary: 'Edit a subscription (the periods not issued yet)',
    tags: ['recurring'],
    params: subscriptionParams,
    body: named('SubscriptionUpdate', subscriptionInputSchema.extend({ expectedVersion: z.number().int() })),
    response: subscriptionSchema,
    handler: ({ params, body, onBehalf }, { backends }) => {
      const { expectedVersion, ...subscription } = body;
      return backends.recurring.updateSubscription(
        { subscriptionId: params.subscriptionId, expectedVersion, subscription },
        onBehalf,
      );
    },
  }),
  defineRoute({
    method: 'post',
    path: '/subscriptions/:subscriptionId/pause',
    access: { permission: 'documents.edit' },
    summary: 'Pause a subscription: no period is issued while paused',
    tags: ['recurring'],
    params: subscriptionParams,
    body: versionBody,
    response: subscriptionSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.recurring.pauseSubscription({ ...params, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/subscriptions/:subscriptionId/resume',
    access: { permission: 'documents.edit' },
    summary: 'Resume a paused subscription from the next period day',
    tags: ['recurring'],
    params: subscriptionParams,
    body: versionBody,
    response: subscriptionSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.recurring.resumeSubscription({ ...params, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/subscriptions/:subscriptionId/cancel',
    access: { permission: 'documents.edit' },
    summary: 'Cancel a subscription (final; issued invoices stay)',
    tags: ['recurring'],
    params: subscriptionParams,
    body: versionBody,
    response: subscriptionSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.recurring.cancelSubscription({ ...params, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/subscriptions/:subscriptionId/runs',
    access: { permission: 'billing.view' },
    summary: 'The periods a subscription issued, newest first, with their invoices',
    tags: ['recurring'],
    params: subscriptionParams,
    response: named('SubscriptionRunList', z.object({ runs: z.array(subscriptionRunSchema) })),
    handler: ({ params, onBehalf }, { backends }) =>
      backends.recurring.listSubscriptionRuns(params, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/billing/reminder-schedule',
    access: { permission: 'billing.view' },
    summary: "The tenant's overdue-reminder schedule (the default 3, 7, 14 days until set)",
    tags: ['recurring'],
    response: reminderScheduleSchema,
    handler: ({ onBehalf }, { backends }) => backends.recurring.getReminderSchedule({}, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/billing/reminder-schedule',
    access: { permission: 'billing.configure' },
    summary: 'Set the overdue-reminder schedule: 1-365 days after due, ascending, at most 6 steps',
    tags: ['recurring'],
    body: named(
      'ReminderScheduleInput',
      z.object({
        enabled: z.boolean(),
        stepsDays: z.array(z.number().int()).max(FIELD_LIMITS.common.idList),
        expectedVersion: z.number().int(),
      }),
    ),
    response: reminderScheduleSchema,
    handler: ({ body, onBehalf }, { backends }) => backends.recurring.updateReminderSchedule(body, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/portal/subscriptions',
    access: 'client',
    clientRight: 'billing',
    summary: "The client user's running subscriptions (nothing internal)",
    tags: ['recurring', 'portal'],
    response: named('PortalSubscriptionList', z.object({ subscriptions: z.array(portalSubscriptionSchema) })),
    handler: async ({ onBehalf }, { backends }) => {
      const subscriptions = [];
      let pageToken = '';
      // A client has a handful of subscriptions: the portal shows them all.
      do {
        const page = await backends.recurring.listSubscriptions(
          { clientId: '', page: { pageSize: 100, pageToken } },
          onBehalf,
        );
        subscriptions.push(...page.subscriptions.map(toPortalSubscription));
        pageToken = page.page?.nextPageToken ?? '';
      } while (pageToken);
      return { subscriptions };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/portal/subscriptions/:subscriptionId',
    access: 'client',
    clientRight: 'billing',
    summary: "One of the client user's subscriptions (another client's answers 404)",
    tags: ['recurring', 'portal'],
    params: subscriptionParams,
    response: portalSubscriptionSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toPortalSubscription(await backends.recurring.getSubscription(params, onBehalf)),
  }),
];

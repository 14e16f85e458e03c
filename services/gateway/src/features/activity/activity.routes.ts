import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { minorUnits, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';
import { withStaffNames } from './staff-names.workflow.js';

export const TIMELINE_CATEGORIES = [
  'client',
  'contact',
  'project',
  'invoice',
  'message',
  'portal',
  'note',
] as const;

/** Money the caller may not see arrives as an empty string (members: no metrics.view). */
const hiddenMinor = z.union([minorUnits, z.literal('')]);

export const timelineEntrySchema = named(
  'TimelineEntry',
  z.object({
    id: z.string(),
    clientId: z.string(),
    clientName: z.string().meta({ description: 'Filled on cross-client lists (the dashboard)' }),
    kind: z.string().meta({ description: 'client.created, project.completed, invoice.issued, note, ...' }),
    category: z.enum(TIMELINE_CATEGORIES),
    params: z.array(z.object({ name: z.string(), value: z.string() })),
    actorId: z.string(),
    actorName: z.string(),
    occurredAt: z.string(),
    linkType: z.enum(['', 'project', 'invoice', 'workspace', 'contact']),
    linkId: z.string(),
    body: z.string().meta({ description: 'Notes only' }),
    editedAt: z.string().meta({ description: 'Notes only; empty if never edited' }),
    own: z.boolean().meta({ description: 'A note the caller wrote (and so may edit or delete)' }),
  }),
);

export const timelineSchema = named(
  'Timeline',
  z.object({ entries: z.array(timelineEntrySchema), page: pageInfoSchema }),
);

export const noteInputSchema = named(
  'NoteInput',
  z.object({
    body: z
      .string({ message: 'The note text is required' })
      .meta({ maxLength: FIELD_LIMITS.crm.timelineNote }),
  }),
);

export const noteEditSchema = named(
  'NoteEdit',
  z.object({
    body: z
      .string({ message: 'The note text is required' })
      .meta({ maxLength: FIELD_LIMITS.crm.timelineNote }),
    expectedVersion: z
      .string()
      .default('')
      .meta({ description: "The note's editedAt (or occurredAt) as read; a newer edit answers 409" }),
  }),
);

export const clientMetricsSchema = named(
  'ClientMetrics',
  z.object({
    clientId: z.string(),
    currency: z.string(),
    totalValueMinor: minorUnits,
    projectCount: z.number().int(),
    completedProjects: z.number().int(),
    activeProjects: z.number().int(),
    averageDurationDays: z.number(),
    durationSample: z.number().int(),
    satisfactionAverage: z.number(),
    satisfactionCount: z.number().int(),
    repeatProjects: z.number().int(),
    invoicedMinor: minorUnits.meta({ description: 'Issued invoices in the main currency only' }),
    invoiceCount: z.number().int(),
    byCurrency: z
      .array(
        named(
          'CurrencyAmounts',
          z.object({
            currency: z.string(),
            totalValueMinor: minorUnits,
            invoicedMinor: minorUnits,
            invoiceCount: z.number().int(),
          }),
        ),
      )
      .meta({ description: 'Every currency with projects or invoices, the main one first; never added up' }),
  }),
);

const dashboardProjectSchema = named(
  'DashboardProject',
  z.object({
    projectId: z.string(),
    name: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    status: z.string(),
    dueDate: z.string(),
    progress: z.number().int(),
  }),
);

const revenuePointSchema = named(
  'RevenuePoint',
  z.object({ key: z.string(), label: z.string(), totalMinor: minorUnits }),
);

export const dashboardSchema = named(
  'Dashboard',
  z.object({
    moneyVisible: z.boolean().meta({ description: 'Money figures are included (metrics.view)' }),
    currency: z.string(),
    today: z.string(),
    activeClients: z.number().int(),
    prospectClients: z.number().int(),
    projectsInProgress: z.number().int(),
    totalValueMinor: hiddenMinor,
    lateProjects: z.array(dashboardProjectSchema),
    dueThisWeek: z.array(
      named(
        'DashboardMilestone',
        z.object({
          milestoneId: z.string(),
          name: z.string(),
          dueDate: z.string(),
          done: z.boolean(),
          projectId: z.string(),
          projectName: z.string(),
          clientId: z.string(),
          clientName: z.string(),
        }),
      ),
    ),
    pendingRequests: z.array(
      named(
        'PendingRequest',
        z.object({
          workspaceId: z.string(),
          clientId: z.string(),
          clientName: z.string(),
          authorName: z.string(),
          lastMessageAt: z.string(),
        }),
      ),
    ),
    pipeline: z.array(
      named(
        'PipelineClient',
        z.object({
          clientId: z.string(),
          name: z.string(),
          valueMinor: hiddenMinor,
          projectCount: z.number().int(),
        }),
      ),
    ),
    pipelineValueMinor: hiddenMinor,
    revenueByMonth: z.array(revenuePointSchema),
    revenueByClient: z.array(revenuePointSchema),
    recentActivity: z.array(timelineEntrySchema),
    calendarMonth: z.string(),
    calendar: z.array(
      named(
        'CalendarItem',
        z.object({
          date: z.string(),
          kind: z.enum(['milestone', 'project-due']),
          label: z.string(),
          projectId: z.string(),
          projectName: z.string(),
          clientId: z.string(),
          clientName: z.string(),
          done: z.boolean(),
        }),
      ),
    ),
  }),
);

const clientParams = z.object({ clientId: z.string().min(1) });
const noteParams = z.object({ clientId: z.string().min(1), noteId: z.string().min(1) });

/** A client's timeline and internal notes, its metrics, and the agency dashboard (crm's ActivityService). */
export const activityRoutes = [
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/timeline',
    access: { permission: 'clients.view' },
    summary: "A client's timeline, newest first (staff only)",
    tags: ['activity'],
    params: clientParams,
    query: pageQuerySchema.extend({ category: z.enum(TIMELINE_CATEGORIES).optional() }),
    response: timelineSchema,
    handler: async ({ params, query, onBehalf }, { backends }) => {
      const timeline = await backends.activity.listTimeline(
        { clientId: params.clientId, category: query.category ?? '', page: pageOf(query) },
        onBehalf,
      );
      return { ...timeline, entries: await withStaffNames(timeline.entries, backends, onBehalf) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/notes',
    access: { permission: 'notes.write' },
    summary: 'Write an internal note on a client',
    tags: ['activity'],
    status: 201,
    params: clientParams,
    body: noteInputSchema,
    response: timelineEntrySchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.activity.addNote({ clientId: params.clientId, body: body.body }, onBehalf),
  }),
  defineRoute({
    method: 'patch',
    path: '/clients/:clientId/notes/:noteId',
    access: { permission: 'notes.write' },
    summary: 'Edit one of your own notes',
    tags: ['activity'],
    params: noteParams,
    body: noteEditSchema,
    response: timelineEntrySchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.activity.editNote({ ...params, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'delete',
    path: '/clients/:clientId/notes/:noteId',
    access: { permission: 'notes.write' },
    summary: 'Delete one of your own notes',
    tags: ['activity'],
    params: noteParams,
    response: named('NoteDeleted', z.object({ deleted: z.literal(true) })),
    handler: async ({ params, onBehalf }, { backends }) => {
      await backends.activity.deleteNote(params, onBehalf);
      return { deleted: true as const };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/metrics',
    access: { permission: 'metrics.view' },
    summary: "A client's figures: value, projects, duration, satisfaction, recurrence, invoiced",
    tags: ['activity'],
    params: clientParams,
    response: clientMetricsSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.activity.getClientMetrics(params, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/dashboard',
    access: { permission: 'clients.view' },
    summary: "The agency's dashboard (money figures only with metrics.view)",
    tags: ['activity'],
    query: z.object({
      month: z
        .string()
        .regex(/^\d{4}-\d{2}$/, 'Expected YYYY-MM')
        .optional()
        .meta({ description: "The calendar's month; the current one by default" }),
    }),
    response: dashboardSchema,
    handler: async ({ query, onBehalf }, { backends }) => {
      const dashboard = await backends.activity.getDashboard({ month: query.month ?? '' }, onBehalf);
      return {
        ...dashboard,
        recentActivity: await withStaffNames(dashboard.recentActivity, backends, onBehalf),
      };
    },
  }),
];

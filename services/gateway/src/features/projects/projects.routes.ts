import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import type { Project__Output as ProjectMessage } from '@client-portal/contracts';
import { defineRoute, named } from '../../http/route.js';
import { idParams, minorUnits, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

export const PROJECT_STATUSES = ['planned', 'in-progress', 'on-hold', 'completed', 'cancelled'] as const;

const day = z.string().meta({ description: 'YYYY-MM-DD, or empty' });

export const milestoneSchema = named(
  'ProjectMilestone',
  z.object({
    id: z.string(),
    name: z.string(),
    dueDate: day,
    done: z.boolean(),
    doneAt: z.string().meta({ description: 'When it was ticked; empty while not done' }),
  }),
);

export const ratingSchema = named(
  'ProjectRating',
  z.object({
    score: z.number().int().min(1).max(5),
    comment: z.string(),
    ratedAt: z.string(),
    ratedByName: z.string(),
  }),
);

/** What a client user sees of a project: no estimated cost, time entries, rates or margin, not even as keys. */
export const portalProjectSchema = named(
  'PortalProject',
  z.object({
    id: z.string(),
    clientId: z.string(),
    name: z.string(),
    status: z.enum(PROJECT_STATUSES),
    progress: z.number().int().min(0).max(100),
    startDate: day,
    dueDate: day,
    completedAt: z.string().meta({ description: 'When it became completed; empty otherwise' }),
    contractValueMinor: minorUnits.meta({ description: 'The agreed price, in minor units of currency' }),
    currency: z.string(),
    milestones: z.array(milestoneSchema),
    rating: ratingSchema.nullable(),
    updatedAt: z.string(),
  }),
);

export const timeEntrySchema = named(
  'ProjectTimeEntry',
  z.object({
    id: z.string(),
    staffId: z.string(),
    staffName: z.string(),
    date: z.string(),
    minutes: z.number().int(),
    note: z.string(),
    hourlyRateMinor: minorUnits.meta({ description: '0 without a rate of its own, and for members' }),
    createdAt: z.string(),
  }),
);

export const projectSchema = named(
  'Project',
  portalProjectSchema.extend({
    tenantId: z.string(),
    version: z
      .number()
      .int()
      .meta({ description: 'Send it back as expectedVersion when changing the project' }),
    createdAt: z.string(),
    time: named(
      'ProjectTime',
      z.object({ entries: z.array(timeEntrySchema), totalMinutes: z.number().int() }),
    )
      .nullable()
      .meta({ description: 'Internal; members see their own entries only' }),
    costs: named(
      'ProjectCosts',
      z.object({
        estimatedCostMinor: minorUnits,
        defaultHourlyRateMinor: minorUnits,
        labourCostMinor: minorUnits.meta({ description: 'Σ round(minutes × hourly rate ÷ 60)' }),
        estimatedMarginMinor: minorUnits.meta({ description: 'contract value − estimated cost' }),
        marginMinor: minorUnits.meta({ description: 'contract value − estimated cost − labour cost' }),
        marginBasisPoints: z.number().int().meta({ description: 'margin ÷ contract value, in 1/100 %' }),
        loggedMinutes: z.number().int(),
      }),
    )
      .nullable()
      .meta({ description: 'Internal; only for metrics.view (manager and up)' }),
  }),
);

export const projectListSchema = named(
  'ProjectList',
  z.object({ projects: z.array(projectSchema), page: pageInfoSchema }),
);
export const portalProjectListSchema = named(
  'PortalProjectList',
  z.object({ projects: z.array(portalProjectSchema) }),
);

const milestoneInput = {
  name: z.string().meta({ maxLength: FIELD_LIMITS.crm.milestoneName }).optional(),
  dueDate: z.string().optional(),
  done: z.boolean().optional(),
};
const amountInput = z
  .union([z.string().regex(/^\d+$/), z.number().int().nonnegative()])
  .transform(String)
  .meta({ description: 'Integer minor units' });

/** The gateway checks types only: the rules (0-100, due after start, names) live in crm. */
const projectFieldsInput = {
  name: z.string().meta({ maxLength: FIELD_LIMITS.crm.projectName }).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  progress: z.number().int().optional(),
  startDate: z.string().optional(),
  dueDate: z.string().optional(),
  contractValueMinor: amountInput.optional(),
  currency: z.string().optional(),
  estimatedCostMinor: amountInput.optional().meta({ description: 'Needs metrics.view' }),
  defaultHourlyRateMinor: amountInput.optional().meta({ description: 'Needs metrics.view' }),
};

export const newProjectSchema = named(
  'NewProject',
  z.object({
    ...projectFieldsInput,
    name: z.string({ message: 'Project name is required' }).meta({ maxLength: FIELD_LIMITS.crm.projectName }),
    milestones: z
      .array(
        z.object({
          name: z.string().meta({ maxLength: FIELD_LIMITS.crm.milestoneName }),
          dueDate: z.string().default(''),
          done: z.boolean().default(false),
        }),
      )
      .max(FIELD_LIMITS.crm.milestones)
      .default([]),
  }),
);

export const projectChangesSchema = named(
  'ProjectChanges',
  z.object({
    expectedVersion: z.number().int().meta({ description: 'The version the change was made on' }),
    ...projectFieldsInput,
  }),
);

const versionQuery = z.object({
  expectedVersion: z.coerce.number().int().meta({ description: 'The version the deletion was decided on' }),
});

/** The proto's update-mask names of the fields a body carries. */
const MASK: Record<string, string> = {
  name: 'name',
  status: 'status',
  progress: 'progress',
  startDate: 'start_date',
  dueDate: 'due_date',
  contractValueMinor: 'contract_value_minor',
  currency: 'currency',
  estimatedCostMinor: 'estimated_cost_minor',
  defaultHourlyRateMinor: 'default_hourly_rate_minor',
};

/** Only the client-visible fields, picked one by one: whatever crm adds later does not reach the portal. */
function toPortalProject(project: ProjectMessage) {
  return {
    id: project.id,
    clientId: project.clientId,
    name: project.name,
    status: project.status,
    progress: project.progress,
    startDate: project.startDate,
    dueDate: project.dueDate,
    completedAt: project.completedAt,
    contractValueMinor: project.contractValueMinor,
    currency: project.currency,
    milestones: project.milestones,
    rating: project.rating,
    updatedAt: project.updatedAt,
  };
}

const projectParams = idParams('projectId');
const milestoneParams = z.object({ projectId: z.string().min(1), milestoneId: z.string().min(1) });
const entryParams = z.object({ projectId: z.string().min(1), entryId: z.string().min(1) });
const listQuery = pageQuerySchema.extend({ status: z.enum(PROJECT_STATUSES).optional() });

/** Projects of the agency's clients (staff) and of the client user's own company (portal). */
export const projectsRoutes = [
  defineRoute({
    method: 'get',
    path: '/projects',
    access: { permission: 'clients.view' },
    summary: "The tenant's projects, by name",
    tags: ['projects'],
    query: listQuery.extend({ clientId: z.string().optional() }),
    response: projectListSchema,
    handler: ({ query, onBehalf }, { backends }) =>
      backends.projects.listProjects(
        { clientId: query.clientId ?? '', status: query.status ?? '', page: pageOf(query) },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/projects',
    access: { permission: 'clients.view' },
    summary: "A client's projects, by name",
    tags: ['projects'],
    params: idParams('clientId'),
    query: listQuery,
    response: projectListSchema,
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.projects.listProjects(
        { clientId: params.clientId, status: query.status ?? '', page: pageOf(query) },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/projects',
    access: { permission: 'projects.edit' },
    summary: 'Create a project for a client, with its first milestones',
    tags: ['projects'],
    status: 201,
    params: idParams('clientId'),
    body: newProjectSchema,
    response: projectSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.projects.createProject(
        {
          clientId: params.clientId,
          name: body.name,
          status: body.status ?? '',
          progress: body.progress ?? 0,
          startDate: body.startDate ?? '',
          dueDate: body.dueDate ?? '',
          contractValueMinor: body.contractValueMinor ?? '0',
          currency: body.currency ?? '',
          estimatedCostMinor: body.estimatedCostMinor ?? '0',
          defaultHourlyRateMinor: body.defaultHourlyRateMinor ?? '0',
          milestones: body.milestones,
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/projects/:projectId',
    access: { permission: 'clients.view' },
    summary: 'A project (cost figures for metrics.view only; members: their own time entries)',
    tags: ['projects'],
    params: projectParams,
    response: projectSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.projects.getProject(params, onBehalf),
  }),
  defineRoute({
    method: 'patch',
    path: '/projects/:projectId',
    access: { permission: 'projects.edit' },
    summary: 'Change the given fields of a project (409 when it changed since expectedVersion)',
    tags: ['projects'],
    params: projectParams,
    body: projectChangesSchema,
    response: projectSchema,
    handler: ({ params, body, onBehalf }, { backends }) => {
      const { expectedVersion, ...changes } = body;
      return backends.projects.updateProject(
        {
          projectId: params.projectId,
          expectedVersion,
          fields: Object.keys(changes)
            .filter((key) => changes[key as keyof typeof changes] !== undefined)
            .map((key) => MASK[key] ?? key),
          ...changes,
        },
        onBehalf,
      );
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/projects/:projectId',
    access: { permission: 'clients.delete' },
    summary: 'Delete a project for good',
    tags: ['projects'],
    params: projectParams,
    query: versionQuery,
    response: named('DeletedProject', z.object({ projectId: z.string() })),
    handler: async ({ params, query, onBehalf }, { backends }) => {
      await backends.projects.deleteProject(
        { projectId: params.projectId, expectedVersion: query.expectedVersion },
        onBehalf,
      );
      return { projectId: params.projectId };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/projects/:projectId/milestones',
    access: { permission: 'projects.edit' },
    summary: 'Add a milestone',
    tags: ['projects'],
    status: 201,
    params: projectParams,
    body: named(
      'NewMilestone',
      z.object({
        expectedVersion: z.number().int(),
        ...milestoneInput,
        name: z.string().meta({ maxLength: FIELD_LIMITS.crm.milestoneName }),
      }),
    ),
    response: projectSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.projects.addMilestone(
        {
          projectId: params.projectId,
          expectedVersion: body.expectedVersion,
          milestone: { name: body.name, dueDate: body.dueDate ?? '', done: body.done ?? false },
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'patch',
    path: '/projects/:projectId/milestones/:milestoneId',
    access: { permission: 'projects.edit' },
    summary: 'Rename, re-date or tick a milestone (the given fields only)',
    tags: ['projects'],
    params: milestoneParams,
    body: named('MilestoneChanges', z.object({ expectedVersion: z.number().int(), ...milestoneInput })),
    response: projectSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.projects.updateMilestone(
        {
          projectId: params.projectId,
          milestoneId: params.milestoneId,
          expectedVersion: body.expectedVersion,
          fields: (['name', 'dueDate', 'done'] as const)
            .filter((key) => body[key] !== undefined)
            .map((key) => (key === 'dueDate' ? 'due_date' : key)),
          milestone: { name: body.name ?? '', dueDate: body.dueDate ?? '', done: body.done ?? false },
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'delete',
    path: '/projects/:projectId/milestones/:milestoneId',
    access: { permission: 'projects.edit' },
    summary: 'Remove a milestone',
    tags: ['projects'],
    params: milestoneParams,
    query: versionQuery,
    response: projectSchema,
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.projects.removeMilestone({ ...params, expectedVersion: query.expectedVersion }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/projects/:projectId/time-entries',
    access: { permission: 'time.log' },
    summary: 'Log time on a project, in your name (internal)',
    tags: ['projects'],
    status: 201,
    params: projectParams,
    body: named(
      'NewTimeEntry',
      z.object({
        date: z.string(),
        minutes: z.number().int(),
        note: z.string().meta({ maxLength: FIELD_LIMITS.crm.timeEntryNote }).default(''),
        hourlyRateMinor: amountInput.optional().meta({ description: 'Needs metrics.view' }),
      }),
    ),
    response: projectSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.projects.logTime(
        { projectId: params.projectId, ...body, hourlyRateMinor: body.hourlyRateMinor ?? '0' },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'delete',
    path: '/projects/:projectId/time-entries/:entryId',
    access: { permission: 'time.log' },
    summary: 'Remove one of your own time entries',
    tags: ['projects'],
    params: entryParams,
    response: projectSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.projects.removeTimeEntry(params, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/portal/projects',
    access: 'client',
    clientRight: 'signed-in',
    summary: "The client user's projects: progress, dates, milestones, rating (nothing internal)",
    tags: ['projects', 'portal'],
    response: portalProjectListSchema,
    handler: async ({ onBehalf }, { backends }) => {
      const projects = [];
      let pageToken = '';
      // A client has a handful of projects: the portal shows them all on one page.
      do {
        const page = await backends.projects.listProjects(
          { clientId: '', status: '', page: { pageSize: 100, pageToken } },
          onBehalf,
        );
        projects.push(...page.projects.map(toPortalProject));
        pageToken = page.page?.nextPageToken ?? '';
      } while (pageToken && projects.length < 1000);
      return { projects };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/portal/projects/:projectId/rating',
    access: 'client',
    clientRight: 'signed-in',
    summary: 'Rate a completed project 1-5 with a comment (again to change the rating)',
    tags: ['projects', 'portal'],
    params: projectParams,
    body: named(
      'ProjectRatingInput',
      z.object({
        score: z.number().int(),
        comment: z.string().meta({ maxLength: FIELD_LIMITS.crm.ratingComment }).default(''),
      }),
    ),
    response: portalProjectSchema,
    handler: async ({ params, body, onBehalf }, { backends }) =>
      toPortalProject(
        await backends.projects.rateProject({ projectId: params.projectId, ...body }, onBehalf),
      ),
  }),
];

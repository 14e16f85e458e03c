import { requirePrincipal, type Principal } from '@client-portal/kit';
import type {
  HandlersOf,
  Project as ProjectMessage,
  ProjectMilestoneInput__Output,
} from '@client-portal/contracts';
import { seesCosts, type ProjectService } from '../application/project.service.js';
import {
  costsOf,
  PROJECT_FIELDS,
  type MilestoneInput,
  type Project,
  type ProjectField,
  type ProjectFields,
} from '../domain/project.js';

const iso = (date: Date | null): string => date?.toISOString() ?? '';

/**
 * Maps a project to its message, removing at the boundary what the caller may not see: a client user
 * gets no time and no costs at all (not zeros: absent messages) and no staff ids; a member gets only
 * their own time entries and no costs; metrics.view (manager and up) gets everything.
 */
export function toProjectMessage(project: Project, principal: Principal): ProjectMessage {
  const client = principal.kind === 'client';
  const costs = !client && seesCosts(principal);
  const entries = client
    ? []
    : project.timeEntries.filter((entry) => costs || entry.staffId === principal.userId);
  return {
    id: project.id,
    tenantId: project.tenantId,
    clientId: project.clientId,
    name: project.name,
    status: project.status,
    progress: project.progress,
    startDate: project.startDate,
    dueDate: project.dueDate,
    completedAt: iso(project.completedAt),
    contractValueMinor: String(project.contractValueMinor),
    currency: project.currency,
    milestones: project.milestones.map((milestone) => ({
      id: milestone.id,
      name: milestone.name,
      dueDate: milestone.dueDate,
      done: milestone.done,
      doneAt: iso(milestone.doneAt),
    })),
    rating: project.rating
      ? {
          score: project.rating.score,
          comment: project.rating.comment,
          ratedAt: project.rating.ratedAt.toISOString(),
          ratedByName: project.rating.ratedByName,
        }
      : null,
    version: project.version,
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
    time: client
      ? null
      : {
          entries: entries.map((entry) => ({
            id: entry.id,
            staffId: entry.staffId,
            staffName: entry.staffName,
            date: entry.date,
            minutes: entry.minutes,
            note: entry.note,
            hourlyRateMinor: costs ? String(entry.hourlyRateMinor) : '0',
            createdAt: entry.createdAt.toISOString(),
          })),
          totalMinutes: entries.reduce((sum, entry) => sum + entry.minutes, 0),
        },
    costs: costs ? toCostsMessage(project) : null,
  };
}

function toCostsMessage(project: Project): NonNullable<ProjectMessage['costs']> {
  const figures = costsOf(project);
  return {
    estimatedCostMinor: String(figures.estimatedCostMinor),
    defaultHourlyRateMinor: String(figures.defaultHourlyRateMinor),
    labourCostMinor: String(figures.labourCostMinor),
    estimatedMarginMinor: String(figures.estimatedMarginMinor),
    marginMinor: String(figures.marginMinor),
    marginBasisPoints: figures.marginBasisPoints,
    loggedMinutes: figures.loggedMinutes,
  };
}

/** int64 arrives as a decimal string (longs: String); an unparsable one becomes NaN and is refused. */
const amount = (value: string | number): number => (value === '' ? 0 : Number(value));

/** The editable fields as create and update requests both carry them (amounts as int64 strings). */
const projectFields = (
  request: Omit<ProjectFields, 'contractValueMinor' | 'estimatedCostMinor' | 'defaultHourlyRateMinor'> &
    Record<'contractValueMinor' | 'estimatedCostMinor' | 'defaultHourlyRateMinor', string | number>,
): ProjectFields => ({
  name: request.name,
  status: request.status,
  progress: request.progress,
  startDate: request.startDate,
  dueDate: request.dueDate,
  contractValueMinor: amount(request.contractValueMinor),
  currency: request.currency,
  estimatedCostMinor: amount(request.estimatedCostMinor),
  defaultHourlyRateMinor: amount(request.defaultHourlyRateMinor),
});

const milestoneInput = (input: ProjectMilestoneInput__Output | null): MilestoneInput => ({
  name: input?.name ?? '',
  dueDate: input?.dueDate ?? '',
  done: input?.done ?? false,
});

/** The proto's snake_case field names, as update masks name them. */
const MASK_NAMES: Record<string, ProjectField> = Object.fromEntries(
  PROJECT_FIELDS.map((field) => [field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`), field]),
);

function pick<T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> {
  const result: Partial<T> = {};
  for (const key of keys) result[key] = source[key];
  return result;
}

export function projectHandlers(projects: ProjectService): HandlersOf<'projects'> {
  return {
    CreateProject: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const project = await projects.create(principal, {
        clientId: request.clientId,
        ...projectFields(request),
        milestones: request.milestones.map(milestoneInput),
      });
      return toProjectMessage(project, principal);
    },
    GetProject: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toProjectMessage(await projects.get(principal, request.projectId), principal);
    },
    ListProjects: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const result = await projects.list(principal, request);
      return {
        projects: result.projects.map((project) => toProjectMessage(project, principal)),
        page: result.page,
      };
    },
    UpdateProject: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const all = projectFields(request);
      const named = request.fields.map((name) => MASK_NAMES[name] ?? (name as ProjectField));
      const patch = pick(
        all,
        named.filter((field) => PROJECT_FIELDS.includes(field)),
      );
      const project = await projects.update(principal, request.projectId, request.expectedVersion, patch);
      return toProjectMessage(project, principal);
    },
    DeleteProject: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      await projects.delete(principal, request.projectId, request.expectedVersion);
      return {};
    },
    AddMilestone: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const project = await projects.addMilestone(
        principal,
        request.projectId,
        request.expectedVersion,
        milestoneInput(request.milestone),
      );
      return toProjectMessage(project, principal);
    },
    UpdateMilestone: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const all = milestoneInput(request.milestone);
      const keys = (['name', 'dueDate', 'done'] as const).filter((key) =>
        request.fields.some((name) => name === key || (name === 'due_date' && key === 'dueDate')),
      );
      const project = await projects.updateMilestone(
        principal,
        request.projectId,
        request.expectedVersion,
        request.milestoneId,
        pick(all, keys),
      );
      return toProjectMessage(project, principal);
    },
    RemoveMilestone: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const project = await projects.removeMilestone(
        principal,
        request.projectId,
        request.expectedVersion,
        request.milestoneId,
      );
      return toProjectMessage(project, principal);
    },
    LogTime: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const project = await projects.logTime(principal, request.projectId, {
        date: request.date,
        minutes: request.minutes,
        note: request.note,
        hourlyRateMinor: amount(request.hourlyRateMinor),
      });
      return toProjectMessage(project, principal);
    },
    RemoveTimeEntry: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toProjectMessage(
        await projects.removeTimeEntry(principal, request.projectId, request.entryId),
        principal,
      );
    },
    RateProject: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const project = await projects.rate(principal, request.projectId, {
        score: request.score,
        comment: request.comment,
      });
      return toProjectMessage(project, principal);
    },
  };
}

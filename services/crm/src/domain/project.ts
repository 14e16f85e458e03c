import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS, checkMaxItems } from '@client-portal/kit';

export const PROJECT_STATUSES = ['planned', 'in-progress', 'on-hold', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** No tenant setting holds a currency yet, so projects default to the platform's. */
export const DEFAULT_CURRENCY = 'EUR';

export interface Milestone {
  id: string;
  name: string;
  /** YYYY-MM-DD, or '' when undated. */
  dueDate: string;
  done: boolean;
  doneAt: Date | null;
}

/** Internal only: never reaches a client user. */
export interface TimeEntry {
  id: string;
  staffId: string;
  staffName: string;
  /** YYYY-MM-DD: the day the work was done. */
  date: string;
  minutes: number;
  note: string;
  /** Cost of one hour, minor units; 0 = the project's default rate applies. */
  hourlyRateMinor: number;
  createdAt: Date;
}

export interface ProjectRating {
  score: number;
  comment: string;
  ratedBy: string;
  ratedByName: string;
  ratedAt: Date;
}

export interface Project {
  id: string;
  tenantId: string;
  clientId: string;
  name: string;
  status: ProjectStatus;
  progress: number;
  startDate: string;
  dueDate: string;
  completedAt: Date | null;
  contractValueMinor: number;
  currency: string;
  /** Internal: what the agency expects the project to cost it (subcontractors, licences, people). */
  estimatedCostMinor: number;
  /** Internal: the hourly cost applied to time entries logged without a rate. */
  defaultHourlyRateMinor: number;
  milestones: Milestone[];
  timeEntries: TimeEntry[];
  rating: ProjectRating | null;
  /** Optimistic concurrency: every change increments it, and a change must name the version it read. */
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Internal figures derived from a project (see projects.proto for the formulas). */
export interface ProjectCosts {
  estimatedCostMinor: number;
  defaultHourlyRateMinor: number;
  labourCostMinor: number;
  estimatedMarginMinor: number;
  marginMinor: number;
  marginBasisPoints: number;
  loggedMinutes: number;
}

export interface MilestoneInput {
  name: string;
  dueDate: string;
  done: boolean;
}

export interface ProjectFields {
  name: string;
  status: string;
  progress: number;
  startDate: string;
  dueDate: string;
  contractValueMinor: number;
  currency: string;
  estimatedCostMinor: number;
  defaultHourlyRateMinor: number;
}
export type ProjectField = keyof ProjectFields;
export const PROJECT_FIELDS: readonly ProjectField[] = [
  'name',
  'status',
  'progress',
  'startDate',
  'dueDate',
  'contractValueMinor',
  'currency',
  'estimatedCostMinor',
  'defaultHourlyRateMinor',
];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
/** A bound well inside Number.MAX_SAFE_INTEGER, so sums of amounts stay exact. */
const MAX_MINOR = 1_000_000_000_000;
const MAX_NOTE = FIELD_LIMITS.crm.timeEntryNote;

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function checkDay(value: string, field: string, violations: FieldViolation[], required = false): string {
  const day = value.trim();
  if (!day) {
    if (required) violations.push({ field, message: 'A date is required', code: 'required' });
    return '';
  }
  if (!isDay(day)) violations.push({ field, message: 'Enter a date as YYYY-MM-DD', code: 'invalid_format' });
  return day;
}

function checkAmount(value: number, field: string, violations: FieldViolation[]): number {
  if (!Number.isSafeInteger(value) || value < 0)
    violations.push({ field, message: 'Enter a whole amount of at least 0', code: 'too_small' });
  else if (value > MAX_MINOR)
    violations.push({ field, message: 'This amount is too large', code: 'too_big' });
  return value;
}

function checkName(
  value: string,
  field: string,
  what: string,
  violations: FieldViolation[],
  max: number = FIELD_LIMITS.crm.projectName,
): string {
  const name = value.trim();
  if (!name) violations.push({ field, message: `${what} is required`, code: 'required' });
  else if (name.length > max)
    violations.push({ field, message: `${what} is at most ${max} characters`, code: 'too_long' });
  return name;
}

/** Every rule on the editable fields at once, including the ones between fields (due after start). */
function checkFields(fields: ProjectFields, violations: FieldViolation[]): ProjectFields {
  const name = checkName(fields.name, 'name', 'Project name', violations);
  const status = fields.status.trim() || 'planned';
  if (!(PROJECT_STATUSES as readonly string[]).includes(status))
    violations.push({
      field: 'status',
      message: `Status must be one of ${PROJECT_STATUSES.join(', ')}`,
      code: 'invalid_value',
    });
  if (!Number.isInteger(fields.progress) || fields.progress < 0)
    violations.push({
      field: 'progress',
      message: 'Progress is a whole percentage from 0 to 100',
      code: 'too_small',
    });
  else if (fields.progress > 100)
    violations.push({
      field: 'progress',
      message: 'Progress is a whole percentage from 0 to 100',
      code: 'too_big',
    });
  const startDate = checkDay(fields.startDate, 'startDate', violations);
  const dueDate = checkDay(fields.dueDate, 'dueDate', violations);
  if (startDate && dueDate && isDay(startDate) && isDay(dueDate) && dueDate < startDate)
    violations.push({
      field: 'dueDate',
      message: 'The due date cannot be before the start date',
      code: 'invalid_value',
    });
  const currency = fields.currency.trim().toUpperCase() || DEFAULT_CURRENCY;
  if (!CURRENCY.test(currency))
    violations.push({
      field: 'currency',
      message: 'Enter an ISO currency code such as EUR',
      code: 'invalid_format',
    });
  return {
    name,
    status,
    progress: fields.progress,
    startDate,
    dueDate,
    contractValueMinor: checkAmount(fields.contractValueMinor, 'contractValueMinor', violations),
    currency,
    estimatedCostMinor: checkAmount(fields.estimatedCostMinor, 'estimatedCostMinor', violations),
    defaultHourlyRateMinor: checkAmount(fields.defaultHourlyRateMinor, 'defaultHourlyRateMinor', violations),
  };
}

function checkMilestone(input: MilestoneInput, field: string, violations: FieldViolation[]): MilestoneInput {
  return {
    name: checkName(
      input.name,
      `${field}.name`,
      'Milestone name',
      violations,
      FIELD_LIMITS.crm.milestoneName,
    ),
    dueDate: checkDay(input.dueDate, `${field}.dueDate`, violations),
    done: input.done,
  };
}

function refuse(what: string, violations: FieldViolation[]): void {
  if (violations.length > 0)
    throw DomainError.invalid(`The ${what} could not be saved: check the highlighted fields`, violations);
}

/** Completing stamps completedAt once; leaving completed clears it (it is "when it became completed"). */
function completion(previous: Project | undefined, status: ProjectStatus, now: Date): Date | null {
  if (status !== 'completed') return null;
  return previous?.status === 'completed' ? previous.completedAt : now;
}

export function newProject(
  input: ProjectFields & { clientId: string; milestones: MilestoneInput[] },
  tenantId: string,
  createdBy: string,
  now = new Date(),
): Project {
  const violations: FieldViolation[] = [];
  const fields = checkFields(input, violations);
  const milestones = input.milestones.map((milestone, index) =>
    checkMilestone(milestone, `milestones.${index}`, violations),
  );
  checkMaxItems(violations, 'milestones', input.milestones, FIELD_LIMITS.crm.milestones, 'milestones');
  refuse('project', violations);
  const status = fields.status as ProjectStatus;
  return {
    id: randomUUID(),
    tenantId,
    clientId: input.clientId,
    ...fields,
    status,
    completedAt: completion(undefined, status, now),
    milestones: milestones.map((milestone) => ({
      id: randomUUID(),
      ...milestone,
      doneAt: milestone.done ? now : null,
    })),
    timeEntries: [],
    rating: null,
    version: 1,
    createdBy,
    createdAt: now,
    updatedAt: now,
  };
}

function changed(project: Project, now: Date, patch: Partial<Project>): Project {
  return { ...project, ...patch, version: project.version + 1, updatedAt: now };
}

/** Changes the named fields; the others keep their stored values (and are checked together with them). */
export function updateProject(project: Project, patch: Partial<ProjectFields>, now = new Date()): Project {
  const violations: FieldViolation[] = [];
  const current: ProjectFields = {
    name: project.name,
    status: project.status,
    progress: project.progress,
    startDate: project.startDate,
    dueDate: project.dueDate,
    contractValueMinor: project.contractValueMinor,
    currency: project.currency,
    estimatedCostMinor: project.estimatedCostMinor,
    defaultHourlyRateMinor: project.defaultHourlyRateMinor,
  };
  const fields = checkFields({ ...current, ...patch }, violations);
  refuse('project', violations);
  const status = fields.status as ProjectStatus;
  return changed(project, now, { ...fields, status, completedAt: completion(project, status, now) });
}

function findMilestone(project: Project, milestoneId: string): Milestone {
  const milestone = project.milestones.find((candidate) => candidate.id === milestoneId);
  if (!milestone) throw DomainError.notFound('Milestone', milestoneId);
  return milestone;
}

export function addMilestone(project: Project, input: MilestoneInput, now = new Date()): Project {
  const violations: FieldViolation[] = [];
  const milestone = checkMilestone(input, 'milestone', violations);
  refuse('milestone', violations);
  if (project.milestones.length >= FIELD_LIMITS.crm.milestones)
    throw DomainError.precondition(
      `A project has at most ${FIELD_LIMITS.crm.milestones} milestones`,
      'project.too_many_milestones',
    );
  return changed(project, now, {
    milestones: [
      ...project.milestones,
      { id: randomUUID(), ...milestone, doneAt: milestone.done ? now : null },
    ],
  });
}

export function updateMilestone(
  project: Project,
  milestoneId: string,
  patch: Partial<MilestoneInput>,
  now = new Date(),
): Project {
  const existing = findMilestone(project, milestoneId);
  const violations: FieldViolation[] = [];
  const milestone = checkMilestone(
    { name: existing.name, dueDate: existing.dueDate, done: existing.done, ...patch },
    'milestone',
    violations,
  );
  refuse('milestone', violations);
  const doneAt = milestone.done ? (existing.done ? existing.doneAt : now) : null;
  return changed(project, now, {
    milestones: project.milestones.map((candidate) =>
      candidate.id === milestoneId ? { ...candidate, ...milestone, doneAt } : candidate,
    ),
  });
}

export function removeMilestone(project: Project, milestoneId: string, now = new Date()): Project {
  findMilestone(project, milestoneId);
  return changed(project, now, {
    milestones: project.milestones.filter((candidate) => candidate.id !== milestoneId),
  });
}

export interface TimeInput {
  date: string;
  minutes: number;
  note: string;
  hourlyRateMinor: number;
}

export function logTime(
  project: Project,
  staff: { id: string; name: string },
  input: TimeInput,
  now = new Date(),
): { project: Project; entry: TimeEntry } {
  const violations: FieldViolation[] = [];
  const date = checkDay(input.date, 'date', violations, true);
  if (!Number.isInteger(input.minutes) || input.minutes <= 0)
    violations.push({
      field: 'minutes',
      message: 'Enter a whole number of minutes above 0',
      code: 'too_small',
    });
  else if (input.minutes > 24 * 60)
    violations.push({ field: 'minutes', message: 'At most 24 hours in one entry', code: 'too_big' });
  const note = input.note.trim();
  if (note.length > MAX_NOTE)
    violations.push({ field: 'note', message: `A note is at most ${MAX_NOTE} characters`, code: 'too_long' });
  const hourlyRateMinor = checkAmount(input.hourlyRateMinor, 'hourlyRateMinor', violations);
  refuse('time entry', violations);
  const entry: TimeEntry = {
    id: randomUUID(),
    staffId: staff.id,
    staffName: staff.name,
    date,
    minutes: input.minutes,
    note,
    hourlyRateMinor,
    createdAt: now,
  };
  return { project: changed(project, now, { timeEntries: [...project.timeEntries, entry] }), entry };
}

/** People remove their own entries only: a time sheet is each person's record of their work. */
export function removeTimeEntry(
  project: Project,
  entryId: string,
  staffId: string,
  now = new Date(),
): Project {
  const entry = project.timeEntries.find((candidate) => candidate.id === entryId);
  if (!entry) throw DomainError.notFound('Time entry', entryId);
  if (entry.staffId !== staffId)
    throw DomainError.forbidden('You can only remove your own time entries', 'project.time_entry_not_own');
  return changed(project, now, {
    timeEntries: project.timeEntries.filter((candidate) => candidate !== entry),
  });
}

/** The client's satisfaction: only once the project is completed; rating again replaces the rating. */
export function rateProject(
  project: Project,
  rater: { id: string; name: string },
  input: { score: number; comment: string },
  now = new Date(),
): Project {
  if (project.status !== 'completed')
    throw DomainError.precondition('Only a completed project can be rated', 'project.not_completed');
  const violations: FieldViolation[] = [];
  if (!Number.isInteger(input.score) || input.score < 1)
    violations.push({ field: 'score', message: 'Choose a rating from 1 to 5', code: 'too_small' });
  else if (input.score > 5)
    violations.push({ field: 'score', message: 'Choose a rating from 1 to 5', code: 'too_big' });
  const comment = input.comment.trim();
  if (comment.length > FIELD_LIMITS.crm.ratingComment)
    violations.push({
      field: 'comment',
      message: `A comment is at most ${FIELD_LIMITS.crm.ratingComment} characters`,
      code: 'too_long',
    });
  refuse('rating', violations);
  return changed(project, now, {
    rating: { score: input.score, comment, ratedBy: rater.id, ratedByName: rater.name, ratedAt: now },
  });
}

/**
 * The internal figures: labour cost = Σ round(minutes × hourly rate ÷ 60) (an entry without a rate
 * uses the project's default rate); estimated margin = contract value − estimated cost; margin =
 * contract value − estimated cost − labour cost.
 */
export function costsOf(project: Project): ProjectCosts {
  let labourCostMinor = 0;
  let loggedMinutes = 0;
  for (const entry of project.timeEntries) {
    const rate = entry.hourlyRateMinor > 0 ? entry.hourlyRateMinor : project.defaultHourlyRateMinor;
    labourCostMinor += Math.round((entry.minutes * rate) / 60);
    loggedMinutes += entry.minutes;
  }
  const estimatedMarginMinor = project.contractValueMinor - project.estimatedCostMinor;
  const marginMinor = estimatedMarginMinor - labourCostMinor;
  return {
    estimatedCostMinor: project.estimatedCostMinor,
    defaultHourlyRateMinor: project.defaultHourlyRateMinor,
    labourCostMinor,
    estimatedMarginMinor,
    marginMinor,
    marginBasisPoints:
      project.contractValueMinor > 0 ? Math.round((marginMinor * 10_000) / project.contractValueMinor) : 0,
    loggedMinutes,
  };
}

import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, type Principal, FIELD_LIMITS } from '@client-portal/kit';

/** A task's column on the board. */
export const TASK_STATUSES = ['todo', 'in_progress', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const MAX_TITLE = FIELD_LIMITS.portal.taskTitle;
export const MAX_DESCRIPTION = FIELD_LIMITS.portal.taskDescription;
export const MAX_COMMENT = FIELD_LIMITS.portal.taskComment;
/** Gap between neighbours when a task goes to the end of a column: room for many moves in between. */
export const POSITION_STEP = 1024;

/**
 * Who a task is assigned to: a staff member or a contact of the workspace's client, with the name
 * people see. A client user is sent the name only for staff (never the agency's internal user id).
 */
export interface TaskAssignee {
  kind: 'staff' | 'contact';
  id: string;
  name: string;
}

export interface Task {
  id: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  title: string;
  description: string;
  status: TaskStatus;
  assignee: TaskAssignee | null;
  /** YYYY-MM-DD or ''. */
  dueDate: string;
  /** false: internal, staff only (never listed, counted or streamed to a client user). */
  clientVisible: boolean;
  /** Order within its status column, ascending (always > 0). */
  position: number;
  version: number;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
  /** Deleted tasks stay as tombstones carrying their deletion event; nothing lists them. */
  deletedAt: Date | null;
}

export interface TaskComment {
  id: string;
  tenantId: string;
  workspaceId: string;
  taskId: string;
  body: string;
  authorKind: 'staff' | 'client';
  authorId: string;
  authorName: string;
  /** false: internal, staff only. A client user's comment is always client-visible. */
  clientVisible: boolean;
  createdAt: Date;
}

export interface AssigneeInput {
  kind: string;
  id: string;
  name: string;
}

export interface TaskFieldsInput {
  title: string;
  description: string;
  assignee: AssigneeInput | null;
  dueDate: string;
  clientVisible: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

export function isTaskStatus(value: string): value is TaskStatus {
  return (TASK_STATUSES as readonly string[]).includes(value);
}

/** The assignee a form's input names, or null for nobody; pushes what is wrong. */
function readAssignee(input: AssigneeInput | null, violations: FieldViolation[]): TaskAssignee | null {
  if (!input || (!input.kind.trim() && !input.id.trim())) return null;
  const kind = input.kind.trim();
  const id = input.id.trim();
  const name = input.name.trim();
  if (kind !== 'staff' && kind !== 'contact') {
    violations.push({
      field: 'assignee.kind',
      message: 'Assign the task to a team member or a contact',
      code: 'invalid_value',
    });
    return null;
  }
  if (!id) violations.push({ field: 'assignee.id', message: 'Choose who the task is for', code: 'required' });
  if (!name)
    violations.push({ field: 'assignee.name', message: 'The assignee has no name', code: 'required' });
  return { kind, id, name };
}

/** The checked, trimmed fields of a task, or a DomainError naming every field that is wrong. */
export function checkTaskFields(
  input: TaskFieldsInput,
  violations: FieldViolation[] = [],
): Omit<TaskFieldsInput, 'assignee'> & {
  assignee: TaskAssignee | null;
} {
  const title = input.title.trim();
  const description = input.description.trim();
  const dueDate = input.dueDate.trim();
  if (!title) violations.push({ field: 'title', message: 'A task needs a title', code: 'required' });
  else if (title.length > MAX_TITLE)
    violations.push({
      field: 'title',
      message: `A title is at most ${MAX_TITLE} characters`,
      code: 'too_long',
    });
  if (description.length > MAX_DESCRIPTION)
    violations.push({
      field: 'description',
      message: `A description is at most ${MAX_DESCRIPTION} characters`,
      code: 'too_long',
    });
  if (dueDate && !isDay(dueDate))
    violations.push({ field: 'dueDate', message: 'Enter a date as YYYY-MM-DD', code: 'invalid_format' });
  const assignee = readAssignee(input.assignee, violations);
  if (violations.length > 0)
    throw DomainError.invalid('The task was not saved: check the highlighted fields', violations);
  return { title, description, dueDate, assignee, clientVisible: input.clientVisible };
}

export function checkStatus(status: string): TaskStatus {
  if (!isTaskStatus(status))
    throw DomainError.invalid('Choose a status: to do, in progress or done', [
      { field: 'status', message: 'Choose to do, in progress or done', code: 'invalid_value' },
    ]);
  return status;
}

/** A new task of a workspace, at the end of its column. */
export function newTask(
  input: TaskFieldsInput & { status: string },
  context: {
    tenantId: string;
    workspaceId: string;
    clientId: string;
    position: number;
    createdBy: string;
    createdByName: string;
  },
  now = new Date(),
): Task {
  const wanted = input.status.trim() || 'todo';
  const violations: FieldViolation[] = [];
  if (!isTaskStatus(wanted))
    violations.push({ field: 'status', message: 'Choose to do, in progress or done', code: 'invalid_value' });
  const fields = checkTaskFields(input, violations);
  const status = checkStatus(wanted);
  return {
    id: randomUUID(),
    tenantId: context.tenantId,
    workspaceId: context.workspaceId,
    clientId: context.clientId,
    ...fields,
    status,
    position: context.position,
    version: 1,
    createdBy: context.createdBy,
    createdByName: context.createdByName,
    createdAt: now,
    updatedAt: now,
    completedAt: status === 'done' ? now : null,
    deletedAt: null,
  };
}

/** The task moved to `status` (at `position`); completedAt follows the move in and out of done. */
export function movedTask(task: Task, status: TaskStatus, position: number, now = new Date()): Task {
  const completedAt = status === 'done' ? (task.status === 'done' ? task.completedAt : now) : null;
  return { ...task, status, position, completedAt, version: task.version + 1, updatedAt: now };
}

export function newComment(
  task: Task,
  input: { body: string; clientVisible: boolean },
  author: { kind: 'staff' | 'client'; id: string; name: string },
  now = new Date(),
): TaskComment {
  const body = input.body.trim();
  const violations: FieldViolation[] = [];
  if (!body) violations.push({ field: 'body', message: 'Write a comment first', code: 'required' });
  else if (body.length > MAX_COMMENT)
    violations.push({
      field: 'body',
      message: `A comment is at most ${MAX_COMMENT} characters`,
      code: 'too_long',
    });
  if (violations.length > 0) throw DomainError.invalid('The comment was not posted', violations);
  return {
    id: randomUUID(),
    tenantId: task.tenantId,
    workspaceId: task.workspaceId,
    taskId: task.id,
    body,
    authorKind: author.kind,
    authorId: author.id,
    authorName: author.name,
    // A client user's words are always for everybody to read.
    clientVisible: author.kind === 'client' ? true : input.clientVisible,
    createdAt: now,
  };
}

/**
 * Whether a client user may move the task: a client-visible task assigned to their own contact, with
 * the `comment` right (the right to take part; an observer only reads). Staff always may.
 */
export function clientMayMove(principal: Principal, task: Task, rights: readonly string[]): boolean {
  if (principal.kind !== 'client') return true;
  return (
    task.clientVisible &&
    rights.includes('comment') &&
    !!principal.contactId &&
    task.assignee?.kind === 'contact' &&
    task.assignee.id === principal.contactId
  );
}

/**
 * Workspace progress without a linked project: the share of client-visible tasks that are done
 * (internal tasks are the agency's own business and do not move the client's bar).
 */
export function progressOfTasks(tasks: readonly Task[]): { percent: number; done: number; total: number } {
  const shown = tasks.filter((task) => task.clientVisible && !task.deletedAt);
  const done = shown.filter((task) => task.status === 'done').length;
  return {
    percent: shown.length === 0 ? 0 : Math.round((done * 100) / shown.length),
    done,
    total: shown.length,
  };
}

/** Soonest due first, no due date last, then by title: the order of "my tasks" and milestones. */
export function bySoonestDue<T extends { dueDate: string; title?: string; name?: string }>(
  a: T,
  b: T,
): number {
  if (a.dueDate !== b.dueDate) {
    if (!a.dueDate) return 1;
    if (!b.dueDate) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return (a.title ?? a.name ?? '').localeCompare(b.title ?? b.name ?? '');
}

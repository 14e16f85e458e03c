import { z } from 'zod';
import { DomainError, FIELD_LIMITS } from '@client-portal/kit';
import type { Backends } from '../../http/backends.js';
import { defineRoute, named, type CallOptions } from '../../http/route.js';
import { idParams } from '../shared/shared.schemas.js';

export const TASK_STATUSES = ['todo', 'in_progress', 'done'] as const;

const day = z.string().meta({ description: 'YYYY-MM-DD, or empty' });

export const taskAssigneeSchema = named(
  'TaskAssignee',
  z.object({
    kind: z.enum(['staff', 'contact']),
    id: z.string().meta({ description: 'Empty for a staff member when a client user reads' }),
    name: z.string(),
  }),
);

export const taskSchema = named(
  'Task',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    title: z.string(),
    description: z.string(),
    status: z.enum(TASK_STATUSES),
    assignee: taskAssigneeSchema.nullable(),
    dueDate: day,
    clientVisible: z.boolean().meta({ description: 'false: internal, staff only' }),
    position: z.number().meta({ description: 'Order within the status column, ascending' }),
    version: z.number().int().meta({ description: 'Send it back as expectedVersion when changing the task' }),
    createdByName: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    completedAt: z.string().meta({ description: 'When it was moved to done; empty otherwise' }),
    commentCount: z.number().int(),
    canMove: z.boolean().meta({ description: 'Whether the caller may move it between columns' }),
  }),
);

export const taskCommentSchema = named(
  'TaskComment',
  z.object({
    id: z.string(),
    taskId: z.string(),
    body: z.string(),
    authorKind: z.enum(['staff', 'client']),
    authorId: z.string().meta({ description: 'Empty for a staff author when a client user reads' }),
    authorName: z.string(),
    clientVisible: z.boolean(),
    createdAt: z.string(),
  }),
);

export const taskBoardSchema = named(
  'TaskBoard',
  z.object({
    tasks: z.array(taskSchema),
    progress: named(
      'TaskProgress',
      z.object({
        percent: z.number().int().min(0).max(100),
        source: z.enum(['project', 'tasks']).meta({
          description: "project: the linked project's progress; tasks: share of client-visible tasks done",
        }),
        projectName: z.string(),
        tasksDone: z.number().int(),
        tasksTotal: z.number().int(),
      }),
    ),
    milestones: z.array(
      named('TaskMilestone', z.object({ id: z.string(), name: z.string(), dueDate: day, done: z.boolean() })),
    ),
    canCreate: z.boolean(),
    canComment: z.boolean(),
  }),
);

export const taskDetailSchema = named(
  'TaskDetail',
  z.object({ task: taskSchema, comments: z.array(taskCommentSchema) }),
);

const assigneeInput = z
  .object({ kind: z.enum(['staff', 'contact']), id: z.string().min(1) })
  .nullable()
  .meta({ description: 'A team member (staff) or a contact of the workspace client; null: nobody' });

export const newTaskSchema = named(
  'NewTask',
  z.object({
    title: z.string({ message: 'A task needs a title' }).meta({ maxLength: FIELD_LIMITS.portal.taskTitle }),
    description: z.string().meta({ maxLength: FIELD_LIMITS.portal.taskDescription }).default(''),
    status: z.enum(TASK_STATUSES).default('todo'),
    assignee: assigneeInput.default(null),
    dueDate: z.string().default(''),
    clientVisible: z.boolean().default(true),
  }),
);

export const taskChangesSchema = named(
  'TaskChanges',
  z.object({
    expectedVersion: z.number().int().meta({ description: 'The version the change was made on' }),
    title: z.string().meta({ maxLength: FIELD_LIMITS.portal.taskTitle }).optional(),
    description: z.string().meta({ maxLength: FIELD_LIMITS.portal.taskDescription }).optional(),
    assignee: assigneeInput.optional(),
    dueDate: z.string().optional(),
    clientVisible: z.boolean().optional(),
  }),
);

export const taskMoveSchema = named(
  'TaskMove',
  z.object({
    expectedVersion: z.number().int(),
    status: z.enum(TASK_STATUSES),
    position: z
      .number()
      .min(0)
      .default(0)
      .meta({ description: 'The new place in the column (> 0); 0 or absent: the end of the column' }),
  }),
);

const MASK: Record<string, string> = {
  title: 'title',
  description: 'description',
  assignee: 'assignee',
  dueDate: 'due_date',
  clientVisible: 'client_visible',
};

/**
 * The assignee with the name people see, checked against who they can be: a member of the team
 * directory, or a contact of the workspace's client (crm). Anyone else is refused naming the field.
 */
async function resolveAssignee(
  backends: Backends,
  onBehalf: CallOptions,
  assignee: { kind: 'staff' | 'contact'; id: string } | null,
  workspaceId: () => Promise<string>,
): Promise<{ kind: string; id: string; name: string }> {
  if (!assignee) return { kind: '', id: '', name: '' };
  const unknown = () =>
    DomainError.invalid('The task was not saved: check the highlighted fields', [
      {
        field: 'assignee.id',
        message:
          assignee.kind === 'staff' ? 'Not a member of the team' : "Not a contact of this workspace's client",
        code: 'invalid_value',
      },
    ]);
  if (assignee.kind === 'staff') {
    const { staff } = await backends.crm.listStaffDirectory({}, onBehalf);
    const person = staff.find((entry) => entry.userId === assignee.id);
    if (!person) throw unknown();
    return { kind: 'staff', id: person.userId, name: person.displayName || person.email };
  }
  const view = await backends.portal.getWorkspace({ workspaceId: await workspaceId() }, onBehalf);
  const client = await backends.crm.getClient({ clientId: view.workspace?.clientId ?? '' }, onBehalf);
  const contact = client.contacts.find((entry) => entry.id === assignee.id);
  if (!contact) throw unknown();
  return {
    kind: 'contact',
    id: contact.id,
    name: `${contact.firstName} ${contact.lastName}`.trim() || contact.email,
  };
}

const workspaceParams = idParams('workspaceId');
const taskParams = idParams('taskId');
const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).optional() });

/** Tasks and milestones of the client's workspaces (issue 10); portal's TaskService checks every right. */
export const tasksRoutes = [
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/tasks',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: "A workspace's tasks in board order, its progress and milestones (clients: client-visible only)",
    tags: ['tasks'],
    params: workspaceParams,
    response: taskBoardSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.tasks.listTasks(params, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/tasks',
    access: { permission: 'workspaces.share' },
    summary: 'Add a task to a workspace (client-visible or internal)',
    tags: ['tasks'],
    status: 201,
    params: workspaceParams,
    body: newTaskSchema,
    response: taskSchema,
    handler: async ({ params, body, onBehalf }, { backends }) => {
      const assignee = await resolveAssignee(backends, onBehalf, body.assignee, () =>
        Promise.resolve(params.workspaceId),
      );
      return backends.tasks.createTask(
        {
          workspaceId: params.workspaceId,
          title: body.title,
          description: body.description,
          status: body.status,
          assignee,
          dueDate: body.dueDate,
          clientVisible: body.clientVisible,
        },
        onBehalf,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/tasks/:taskId',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: 'A task and its comments (clients: client-visible comments of a client-visible task)',
    tags: ['tasks'],
    params: taskParams,
    response: taskDetailSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.tasks.getTask(params, onBehalf),
  }),
  defineRoute({
    method: 'patch',
    path: '/tasks/:taskId',
    access: { permission: 'workspaces.share' },
    summary: 'Change the given fields of a task (409 when it changed since expectedVersion)',
    tags: ['tasks'],
    params: taskParams,
    body: taskChangesSchema,
    response: taskSchema,
    handler: async ({ params, body, onBehalf }, { backends }) => {
      const { expectedVersion, ...changes } = body;
      const assignee =
        changes.assignee === undefined
          ? undefined
          : await resolveAssignee(backends, onBehalf, changes.assignee, async () => {
              const detail = await backends.tasks.getTask({ taskId: params.taskId }, onBehalf);
              return detail.task?.workspaceId ?? '';
            });
      return backends.tasks.updateTask(
        {
          taskId: params.taskId,
          expectedVersion,
          fields: Object.keys(changes)
            .filter((key) => changes[key as keyof typeof changes] !== undefined)
            .map((key) => MASK[key] ?? key),
          title: changes.title ?? '',
          description: changes.description ?? '',
          assignee: assignee ?? null,
          dueDate: changes.dueDate ?? '',
          clientVisible: changes.clientVisible ?? false,
        },
        onBehalf,
      );
    },
  }),
  defineRoute({
    method: 'post',
    path: '/tasks/:taskId/move',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: 'Move a task to a column and place (clients: a client-visible task assigned to them)',
    tags: ['tasks'],
    params: taskParams,
    body: taskMoveSchema,
    response: taskSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.tasks.moveTask({ taskId: params.taskId, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'delete',
    path: '/tasks/:taskId',
    access: { permission: 'workspaces.share' },
    summary: 'Delete a task',
    tags: ['tasks'],
    params: taskParams,
    query: z.object({
      expectedVersion: z.coerce
        .number()
        .int()
        .meta({ description: 'The version the deletion was decided on' }),
    }),
    response: named('DeletedTask', z.object({ taskId: z.string() })),
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.tasks.deleteTask({ taskId: params.taskId, expectedVersion: query.expectedVersion }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/tasks/:taskId/comments',
    access: 'staff-or-client',
    clientRight: 'comment',
    summary: 'Comment on a task (clients: the comment right, on a client-visible task)',
    tags: ['tasks'],
    status: 201,
    params: taskParams,
    body: named(
      'NewTaskComment',
      z.object({
        body: z
          .string({ message: 'Write a comment first' })
          .meta({ maxLength: FIELD_LIMITS.portal.taskComment }),
        clientVisible: z
          .boolean()
          .default(true)
          .meta({ description: "Staff: false keeps it internal; a client user's comment is always visible" }),
      }),
    ),
    response: taskCommentSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.tasks.addTaskComment({ taskId: params.taskId, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/me/tasks',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary:
      'My open tasks across my workspaces, soonest due first (clients: client-visible ones assigned to them)',
    tags: ['tasks'],
    query: limitQuery,
    response: named(
      'MyTasks',
      z.object({
        tasks: z.array(
          named(
            'TaskSummary',
            z.object({
              id: z.string(),
              workspaceId: z.string(),
              workspaceName: z.string(),
              title: z.string(),
              status: z.enum(TASK_STATUSES),
              dueDate: day,
              version: z.number().int(),
            }),
          ),
        ),
      }),
    ),
    handler: ({ query, onBehalf }, { backends }) =>
      backends.tasks.listMyTasks({ limit: query.limit ?? 20 }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/me/milestones',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'Milestones not done yet of the projects linked to my workspaces, soonest first',
    tags: ['tasks'],
    query: limitQuery,
    response: named(
      'UpcomingMilestones',
      z.object({
        milestones: z.array(
          named(
            'MilestoneSummary',
            z.object({
              workspaceId: z.string(),
              workspaceName: z.string(),
              projectId: z.string(),
              name: z.string(),
              dueDate: day,
            }),
          ),
        ),
      }),
    ),
    handler: ({ query, onBehalf }, { backends }) =>
      backends.tasks.listUpcomingMilestones({ limit: query.limit ?? 10 }, onBehalf),
  }),
];

import { z } from 'zod';
import { defineEvent, fields } from './define.js';

/**
 * What every portal event about a workspace's content carries (issue 10), first in its schema: the
 * gateway's live stream (workspaceChange in live.ts) and the workspace timeline read these. A thing a
 * client user may not see (an internal task, a file not shared) has clientVisible false: its events
 * reach staff screens only and stay out of the client's timeline.
 */
export const workspaceEventFields = {
  workspaceId: fields.id(),
  clientId: fields.id(),
  clientVisible: z.boolean().describe('false: staff only (live stream, timeline)'),
  actorName: z.string().describe("who did it, as people see them ('' when the platform did)"),
  title: z.string().describe('what it is about: the task title, file name, deliverable title, …'),
};

export const workspaceCreatedV1 = defineEvent({
  type: 'portal.workspace.created',
  version: 1,
  producer: 'portal',
  subject: 'workspace id',
  description: "A client's portal was enabled: its workspace exists.",
  consumers: [
    'crm (timeline, metrics, dashboard)',
    'messaging (workspace → client map)',
    'notification (workspace names for e-mails)',
    'gateway (live updates)',
    'crm (a client with a workspace is archived, not deleted)',
  ],
  schema: z.object({
    workspaceId: fields.id(),
    clientId: fields.id(),
    clientName: z.string(),
    name: z.string(),
  }),
  example: {
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    clientName: 'Globex',
    name: 'Globex',
  },
});

// ---- tasks slice (issue 10): tasks and their comments --------------------------------------------
const TASK_CONSUMERS = ['gateway (live updates: workspace.changed)', 'portal (workspace timeline)'];
const taskExample = {
  workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
  clientId: 'c0ffee00-1111-4222-8333-444455556666',
  clientVisible: true,
  actorName: 'Olivia Owner',
  title: 'Send the brand guidelines',
  taskId: 'f00df00d-1111-4222-8333-444455556666',
  status: 'todo' as const,
};
const taskStatusSchema = z.enum(['todo', 'in_progress', 'done']);
const taskFields = { ...workspaceEventFields, taskId: fields.id(), status: taskStatusSchema };

export const taskCreatedV1 = defineEvent({
  type: 'portal.task.created',
  version: 1,
  producer: 'portal',
  subject: 'task id',
  description: 'A task was added to a workspace (clientVisible: the task is client-visible).',
  consumers: TASK_CONSUMERS,
  schema: z.object(taskFields),
  example: taskExample,
});

export const taskUpdatedV1 = defineEvent({
  type: 'portal.task.updated',
  version: 1,
  producer: 'portal',
  subject: 'task id',
  description:
    'A task was edited or moved (title, description, assignee, due date, visibility, status other than done, place on the board).',
  consumers: TASK_CONSUMERS,
  schema: z.object(taskFields),
  example: { ...taskExample, status: 'in_progress' as const },
});

export const taskCompletedV1 = defineEvent({
  type: 'portal.task.completed',
  version: 1,
  producer: 'portal',
  subject: 'task id',
  description: 'A task was moved to done.',
  consumers: TASK_CONSUMERS,
  schema: z.object(taskFields),
  example: { ...taskExample, status: 'done' as const },
});

export const taskDeletedV1 = defineEvent({
  type: 'portal.task.deleted',
  version: 1,
  producer: 'portal',
  subject: 'task id',
  description: 'A task was deleted.',
  consumers: TASK_CONSUMERS,
  schema: z.object(taskFields),
  example: taskExample,
});

export const taskCommentedV1 = defineEvent({
  type: 'portal.task.commented',
  version: 1,
  producer: 'portal',
  subject: 'task id',
  description:
    'Someone commented on a task (clientVisible: both the task and the comment are client-visible). Never carries the comment text.',
  consumers: TASK_CONSUMERS,
  schema: z.object({ ...taskFields, commentId: fields.id() }),
  example: { ...taskExample, commentId: 'c0c0c0c0-1111-4222-8333-444455556666' },
});

export const taskEvents = [
  taskCreatedV1,
  taskUpdatedV1,
  taskCompletedV1,
  taskDeletedV1,
  taskCommentedV1,
] as const;
// ---- end of the tasks slice ------------------------------------------------------------------------

/** What portal publishes today, on portal.events. */
export const portalEvents = [workspaceCreatedV1, ...taskEvents] as const;

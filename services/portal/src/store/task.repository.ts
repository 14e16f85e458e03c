import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  fromStored,
  insertWithEvents,
  outboxPlugin,
  withOutbox,
  type OutboxEntry,
  type Stored,
} from '@client-portal/kit';
import type { Task, TaskComment } from '../domain/task.js';

type TaskDocument = Stored<Task>;
type CommentDocument = Stored<TaskComment>;

const taskSchema = new Schema<TaskDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    clientId: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, default: '' },
    status: { type: String, required: true },
    assignee: {
      type: new Schema({ kind: String, id: String, name: String }, { _id: false }),
      default: null,
    },
    dueDate: { type: String, default: '' },
    clientVisible: { type: Boolean, required: true },
    position: { type: Number, required: true },
    version: { type: Number, required: true },
    createdBy: { type: String, default: '' },
    createdByName: { type: String, default: '' },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    completedAt: { type: Date, default: null },
    deletedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
// The board of one workspace; "my tasks" by assignee across the tenant.
taskSchema.index({ tenantId: 1, workspaceId: 1, position: 1 });
taskSchema.index({ tenantId: 1, 'assignee.id': 1 });
taskSchema.plugin(outboxPlugin);

const commentSchema = new Schema<CommentDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    taskId: { type: String, required: true },
    body: { type: String, required: true },
    authorKind: { type: String, required: true },
    authorId: { type: String, default: '' },
    authorName: { type: String, default: '' },
    clientVisible: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
commentSchema.index({ tenantId: 1, taskId: 1, createdAt: 1 });
commentSchema.index({ tenantId: 1, workspaceId: 1 });
commentSchema.plugin(outboxPlugin);

export const TASKS_COLLECTION = 'tasks';
export const TASK_COMMENTS_COLLECTION = 'task_comments';

function toTask(document: TaskDocument): Task {
  const task = fromStored<Task>(document);
  return { ...task, assignee: task.assignee ? { ...task.assignee } : null };
}

class TaskCommentStore extends MongoStore<CommentDocument> {
  constructor(connection: Connection) {
    super(connection, 'TaskComment', commentSchema, TASK_COMMENTS_COLLECTION);
  }

  async insert(comment: TaskComment, event: OutboxEntry): Promise<void> {
    await insertWithEvents(this.model, comment, [event]);
  }

  async ofTask(tenantId: string, taskId: string, clientVisibleOnly: boolean): Promise<TaskComment[]> {
    const query: Record<string, unknown> = { tenantId, taskId };
    if (clientVisibleOnly) query.clientVisible = true;
    const documents = await this.model.find(query).sort({ createdAt: 1, _id: 1 }).lean<CommentDocument[]>();
    return documents.map((document) => fromStored<TaskComment>(document));
  }

  /** Comments per task of a workspace, counted from the rows (never a stored counter). */
  async countsOfWorkspace(
    tenantId: string,
    workspaceId: string,
    clientVisibleOnly: boolean,
  ): Promise<Map<string, number>> {
    const query: Record<string, unknown> = { tenantId, workspaceId };
    if (clientVisibleOnly) query.clientVisible = true;
    // Projection only (FerretDB 1.24: no $group accumulators we would need); a workspace holds few.
    const rows = await this.model.find(query, { taskId: 1 }).lean<{ taskId: string }[]>();
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.taskId, (counts.get(row.taskId) ?? 0) + 1);
    return counts;
  }
}

/** The only code that touches portal's tasks and their comments. Every query is scoped by tenant. */
export class TaskRepository extends MongoStore<TaskDocument> {
  readonly comments: TaskCommentStore;

  constructor(connection: Connection) {
    super(connection, 'Task', taskSchema, TASKS_COLLECTION);
    this.comments = new TaskCommentStore(connection);
  }

  override async ensureIndexes(): Promise<void> {
    await super.ensureIndexes();
    await this.comments.ensureIndexes();
  }

  async insert(task: Task, ...events: OutboxEntry[]): Promise<void> {
    await insertWithEvents(this.model, task, events);
  }

  /** A task that was not deleted. */
  async find(tenantId: string, id: string): Promise<Task | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId, deletedAt: null }).lean<TaskDocument>();
    return document ? toTask(document) : undefined;
  }

  /** The workspace's tasks in board order (a client user: client-visible ones only). */
  async ofWorkspace(tenantId: string, workspaceId: string, clientVisibleOnly: boolean): Promise<Task[]> {
    const query: Record<string, unknown> = { tenantId, workspaceId, deletedAt: null };
    if (clientVisibleOnly) query.clientVisible = true;
    const documents = await this.model
      .find(query)
      .sort({ position: 1, createdAt: 1, _id: 1 })
      .lean<TaskDocument[]>();
    return documents.map(toTask);
  }

  /** The largest position in a workspace's column (0 when empty): a new task goes after it. */
  async lastPosition(tenantId: string, workspaceId: string, status: string): Promise<number> {
    const query: Record<string, unknown> = { tenantId, workspaceId, status, deletedAt: null };
    const last = await this.model
      .findOne(query, { position: 1 })
      .sort({ position: -1 })
      .lean<{ position: number }>();
    return last?.position ?? 0;
  }

  /** Open tasks assigned to someone, in the given workspaces. */
  async openAssignedTo(
    tenantId: string,
    assignee: { kind: 'staff' | 'contact'; id: string },
    workspaceIds: readonly string[],
    clientVisibleOnly: boolean,
  ): Promise<Task[]> {
    const query: Record<string, unknown> = {
      tenantId,
      'assignee.id': assignee.id,
      'assignee.kind': assignee.kind,
      workspaceId: { $in: [...workspaceIds] },
      status: { $ne: 'done' },
      deletedAt: null,
    };
    if (clientVisibleOnly) query.clientVisible = true;
    const documents = await this.model.find(query).lean<TaskDocument[]>();
    return documents.map(toTask);
  }

  /**
   * Writes the task's new state only if it is still at `expectedVersion` (optimistic concurrency):
   * false means someone changed it meanwhile and nothing was written.
   */
  async replace(task: Task, expectedVersion: number, ...events: OutboxEntry[]): Promise<boolean> {
    const { id, tenantId, workspaceId: _workspace, clientId: _client, createdAt: _created, ...state } = task;
    const result = await this.model.updateOne(
      { _id: id, tenantId, version: expectedVersion, deletedAt: null },
      withOutbox({ $set: state }, ...events),
    );
    return result.modifiedCount === 1;
  }
}

import { isDuplicateKeyError, MongoStore, type HandlerContext } from '@client-portal/kit';
import { Schema, type Connection, type Model } from 'mongoose';

/** What notification keeps of an open task with a due date and an assignee (from portal's task events). */
export interface DueTask {
  id: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  clientVisible: boolean;
  title: string;
  assigneeKind: 'staff' | 'contact';
  assigneeId: string;
  /** YYYY-MM-DD. */
  dueDate: string;
}

type DueTaskDocument = Omit<DueTask, 'id'> & { _id: string };

const dueTaskSchema = new Schema<DueTaskDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: String,
    clientId: String,
    clientVisible: Boolean,
    title: String,
    assigneeKind: String,
    assigneeId: String,
    dueDate: { type: String, required: true },
  },
  { versionKey: false },
);
dueTaskSchema.index({ dueDate: 1, _id: 1 });

/** A reminder that went (or is going): its _id `<taskId>|<dueDate>` makes it once across replicas. */
interface DueClaimDocument {
  _id: string;
  tenantId: string;
  claimedAt: Date;
}

const dueClaimSchema = new Schema<DueClaimDocument>(
  { _id: { type: String, required: true }, tenantId: String, claimedAt: Date },
  { versionKey: false },
);

export const DUE_TASKS_COLLECTION = 'due_tasks';
export const DUE_CLAIMS_COLLECTION = 'task_due_claims';

/** How many due tasks one scan takes at most: the rest wait for the next scan. */
const SCAN_LIMIT = 200;

/**
 * notification's copy of the open tasks that will fall due, and the claims that make each reminder
 * once per task and due date. A task leaves the copy when done, deleted, unassigned or undated.
 */
export class TaskDueRepository extends MongoStore<DueTaskDocument> {
  private readonly claims: Model<DueClaimDocument>;

  constructor(connection: Connection) {
    super(connection, 'DueTask', dueTaskSchema, DUE_TASKS_COLLECTION);
    this.claims = this.secondaryModel('TaskDueClaim', dueClaimSchema, DUE_CLAIMS_COLLECTION);
  }

  /** The task as its latest event tells (events of one task arrive in order: keyed by task id). */
  async record(context: HandlerContext, task: DueTask): Promise<void> {
    const { id, ...fields } = task;
    await context.applyOnce(
      this.model,
      { _id: id, tenantId: task.tenantId },
      { $set: fields },
      { upsert: true },
    );
  }

  async forget(tenantId: string, taskId: string): Promise<void> {
    await this.model.deleteOne({ _id: taskId, tenantId });
  }

  /** Open tasks due on or before `day` (YYYY-MM-DD), every tenant, soonest first. */
  async dueBy(day: string): Promise<DueTask[]> {
    const documents = await this.model
      .find({ dueDate: { $lte: day } })
      .sort({ dueDate: 1, _id: 1 })
      .limit(SCAN_LIMIT)
      .lean<DueTaskDocument[]>();
    return documents.map(({ _id, ...rest }) => ({ id: _id, ...rest }));
  }

  /** Claims the reminder of this task for this due date; false when it was claimed already (elsewhere). */
  async claim(task: DueTask, now: Date): Promise<boolean> {
    try {
      await this.claims.create({
        _id: `${task.id}|${task.dueDate}`,
        tenantId: task.tenantId,
        claimedAt: now,
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** Gives a claim back when its reminder could not be sent: the next scan tries again. */
  async release(task: DueTask): Promise<void> {
    await this.claims.deleteOne({ _id: `${task.id}|${task.dueDate}` });
  }
}

import { createHash } from 'node:crypto';
import type { EventEnvelope, Logger } from '@client-portal/kit';
import type { Dispatcher } from './dispatcher.js';
import type { RecipientLookup } from '../adapters/recipient.directory.js';
import type { TaskDueRepository, DueTask } from '../store/task-due.repository.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';
import { taskDueNotice } from '../domain/task-due.template.js';

/** YYYY-MM-DD of an instant, in UTC (due dates are calendar days; the platform's day is UTC). */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The stand-in event a reminder is dispatched for: its id is derived from the task and the due date,
 * so the dispatcher's once-per-event-and-recipient rule also holds if the claim's sender crashed
 * after claiming and a retry of the same reminder is made.
 */
export function dueEvent(task: DueTask, now: Date): EventEnvelope {
  const hex = createHash('sha256').update(`task-due|${task.id}|${task.dueDate}`).digest('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return {
    id,
    type: 'notification.task.due',
    version: 1,
    tenantId: task.tenantId,
    occurredAt: now.toISOString(),
    producer: 'notification',
    subject: task.id,
    correlationId: id,
    data: { taskId: task.id, dueDate: task.dueDate },
  };
}

export interface TaskDueOptions {
  intervalMs: number;
  clock?: () => Date;
}

/**
 * Reminds each open, assigned task's assignee when it falls due: every replica scans, and the
 * reminder of a task for a due date is claimed by inserting `<taskId>|<dueDate>` (a unique _id), so it
 * goes once. A new due date is a new reminder. A task already overdue when notification first sees it
 * is reminded at once (as overdue).
 */
export class TaskDueJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly tasks: TaskDueRepository,
    private readonly dispatcher: Dispatcher,
    private readonly people: RecipientLookup,
    private readonly workspaces: WorkspaceRepository,
    private readonly webUrl: string,
    private readonly logger: Logger,
    private readonly options: TaskDueOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops and waits for the scan under way, so shutdown never cuts a reminder in two. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.scan()
        .then(() => undefined)
        .catch((error: unknown) => {
          // The next scan retries: the claim was not made, or the dispatcher skips what went.
          this.logger.error({ err: error }, 'task due scan failed');
        })
        .finally(() => {
          this.running = undefined;
          this.schedule(this.options.intervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** One pass; answers how many reminders this replica sent. */
  async scan(): Promise<number> {
    const now = (this.options.clock ?? (() => new Date()))();
    const today = dayOf(now);
    let sent = 0;
    for (const task of await this.tasks.dueBy(today)) {
      if (!(await this.tasks.claim(task, now))) continue;
      try {
        await this.remind(task, task.dueDate < today, now);
      } catch (error) {
        await this.tasks.release(task);
        throw error;
      }
      sent += 1;
    }
    return sent;
  }

  private async remind(task: DueTask, overdue: boolean, now: Date): Promise<void> {
    const found =
      task.assigneeKind === 'staff'
        ? await this.people.recipients(task.tenantId, { userIds: [task.assigneeId] })
        : task.clientVisible
          ? await this.people.recipients(task.tenantId, { contactIds: [task.assigneeId] })
          : [];
    const recipients = found.filter(
      (person) => person.kind === (task.assigneeKind === 'staff' ? 'staff' : 'client'),
    );
    if (recipients.length === 0) return;
    const workspace = await this.workspaces.find(task.tenantId, task.workspaceId);
    const base = this.webUrl.replace(/\/$/, '');
    await this.dispatcher.dispatch(dueEvent(task, now), 'task-due', recipients, (recipient) => {
      const { email, inApp } = taskDueNotice(recipient.language, {
        recipientName: recipient.name,
        title: task.title,
        dueDate: task.dueDate,
        overdue,
        workspaceName: workspace?.name ?? '',
        link:
          recipient.kind === 'staff'
            ? `${base}/app/clients/${encodeURIComponent(task.clientId)}`
            : `${base}/portal/workspaces/${encodeURIComponent(task.workspaceId)}`,
      });
      return { template: 'task-due', email, inApp };
    });
  }
}

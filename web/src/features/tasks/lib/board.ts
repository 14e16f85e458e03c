import { TASK_STATUSES, type Task, type TaskStatus } from '../../../api/tasks';

/** The tasks of each column in board order (the server sends them sorted by position). */
export function columnsOf(tasks: readonly Task[]): Record<TaskStatus, Task[]> {
  const columns = { todo: [], in_progress: [], done: [] } as Record<TaskStatus, Task[]>;
  for (const task of tasks) columns[task.status].push(task);
  for (const status of TASK_STATUSES) columns[status].sort((a, b) => a.position - b.position);
  return columns;
}

/**
 * The position that puts a task just before `before` in a column (the column's tasks in order, the
 * moving one left out); 0 asks the server for the end of the column. Positions are always above 0.
 */
export function positionBefore(column: readonly Task[], before: Task | undefined): number {
  if (!before) return 0;
  const index = column.findIndex((task) => task.id === before.id);
  if (index < 0) return 0;
  const previous = index > 0 ? (column[index - 1]?.position ?? 0) : 0;
  return (previous + before.position) / 2;
}

/** The neighbouring column in the board's order, if any. */
export function neighbour(status: TaskStatus, step: -1 | 1): TaskStatus | undefined {
  return TASK_STATUSES[TASK_STATUSES.indexOf(status) + step];
}

/** Today as YYYY-MM-DD in the browser's zone: a due date before it is overdue. */
export function isOverdue(task: Pick<Task, 'dueDate' | 'status'>, today: string): boolean {
  return task.status !== 'done' && !!task.dueDate && task.dueDate < today;
}

import { getJson, postJson, request } from './http';
import type { Schemas } from './schema';

export type Task = Schemas['Task'];
export type TaskStatus = Task['status'];
export type TaskAssignee = Schemas['TaskAssignee'];
export type TaskComment = Schemas['TaskComment'];
export type TaskBoard = Schemas['TaskBoard'];
export type TaskDetail = Schemas['TaskDetail'];
export type NewTask = Schemas['NewTask'];
export type TaskChanges = Schemas['TaskChanges'];
export type MyTasks = Schemas['MyTasks'];
export type UpcomingMilestones = Schemas['UpcomingMilestones'];

/** The board's columns, in order. */
export const TASK_STATUSES = ['todo', 'in_progress', 'done'] as const satisfies readonly TaskStatus[];

const taskPath = (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}`;

export function getTaskBoard(workspaceId: string, signal?: AbortSignal): Promise<TaskBoard> {
  return getJson<TaskBoard>(
    `/api/workspaces/${encodeURIComponent(workspaceId)}/tasks`,
    signal ? { signal } : {},
  );
}

export function getTask(taskId: string): Promise<TaskDetail> {
  return getJson<TaskDetail>(taskPath(taskId));
}

export function createTask(workspaceId: string, input: NewTask): Promise<Task> {
  return postJson<Task>(`/api/workspaces/${encodeURIComponent(workspaceId)}/tasks`, input);
}

export function updateTask(taskId: string, changes: TaskChanges): Promise<Task> {
  return request<Task>(taskPath(taskId), { method: 'PATCH', body: changes });
}

/** To another column and/or place; position 0: the end of the column. */
export function moveTask(
  taskId: string,
  expectedVersion: number,
  status: TaskStatus,
  position = 0,
): Promise<Task> {
  return postJson<Task>(`${taskPath(taskId)}/move`, { expectedVersion, status, position });
}

export function deleteTask(taskId: string, expectedVersion: number): Promise<{ taskId: string }> {
  return request<{ taskId: string }>(taskPath(taskId), { method: 'DELETE', query: { expectedVersion } });
}

export function addTaskComment(taskId: string, body: string, clientVisible = true): Promise<TaskComment> {
  return postJson<TaskComment>(`${taskPath(taskId)}/comments`, { body, clientVisible });
}

export function getMyTasks(limit = 20): Promise<MyTasks> {
  return getJson<MyTasks>('/api/me/tasks', { query: { limit } });
}

export function getUpcomingMilestones(limit = 10): Promise<UpcomingMilestones> {
  return getJson<UpcomingMilestones>('/api/me/milestones', { query: { limit } });
}

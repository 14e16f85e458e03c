import { describe, expect, it } from 'vitest';
import type { Task } from '../../../api/tasks';
import { columnsOf, isOverdue, neighbour, positionBefore } from './board';

const task = (id: string, status: Task['status'], position: number): Task => ({
  id,
  workspaceId: 'w',
  title: id,
  description: '',
  status,
  assignee: null,
  dueDate: '',
  clientVisible: true,
  position,
  version: 1,
  createdByName: '',
  createdAt: '',
  updatedAt: '',
  completedAt: '',
  commentCount: 0,
  canMove: true,
});

describe('the task board', () => {
  it('groups tasks by column in position order', () => {
    const columns = columnsOf([task('b', 'todo', 2048), task('a', 'todo', 1024), task('c', 'done', 10)]);
    expect(columns.todo.map((t) => t.id)).toEqual(['a', 'b']);
    expect(columns.in_progress).toEqual([]);
    expect(columns.done.map((t) => t.id)).toEqual(['c']);
  });

  it('places a dropped task half-way before its target, or at the end', () => {
    const column = [task('a', 'todo', 1024), task('b', 'todo', 2048)];
    expect(positionBefore(column, column[0])).toBe(512);
    expect(positionBefore(column, column[1])).toBe(1536);
    expect(positionBefore(column, undefined)).toBe(0);
  });

  it('knows the neighbouring columns and what is overdue', () => {
    expect(neighbour('todo', 1)).toBe('in_progress');
    expect(neighbour('todo', -1)).toBeUndefined();
    expect(neighbour('done', 1)).toBeUndefined();
    expect(isOverdue({ status: 'todo', dueDate: '2026-01-01' }, '2026-02-01')).toBe(true);
    expect(isOverdue({ status: 'done', dueDate: '2026-01-01' }, '2026-02-01')).toBe(false);
    expect(isOverdue({ status: 'todo', dueDate: '' }, '2026-02-01')).toBe(false);
  });
});

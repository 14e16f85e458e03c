import { dayOf, dueEvent } from './task-due.job.js';

const task = {
  id: 't-1',
  tenantId: 'tenant-1',
  workspaceId: 'w-1',
  clientId: 'c-1',
  clientVisible: true,
  title: 'Send the logo',
  assigneeKind: 'staff' as const,
  assigneeId: 's-1',
  dueDate: '2026-12-15',
};

describe('the due-task reminder', () => {
  it('is one event per task and due date, whenever and wherever it is made', () => {
    const first = dueEvent(task, new Date('2026-12-15T08:00:00Z'));
    const again = dueEvent(task, new Date('2026-12-16T09:00:00Z'));
    expect(again.id).toBe(first.id);
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(dueEvent({ ...task, dueDate: '2026-12-20' }, new Date()).id).not.toBe(first.id);
    expect(dueEvent({ ...task, id: 't-2' }, new Date()).id).not.toBe(first.id);
  });

  it('counts days in UTC', () => {
    expect(dayOf(new Date('2026-12-15T23:59:59Z'))).toBe('2026-12-15');
    expect(dayOf(new Date('2026-12-16T00:00:00+01:00'))).toBe('2026-12-15');
  });
});

import {
  inboxNotificationPostedV1,
  inboxNotificationsReadV1,
  toLiveEvent,
  type LiveEvent,
} from '@client-portal/events';
import type { Principal } from '@client-portal/kit';
import { visibleTo } from './live.hub.js';

const envelope = {
  id: '00000000-0000-4000-8000-000000000000',
  occurredAt: new Date().toISOString(),
  subject: 's',
  correlationId: 'c',
  version: 1,
  tenantId: 't1',
  producer: 'notification',
} as const;

const staff = (userId: string): Principal => ({
  userId,
  tenantId: 't1',
  kind: 'staff',
  staffRole: 'owner',
  workspaceIds: [],
});
const client = (userId: string, clientId = 'c1'): Principal => ({
  userId,
  tenantId: 't1',
  kind: 'client',
  clientId,
  workspaceIds: ['w1'],
});

function created(recipientUserId: string, recipientKind: 'staff' | 'client', clientId: string): LiveEvent {
  const live = toLiveEvent({
    ...envelope,
    type: 'notification.inbox.posted',
    data: { ...inboxNotificationPostedV1.example, recipientUserId, recipientKind, clientId },
  });
  if (!live) throw new Error('notification.inbox.posted is a live update');
  return live;
}

describe('the inbox on the live stream (inbox slice)', () => {
  it('reaches the recipient only, staff or client, never a colleague or the owner', () => {
    const forMember = created('staff-2', 'staff', '');
    expect(forMember.name).toBe('notification.created');
    expect(visibleTo(staff('staff-2'), 't1', forMember)).toBe(true);
    expect(visibleTo(staff('staff-1'), 't1', forMember)).toBe(false);
    expect(visibleTo(client('staff-2'), 't1', forMember)).toBe(false);

    const forDana = created('dana', 'client', 'c1');
    expect(visibleTo(client('dana'), 't1', forDana)).toBe(true);
    expect(visibleTo(client('eve'), 't1', forDana)).toBe(false);
    expect(visibleTo(staff('staff-1'), 't1', forDana)).toBe(false);
    expect(visibleTo(client('dana'), 't2', forDana)).toBe(false);
    // The source event's id stays on the server.
    expect(Object.keys(forDana.data)).not.toContain('sourceEventId');
  });

  it('tells only the reader’s own tabs that they read', () => {
    const read = toLiveEvent({
      ...envelope,
      type: 'notification.inbox.read',
      data: { ...inboxNotificationsReadV1.example, recipientUserId: 'dana', clientId: 'c1' },
    });
    if (!read) throw new Error('notification.inbox.read is a live update');
    expect(read.name).toBe('notification.read');
    expect(visibleTo(client('dana'), 't1', read)).toBe(true);
    expect(visibleTo(client('eve'), 't1', read)).toBe(false);
    expect(visibleTo(staff('owner'), 't1', read)).toBe(false);
  });
});

import { inboxNotificationId, mayReachInbox, newInboxNotification, oneLine, safeLink } from './inbox.js';
import { addressOnly, type Recipient } from './delivery.js';

const client: Recipient = { ...addressOnly('dana@globex.test'), userId: 'client-1', kind: 'client' };
const member: Recipient = { ...addressOnly('ada@acme.test'), userId: 'staff-1', kind: 'staff' };

describe('the inbox rules', () => {
  it('names one entry per tenant, event and person, the same on every delivery', () => {
    const id = inboxNotificationId('t1', 'event-1', 'staff-1');
    expect(inboxNotificationId('t1', 'event-1', 'staff-1')).toBe(id);
    expect(inboxNotificationId('t1', 'event-1', 'staff-2')).not.toBe(id);
    expect(inboxNotificationId('t2', 'event-1', 'staff-1')).not.toBe(id);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps links inside the web app', () => {
    expect(safeLink('/portal/workspaces/ws-1')).toBe('/portal/workspaces/ws-1');
    expect(safeLink('https://evil.example')).toBe('');
    expect(safeLink('//evil.example/x')).toBe('');
    expect(safeLink('javascript:alert(1)')).toBe('');
    expect(safeLink('/\\evil.example')).toBe('');
  });

  it('holds back from a client user what is internal or meant for other client users', () => {
    expect(mayReachInbox({ clientVisible: false }, member)).toBe(true);
    expect(mayReachInbox({ clientVisible: false }, client)).toBe(false);
    expect(mayReachInbox({ clientVisible: true, clientAudience: ['client-2'] }, client)).toBe(false);
    expect(mayReachInbox({ clientVisible: true, clientAudience: ['client-1'] }, client)).toBe(true);
    expect(mayReachInbox({ clientAudience: [] }, client)).toBe(true);
    expect(mayReachInbox({}, { ...client, userId: '' })).toBe(false);
  });

  it('shortens titles and bodies to one line', () => {
    expect(oneLine('Hello\n\n  world', 50)).toBe('Hello world');
    expect(oneLine('x'.repeat(10), 5)).toBe('xxxx…');
    const entry = newInboxNotification({
      tenantId: 't1',
      sourceEventId: 'e1',
      recipient: member,
      kind: 'new-message',
      message: { title: 'T', body: 'b'.repeat(900), link: '/app' },
      clientId: 'client-9',
      now: new Date('2026-11-30T10:00:00Z'),
    });
    expect(entry.body).toHaveLength(500);
    // Staff entries carry no client: the live stream targets them by user id alone.
    expect(entry.clientId).toBe('');
    expect(entry.readAt).toBeNull();
  });
});

import type { EventEnvelope, Principal } from '@client-portal/kit';
import { visibleTo } from './live.hub.js';

const event = (tenantId: string, data: Record<string, unknown>): EventEnvelope => ({
  id: '00000000-0000-4000-8000-000000000000',
  type: 'messaging.message.posted',
  version: 1,
  tenantId,
  occurredAt: new Date().toISOString(),
  producer: 'messaging',
  subject: 'm1',
  correlationId: 'c',
  data,
});

describe('which live updates a connected user receives', () => {
  const staff: Principal = {
    userId: 's',
    tenantId: 't1',
    kind: 'staff',
    staffRole: 'member',
    workspaceIds: [],
  };
  const contact: Principal = {
    userId: 'c',
    tenantId: 't1',
    kind: 'client',
    clientId: 'globex',
    workspaceIds: ['w1'],
  };

  it('gives staff everything of their tenant and nothing of another', () => {
    expect(visibleTo(staff, event('t1', { clientId: 'anyone', workspaceId: 'w9' }))).toBe(true);
    expect(visibleTo(staff, event('t2', { clientId: 'anyone' }))).toBe(false);
  });

  it('gives a client user only their client and the workspaces they were invited to', () => {
    expect(visibleTo(contact, event('t1', { clientId: 'globex', workspaceId: 'w1' }))).toBe(true);
    expect(visibleTo(contact, event('t1', { clientId: 'globex', workspaceId: 'w2' }))).toBe(false);
    expect(visibleTo(contact, event('t1', { clientId: 'hooli', workspaceId: 'w1' }))).toBe(false);
    expect(visibleTo(contact, event('t1', { clientId: 'globex' }))).toBe(true);
    expect(visibleTo(contact, event('t2', { clientId: 'globex', workspaceId: 'w1' }))).toBe(false);
  });
});

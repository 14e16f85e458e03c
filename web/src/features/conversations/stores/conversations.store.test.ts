import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, serveGateway } from '../../../test-support/gateway';
import type { Conversation } from '../api/conversations.api';
import { conversationOrder, useConversationsStore } from './conversations.store';

function conversation(id: string, fields: Partial<Conversation> = {}): Conversation {
  return {
    id,
    tenantId: 't1',
    clientId: 'c1',
    workspaceId: 'w1',
    subject: `Subject ${id}`,
    visibility: 'client',
    clientAudience: [],
    createdBy: '',
    createdAt: '2026-11-29T09:00:00Z',
    lastMessageAt: '2026-11-29T09:00:00Z',
    unreadCount: 0,
    isDefault: false,
    ...fields,
  };
}

describe('useConversationsStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('orders General first, then the most recently active', () => {
    const general = conversation('w1', {
      isDefault: true,
      subject: '',
      lastMessageAt: '2026-11-01T00:00:00Z',
    });
    const older = conversation('a', { lastMessageAt: '2026-11-28T00:00:00Z' });
    const newer = conversation('b', { lastMessageAt: '2026-11-29T00:00:00Z' });
    expect([older, newer, general].sort(conversationOrder).map((entry) => entry.id)).toEqual([
      'w1',
      'b',
      'a',
    ]);
  });

  it('lists a workspace’s conversations and clears a badge when one is read', async () => {
    serveGateway({
      'GET /api/workspaces/w1/conversations': () =>
        json({
          conversations: [
            conversation('w1', { isDefault: true, subject: '', unreadCount: 2 }),
            conversation('k', { unreadCount: 1 }),
          ],
        }),
    });
    const store = useConversationsStore();
    const list = store.list({ workspaceId: 'w1' });
    await list.load();
    expect(list.items.map((entry) => [entry.id, entry.unreadCount])).toEqual([
      ['w1', 2],
      ['k', 1],
    ]);
    store.markedRead('w1');
    expect(list.items.map((entry) => [entry.id, entry.unreadCount])).toEqual([
      ['w1', 0],
      ['k', 1],
    ]);
  });
});

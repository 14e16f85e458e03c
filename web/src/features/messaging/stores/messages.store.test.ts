import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, serveGateway } from '../../../test-support/gateway';
import { useMessagesStore } from './messages.store';

function message(id: string, createdAt: string, workspaceId = 'w1') {
  return {
    id,
    tenantId: 't1',
    workspaceId,
    conversationId: workspaceId,
    clientId: 'c1',
    author: { userId: 'u1', displayName: 'Grace', kind: 'client' },
    body: `body ${id}`,
    createdAt,
    attachments: [] as { id: string; name: string; size: number; contentType: string }[],
    mentions: [],
    editedAt: '',
    deletedAt: '',
  };
}

describe('useMessagesStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('keeps a thread oldest first across pages, live events and own posts, each message once', async () => {
    serveGateway({
      'GET /api/conversations/w1/messages': ({ url }) =>
        url.searchParams.get('pageToken')
          ? json({
              messages: [message('m1', '2026-11-29T09:00:00Z')],
              page: { nextPageToken: '', totalSize: 0 },
            })
          : json({
              messages: [message('m3', '2026-11-29T11:00:00Z'), message('m2', '2026-11-29T10:00:00Z')],
              page: { nextPageToken: 'older', totalSize: 0 },
            }),
      'POST /api/conversations/w1/messages': ({ body }) =>
        json({ ...message('m4', '2026-11-29T12:00:00Z'), body: (body as { body: string }).body }, 201),
    });
    const store = useMessagesStore();
    const thread = store.thread('w1');
    await thread.load();
    expect(thread.items.map((entry) => entry.id)).toEqual(['m2', 'm3']);
    await thread.loadMore();
    expect(thread.items.map((entry) => entry.id)).toEqual(['m1', 'm2', 'm3']);

    // The live stream may deliver the author's own message before the POST answers.
    store.receive(message('m4', '2026-11-29T12:00:00Z'));
    const sent = await store.send('w1', 'Hello');
    expect(sent.body).toBe('Hello');
    expect(thread.items.map((entry) => entry.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(thread.items.at(-1)?.body).toBe('Hello');
  });

  it('ignores live messages for threads nobody opened', () => {
    const store = useMessagesStore();
    store.receive(message('m1', '2026-11-29T09:00:00Z', 'elsewhere'));
    expect(store.thread('elsewhere').items).toEqual([]);
    expect(store.thread('elsewhere').loaded).toBe(false);
  });

  it('shows a live edit or deletion in place; a deletion takes the files away', async () => {
    serveGateway({
      'GET /api/conversations/w1/messages': () =>
        json({
          messages: [
            {
              ...message('m1', '2026-11-29T09:00:00Z'),
              attachments: [{ id: 'a1', name: 'a.txt', size: 3, contentType: 'text/plain' }],
            },
          ],
          page: { nextPageToken: '', totalSize: 0 },
        }),
    });
    const store = useMessagesStore();
    const thread = store.thread('w1');
    await thread.load();
    const place = {
      messageId: 'm1',
      conversationId: 'w1',
      workspaceId: 'w1',
      clientId: 'c1',
      clientVisible: true,
    };
    store.receiveChange({
      ...place,
      change: 'edited',
      body: 'fixed',
      editedAt: '2026-11-29T09:01:00Z',
      deletedAt: '',
    });
    expect(thread.items[0]).toMatchObject({ body: 'fixed', editedAt: '2026-11-29T09:01:00Z' });
    expect(thread.items[0]?.attachments).toHaveLength(1);
    store.receiveChange({
      ...place,
      change: 'deleted',
      body: '',
      editedAt: '',
      deletedAt: '2026-11-29T09:02:00Z',
    });
    expect(thread.items[0]).toMatchObject({ body: '', deletedAt: '2026-11-29T09:02:00Z', attachments: [] });
  });
});

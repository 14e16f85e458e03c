import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, serveGateway } from '../../../test-support/gateway';
import { useInboxStore } from './inbox.store';

function entry(id: string, createdAt: string, readAt = '') {
  return { id, kind: 'new-message', title: `title ${id}`, body: '', link: '/app', createdAt, readAt };
}

describe('useInboxStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('keeps entries newest first through live arrivals and reads, the count always from the server', async () => {
    let unread = 1;
    serveGateway({
      'GET /api/inbox': () =>
        json({
          notifications: [entry('n1', '2026-11-29T09:00:00Z')],
          page: { nextPageToken: '', totalSize: 0 },
          unreadCount: unread,
        }),
      'GET /api/inbox/unread-count': () => json({ unreadCount: unread }),
      'POST /api/inbox/n2/read': () => {
        unread -= 1;
        return json({
          notification: entry('n2', '2026-11-29T10:00:00Z', '2026-11-29T10:05:00Z'),
          unreadCount: unread,
        });
      },
      'POST /api/inbox/read-all': () => {
        const marked = unread;
        unread = 0;
        return json({ marked, unreadCount: 0 });
      },
    });
    const store = useInboxStore();
    await store.entries.load();
    expect(store.unreadCount).toBe(1);

    unread = 2;
    store.receive({
      notificationId: 'n2',
      recipientUserId: 'u1',
      recipientKind: 'staff',
      clientId: '',
      kind: 'new-message',
      title: 'title n2',
      body: '',
      link: '/app',
      createdAt: '2026-11-29T10:00:00Z',
    });
    expect(store.entries.items.map((item) => item.id)).toEqual(['n2', 'n1']);
    await expect.poll(() => store.unreadCount).toBe(2);

    const first = store.entries.items[0];
    if (!first) throw new Error('no entry');
    await store.markRead(first);
    expect(store.unreadCount).toBe(1);
    expect(store.entries.items[0]?.readAt).not.toBe('');

    // Another tab marked all read.
    unread = 0;
    store.onRead({
      recipientUserId: 'u1',
      recipientKind: 'staff',
      clientId: '',
      notificationId: '',
      readAt: '2026-11-29T11:00:00Z',
    });
    expect(store.entries.items.every((item) => item.readAt !== '')).toBe(true);
    await expect.poll(() => store.unreadCount).toBe(0);
  });
});

import { getJson, postJson } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type InboxNotification = Schemas['InboxNotification'];
export type InboxList = Schemas['InboxList'];

/** The caller's own notifications, newest first. */
export function listInbox(
  options: { pageToken?: string; pageSize?: number; unreadOnly?: boolean; signal?: AbortSignal } = {},
): Promise<InboxList> {
  return getJson<InboxList>('/api/inbox', {
    signal: options.signal,
    query: {
      pageToken: options.pageToken || undefined,
      pageSize: options.pageSize,
      unread: options.unreadOnly ? 'true' : undefined,
    },
  });
}

export async function countUnread(signal?: AbortSignal): Promise<number> {
  return (await getJson<Schemas['InboxUnreadCount']>('/api/inbox/unread-count', { signal })).unreadCount;
}

export function markRead(notificationId: string): Promise<Schemas['InboxNotificationRead']> {
  return postJson<Schemas['InboxNotificationRead']>(
    `/api/inbox/${encodeURIComponent(notificationId)}/read`,
    {},
  );
}

export function markAllRead(): Promise<Schemas['InboxAllRead']> {
  return postJson<Schemas['InboxAllRead']>('/api/inbox/read-all', {});
}

import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { LiveData } from '@client-portal/events';
import { useAsyncList } from '../../../composables/use-resource';
import {
  countUnread,
  listInbox,
  markAllRead as markAllReadApi,
  markRead as markReadApi,
  type InboxNotification,
} from '../api/inbox.api';

const newestFirst = (left: InboxNotification, right: InboxNotification) =>
  right.createdAt.localeCompare(left.createdAt) || right.id.localeCompare(left.id);

/**
 * The signed-in person's inbox: the bell's unread count and the entries (the dropdown shows the first
 * ones, the full page pages through them). Live updates add new entries and follow reads made in the
 * person's other tabs; the count is always read back from the server, never kept by adding up.
 */
export const useInboxStore = defineStore('inbox', () => {
  const unreadCount = ref(0);
  const unreadOnly = ref(false);
  const actionError = shallowRef<unknown>(null);
  const entries = useAsyncList<InboxNotification>(
    async ({ pageToken, signal }) => {
      const page = await listInbox({ pageToken, pageSize: 20, unreadOnly: unreadOnly.value, signal });
      unreadCount.value = page.unreadCount;
      return { items: page.notifications, nextPageToken: page.page.nextPageToken };
    },
    { key: (entry) => entry.id, compare: newestFirst },
  );

  async function refreshCount(): Promise<void> {
    try {
      unreadCount.value = await countUnread();
    } catch {
      // The badge keeps its last value; the next live event or page load tries again.
    }
  }

  function setUnreadOnly(value: boolean): Promise<void> {
    unreadOnly.value = value;
    return entries.load();
  }

  function markLocallyRead(ids: string[] | 'all', readAt: string): void {
    const updated = entries.items
      .filter((entry) => !entry.readAt && (ids === 'all' || ids.includes(entry.id)))
      .map((entry) => ({ ...entry, readAt }));
    if (updated.length > 0) entries.upsert(updated);
  }

  async function markRead(entry: InboxNotification): Promise<void> {
    if (entry.readAt) return;
    actionError.value = null;
    try {
      const answer = await markReadApi(entry.id);
      entries.upsert([answer.notification]);
      unreadCount.value = answer.unreadCount;
    } catch (error) {
      actionError.value = error;
    }
  }

  async function markAllRead(): Promise<void> {
    actionError.value = null;
    try {
      const answer = await markAllReadApi();
      markLocallyRead('all', new Date().toISOString());
      unreadCount.value = answer.unreadCount;
    } catch (error) {
      actionError.value = error;
    }
  }

  /** A notification for this person arrived (live). */
  function receive(created: LiveData<'notification.created'>): void {
    entries.upsert([
      {
        id: created.notificationId,
        kind: created.kind,
        title: created.title,
        body: created.body,
        link: created.link,
        createdAt: created.createdAt,
        readAt: '',
      },
    ]);
    void refreshCount();
  }

  /** This person read one or all of their notifications, maybe in another tab (live). */
  function onRead(read: LiveData<'notification.read'>): void {
    markLocallyRead(read.notificationId ? [read.notificationId] : 'all', read.readAt);
    void refreshCount();
  }

  return {
    unreadCount,
    unreadOnly,
    entries,
    actionError,
    refreshCount,
    setUnreadOnly,
    markRead,
    markAllRead,
    receive,
    onRead,
  };
});

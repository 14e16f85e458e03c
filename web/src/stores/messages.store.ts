import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { PageRequest } from '../api/http';
import { listMessages, postMessage, type Message } from '../api/messaging';

export interface Thread {
  messages: Message[];
  nextPageToken: string;
  loading: boolean;
  loaded: boolean;
  error: unknown;
}

const PAGE_SIZE = 50;

function emptyThread(): Thread {
  return { messages: [], nextPageToken: '', loading: false, loaded: false, error: null };
}

/** Oldest first; the id breaks ties so the order never flickers. */
function chronological(left: Message, right: Message): number {
  if (left.createdAt !== right.createdAt) return left.createdAt < right.createdAt ? -1 : 1;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

/** Messages per workspace. Live events and the author's own POST both land here, deduplicated by id. */
export const useMessagesStore = defineStore('messages', () => {
  const threads = ref<Record<string, Thread>>({});

  function thread(workspaceId: string): Thread {
    return threads.value[workspaceId] ?? emptyThread();
  }

  function ensure(workspaceId: string): Thread {
    threads.value[workspaceId] ??= emptyThread();
    return threads.value[workspaceId];
  }

  function merge(target: Thread, incoming: Message[]): void {
    const byId = new Map(target.messages.map((message) => [message.id, message]));
    for (const message of incoming) byId.set(message.id, message);
    target.messages = [...byId.values()].sort(chronological);
  }

  async function fetchPage(workspaceId: string, page: PageRequest, replace: boolean): Promise<void> {
    const target = ensure(workspaceId);
    target.loading = true;
    target.error = null;
    try {
      const answer = await listMessages(workspaceId, page);
      if (replace) target.messages = [];
      merge(target, answer.messages);
      target.nextPageToken = answer.page.nextPageToken;
      target.loaded = true;
    } catch (error) {
      target.error = error;
    } finally {
      target.loading = false;
    }
  }

  function load(workspaceId: string): Promise<void> {
    return fetchPage(workspaceId, { pageSize: PAGE_SIZE }, true);
  }

  function loadMore(workspaceId: string): Promise<void> {
    const token = thread(workspaceId).nextPageToken;
    if (!token) return Promise.resolve();
    return fetchPage(workspaceId, { pageSize: PAGE_SIZE, pageToken: token }, false);
  }

  /** A message from the live stream: only threads already shown are updated; others load fresh later. */
  function receive(message: Message): void {
    const target = threads.value[message.workspaceId];
    if (!target?.loaded) return;
    merge(target, [message]);
  }

  async function send(workspaceId: string, body: string): Promise<Message> {
    const message = await postMessage(workspaceId, body);
    merge(ensure(workspaceId), [message]);
    return message;
  }

  return { threads, thread, load, loadMore, receive, send };
});

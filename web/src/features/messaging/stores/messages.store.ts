import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import type { Message, MessageExtras } from '../../../api/messaging';
import type { MessageChange } from '../../../api/events';
import { listConversationMessages, postConversationMessage } from '../../conversations/api/conversations.api';
import { useAsyncList, type AsyncList } from '../../../composables/use-resource';

const PAGE_SIZE = 50;

/** Oldest first; the id breaks ties so the order never flickers. */
export function chronological(left: Message, right: Message): number {
  if (left.createdAt !== right.createdAt) return left.createdAt < right.createdAt ? -1 : 1;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

/**
 * Messages per conversation (issue 12; a workspace's default conversation has the workspace's id). Live
 * events and the author's own POST both land here, deduplicated by id.
 */
export const useMessagesStore = defineStore('messages', () => {
  const threads = shallowReactive<Record<string, AsyncList<Message>>>({});

  function thread(conversationId: string): AsyncList<Message> {
    threads[conversationId] ??= useAsyncList<Message>(
      async ({ pageToken }) => {
        const answer = await listConversationMessages(conversationId, { pageSize: PAGE_SIZE, pageToken });
        return { items: answer.messages, nextPageToken: answer.page.nextPageToken };
      },
      { key: (message) => message.id, compare: chronological },
    );
    return threads[conversationId];
  }

  /** A message from the live stream: only threads already shown are updated; others load fresh later. */
  function receive(message: Message): void {
    const target = threads[message.conversationId || message.workspaceId];
    if (!target?.loaded) return;
    target.upsert([message]);
  }

  async function send(conversationId: string, body: string, extras: MessageExtras = {}): Promise<Message> {
    const message = await postConversationMessage(conversationId, body, extras);
    thread(conversationId).upsert([message]);
    return message;
  }

  /** Message actions: an edit or a deletion (live, or the author's own answer) replaces it in place. */
  function replace(message: Message): void {
    const target = threads[message.conversationId || message.workspaceId];
    if (target?.loaded) target.upsert([message]);
  }

  function receiveChange(change: MessageChange): void {
    const target = threads[change.conversationId || change.workspaceId];
    const current = target?.items.find((message) => message.id === change.messageId);
    if (!target || !current) return;
    target.upsert([
      {
        ...current,
        body: change.body,
        editedAt: change.editedAt || current.editedAt,
        deletedAt: change.deletedAt,
        ...(change.change === 'deleted' ? { attachments: [], mentions: [] } : {}),
      },
    ]);
  }

  return { threads, thread, receive, send, replace, receiveChange };
});

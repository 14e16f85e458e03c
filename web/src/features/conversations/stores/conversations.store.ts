import { defineStore } from 'pinia';
import { shallowReactive, shallowRef } from 'vue';
import type { LiveData } from '@client-portal/events';
import { useAsyncList, type AsyncList } from '../../../composables/use-resource';
import {
  createConversation,
  getUnreadSummary,
  listConversations,
  scopeKey,
  type Conversation,
  type ConversationScope,
  type UnreadSummary,
} from '../api/conversations.api';

/** The workspace's General conversation first, then the most recently active. */
export function conversationOrder(left: Conversation, right: Conversation): number {
  if (left.isDefault !== right.isDefault) return left.isDefault ? -1 : 1;
  if (left.lastMessageAt !== right.lastMessageAt) return left.lastMessageAt > right.lastMessageAt ? -1 : 1;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

type LiveConversationEvent = Pick<LiveData<'conversation.changed'>, 'workspaceId' | 'clientId'>;

/**
 * Issue 12: the conversation lists (per workspace, per client) with the viewer's unread counts, and the
 * navigation's unread summary. Live events reload what they concern: the server decides who may see
 * what, so the counts are always the server's.
 */
export const useConversationsStore = defineStore('conversations', () => {
  const lists = shallowReactive<Record<string, AsyncList<Conversation>>>({});
  const summary = shallowRef<UnreadSummary | null>(null);
  const summaryError = shallowRef<unknown>(null);
  const pending = new Map<string, number>();

  function list(scope: ConversationScope): AsyncList<Conversation> {
    const key = scopeKey(scope);
    lists[key] ??= useAsyncList<Conversation>(
      async () => ({ items: await listConversations(scope), nextPageToken: '' }),
      { key: (conversation) => conversation.id, compare: conversationOrder },
    );
    return lists[key];
  }

  async function loadSummary(): Promise<void> {
    try {
      summary.value = await getUnreadSummary();
      summaryError.value = null;
    } catch (error) {
      summaryError.value = error;
    }
  }

  /** Several events in a burst (a message, then its read marker) reload once. */
  function soon(key: string, action: () => Promise<void>): void {
    window.clearTimeout(pending.get(key));
    pending.set(
      key,
      window.setTimeout(() => {
        pending.delete(key);
        void action();
      }, 100),
    );
  }

  function reloadFor(event: LiveConversationEvent): void {
    const key = event.workspaceId
      ? scopeKey({ workspaceId: event.workspaceId })
      : scopeKey({ clientId: event.clientId });
    const target = lists[key];
    if (target?.loaded) soon(key, () => target.load());
    if (summary.value) soon('summary', loadSummary);
  }

  async function create(
    scope: ConversationScope,
    input: { subject: string; internal: boolean },
  ): Promise<Conversation> {
    const conversation = await createConversation(scope, input);
    list(scope).upsert([conversation]);
    return conversation;
  }

  /** The viewer read a conversation (here or in another tab): its badge and the totals clear. */
  function markedRead(conversationId: string): void {
    for (const target of Object.values(lists)) {
      const found = target.items.find((conversation) => conversation.id === conversationId);
      if (found && found.unreadCount > 0) target.upsert([{ ...found, unreadCount: 0 }]);
    }
    if (summary.value) soon('summary', loadSummary);
  }

  return {
    lists,
    summary,
    summaryError,
    list,
    loadSummary,
    create,
    markedRead,
    onMessagePosted: reloadFor,
    onConversationChanged: reloadFor,
    onConversationRead: (event: LiveConversationEvent & { conversationId: string }) => {
      markedRead(event.conversationId);
      reloadFor(event);
    },
  };
});

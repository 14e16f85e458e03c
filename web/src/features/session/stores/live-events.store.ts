import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  connectEvents,
  messageOf,
  type EventStreamConnection,
  type EventStreamStatus,
  type LiveEvent,
} from '../../../api/events';
import { useActivityStore } from '../../activity/stores/activity.store';
import { useBillingLiveStore } from '../../billing/stores/billing-live.store';
import { useMessagesStore } from '../../messaging/stores/messages.store';
import { useWorkspaceLiveStore } from '../../portal/stores/workspace-live.store';
import { useWorkspacesStore } from '../../portal/stores/workspaces.store';
import { useClientHomeStore } from '../../home/stores/client-home.store';
import { useRevocationStore } from '../../revocation/stores/revocation.store';
import { useInboxStore } from '../../inbox/stores/inbox.store';
import { useConversationsStore } from '../../conversations/stores/conversations.store';

/** Owns the one live connection of the page and routes each event to the store it concerns. */
export const useLiveEventsStore = defineStore('liveEvents', () => {
  const status = ref<EventStreamStatus>('closed');
  let connection: EventStreamConnection | null = null;

  function dispatch(event: LiveEvent): void {
    // Inbox slice: a person's own notifications concern their bell and inbox only.
    if (event.name === 'notification.created') {
      useInboxStore().receive(event.data);
      return;
    }
    if (event.name === 'notification.read') {
      useInboxStore().onRead(event.data);
      return;
    }
    // Staff screens built from crm's records of these facts (timeline, dashboard) catch up too.
    useActivityStore().onClientActivity(event.data.clientId);
    // The client home's inbox: an answered quote, a paid invoice, a new message or task changes it.
    useClientHomeStore().onLiveChange();
    switch (event.name) {
      case 'message.posted':
        useMessagesStore().receive(messageOf(event.data));
        useConversationsStore().onMessagePosted(event.data);
        break;
      // Conversations slice: lists and unread badges follow (another tab's reading clears them).
      case 'conversation.changed':
        useConversationsStore().onConversationChanged(event.data);
        break;
      case 'conversation.read':
        useConversationsStore().onConversationRead(event.data);
        break;
      case 'invoice.issued':
        // Only the activity screens above still follow it: billing screens reload on billing.changed.
        break;
      case 'workspace.created':
        useWorkspacesStore().onWorkspaceCreated(event.data);
        break;
      case 'billing.changed':
        useBillingLiveStore().receive(event.data);
        break;
      case 'workspace.changed':
        useWorkspaceLiveStore().receive(event.data);
        break;
      case 'message.changed':
        useMessagesStore().receiveChange(event.data);
        break;
    }
  }

  function start(): void {
    if (connection) return;
    connection = connectEvents({
      onEvent: dispatch,
      onStatus: (next) => {
        status.value = next;
      },
      onRevoked: (access) => {
        useRevocationStore().onRevoked(access);
      },
    });
  }

  function stop(): void {
    connection?.close();
    connection = null;
    status.value = 'closed';
  }

  return { status, start, stop, dispatch };
});

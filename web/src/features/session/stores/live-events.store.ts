import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  connectEvents,
  parseLiveEvent,
  type EventStreamConnection,
  type EventStreamStatus,
  type ServerEvent,
} from '../../../api/events';
import { useInvoicesStore } from '../../billing/stores/invoices.store';
import { useMessagesStore } from '../../messaging/stores/messages.store';
import { useWorkspacesStore } from '../../portal/stores/workspaces.store';

/** Owns the one live connection of the page and routes each event to the store it concerns. */
export const useLiveEventsStore = defineStore('liveEvents', () => {
  const status = ref<EventStreamStatus>('closed');
  let connection: EventStreamConnection | null = null;

  function dispatch(raw: ServerEvent): void {
    const event = parseLiveEvent(raw);
    if (!event) return;
    switch (event.type) {
      case 'message.posted':
        useMessagesStore().receive(event.message);
        break;
      case 'invoice.issued':
        useInvoicesStore().onInvoiceIssued(event.invoice);
        useWorkspacesStore().onInvoiceIssued(event.invoice);
        break;
      case 'workspace.created':
        useWorkspacesStore().onWorkspaceCreated(event.workspace);
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
    });
  }

  function stop(): void {
    connection?.close();
    connection = null;
    status.value = 'closed';
  }

  return { status, start, stop, dispatch };
});

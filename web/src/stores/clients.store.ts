import { defineStore } from 'pinia';
import { ref } from 'vue';
import { createClient, listClients, type Client, type ClientStatus, type NewClient } from '../api/crm';

const PAGE_SIZE = 20;

/** The staff client list: filters, cursor pagination and the current page. */
export const useClientsStore = defineStore('clients', () => {
  const clients = ref<Client[]>([]);
  const search = ref('');
  const status = ref<ClientStatus | ''>('');
  // Cursors of the pages visited, so "previous" works with forward-only page tokens.
  const pageTokens = ref<string[]>(['']);
  const nextPageToken = ref('');
  const totalSize = ref(0);
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<unknown>(null);
  let inFlight: AbortController | null = null;

  async function load(): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    loading.value = true;
    error.value = null;
    try {
      const answer = await listClients(
        {
          search: search.value.trim(),
          status: status.value,
          pageSize: PAGE_SIZE,
          pageToken: pageTokens.value[pageTokens.value.length - 1] ?? '',
        },
        controller.signal,
      );
      clients.value = answer.clients;
      nextPageToken.value = answer.page.nextPageToken;
      totalSize.value = answer.page.totalSize;
      loaded.value = true;
    } catch (caught) {
      // A newer request replaced this one: its answer is the one that counts.
      if (controller.signal.aborted) return;
      error.value = caught;
    } finally {
      if (inFlight === controller) {
        loading.value = false;
        inFlight = null;
      }
    }
  }

  function applyFilters(): Promise<void> {
    pageTokens.value = [''];
    return load();
  }

  function nextPage(): Promise<void> {
    if (!nextPageToken.value) return Promise.resolve();
    pageTokens.value = [...pageTokens.value, nextPageToken.value];
    return load();
  }

  function previousPage(): Promise<void> {
    if (pageTokens.value.length <= 1) return Promise.resolve();
    pageTokens.value = pageTokens.value.slice(0, -1);
    return load();
  }

  async function create(input: NewClient): Promise<Client> {
    const client = await createClient(input);
    // The new client changes the list's order and counts: reload it on the next visit.
    loaded.value = false;
    return client;
  }

  return {
    clients,
    search,
    status,
    pageTokens,
    nextPageToken,
    totalSize,
    loading,
    loaded,
    error,
    load,
    applyFilters,
    nextPage,
    previousPage,
    create,
  };
});

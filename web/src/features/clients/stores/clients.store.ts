import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  createClient,
  getClient,
  listClients,
  type Client,
  type ClientStatus,
  type NewClient,
} from '../../../api/crm';
import { useAsyncList, useResource, type Resource } from '../../../composables/use-resource';

const PAGE_SIZE = 20;

/** The staff client list (filters, page by page) and the client opened on the client page. */
export const useClientsStore = defineStore('clients', () => {
  const search = ref('');
  const status = ref<ClientStatus | ''>('');

  const list = useAsyncList<Client>(
    async ({ pageToken, signal }) => {
      const answer = await listClients(
        { search: search.value.trim(), status: status.value, pageSize: PAGE_SIZE, pageToken },
        signal,
      );
      return {
        items: answer.clients,
        nextPageToken: answer.page.nextPageToken,
        totalSize: answer.page.totalSize,
      };
    },
    { key: (client) => client.id },
  );

  // The client page shows one client at a time; a new resource per id keeps a slow answer for the
  // previous client from landing on the next one.
  let current: { clientId: string; resource: Resource<Client> } | null = null;

  function open(clientId: string): Resource<Client> {
    if (current?.clientId !== clientId)
      current = { clientId, resource: useResource(() => getClient(clientId)) };
    return current.resource;
  }

  function applyFilters(): Promise<void> {
    return list.load();
  }

  async function create(input: NewClient): Promise<Client> {
    const client = await createClient(input);
    // The new client changes the list's order and counts: reload it on the next visit.
    list.invalidate();
    return client;
  }

  return { search, status, list, open, applyFilters, create };
});

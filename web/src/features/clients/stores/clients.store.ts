import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  addContact,
  archiveClient,
  createClient,
  deleteClient,
  getClient,
  listClients,
  listStaff,
  makePrimaryContact,
  removeContact,
  restoreClient,
  updateClient,
  updateContact,
  type Client,
  type ClientChanges,
  type ClientStatus,
  type ContactChanges,
  type NewClient,
  type NewContact,
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

  // The agency's team, for the owner picker and owners' names: loaded once per session.
  const staff = useResource(() => listStaff());

  /**
   * Runs a write of the open client and shows its answer: the new version comes back with it, so the
   * next write is based on what the screen shows. The list is reloaded on its next visit.
   */
  async function write(clientId: string, call: () => Promise<Client>): Promise<Client> {
    const client = await call();
    if (current?.clientId === clientId) current.resource.set(client);
    list.invalidate();
    return client;
  }

  return {
    search,
    status,
    list,
    open,
    applyFilters,
    create,
    staff,
    update: (clientId: string, changes: ClientChanges) =>
      write(clientId, () => updateClient(clientId, changes)),
    archive: (clientId: string, version: number) => write(clientId, () => archiveClient(clientId, version)),
    restore: (clientId: string, version: number) => write(clientId, () => restoreClient(clientId, version)),
    async remove(clientId: string, version: number): Promise<void> {
      await deleteClient(clientId, version);
      if (current?.clientId === clientId) current = null;
      list.invalidate();
    },
    addContact: (clientId: string, contact: NewContact) =>
      write(clientId, () => addContact(clientId, contact)),
    updateContact: (clientId: string, contactId: string, changes: ContactChanges) =>
      write(clientId, () => updateContact(clientId, contactId, changes)),
    removeContact: (clientId: string, contactId: string, version: number, successorContactId?: string) =>
      write(clientId, () => removeContact(clientId, contactId, version, successorContactId)),
    makePrimaryContact: (clientId: string, contactId: string, version: number) =>
      write(clientId, () => makePrimaryContact(clientId, contactId, version)),
  };
});

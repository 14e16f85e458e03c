import { defineStore } from 'pinia';
import {
  addContact,
  archiveClient,
  createClient,
  deleteClient,
  getClient,
  listStaff,
  makePrimaryContact,
  removeContact,
  restoreClient,
  updateClient,
  updateContact,
  type Client,
  type ClientChanges,
  type ContactChanges,
  type NewClient,
  type NewContact,
} from '../../../api/crm';
import { useResource, type Resource } from '../../../composables/use-resource';

/** The client opened on the client page, its writes, and the team for its owner picker (the list is client-list's). */
export const useClientsStore = defineStore('clients', () => {
  // The client page shows one client at a time; a new resource per id keeps a slow answer for the
  // previous client from landing on the next one.
  let current: { clientId: string; resource: Resource<Client> } | null = null;

  function open(clientId: string): Resource<Client> {
    if (current?.clientId !== clientId)
      current = { clientId, resource: useResource(() => getClient(clientId)) };
    return current.resource;
  }

  async function create(input: NewClient): Promise<Client> {
    return createClient(input);
  }

  // The agency's team, for the owner picker and owners' names: loaded once per session.
  const staff = useResource(() => listStaff());

  /**
   * Runs a write of the open client and shows its answer: the new version comes back with it, so the
   * next write is based on what the screen shows (the client list reads itself again when opened).
   */
  async function write(clientId: string, call: () => Promise<Client>): Promise<Client> {
    const client = await call();
    if (current?.clientId === clientId) current.resource.set(client);
    return client;
  }

  return {
    open,
    create,
    staff,
    update: (clientId: string, changes: ClientChanges) =>
      write(clientId, () => updateClient(clientId, changes)),
    archive: (clientId: string, version: number) => write(clientId, () => archiveClient(clientId, version)),
    restore: (clientId: string, version: number) => write(clientId, () => restoreClient(clientId, version)),
    async remove(clientId: string, version: number): Promise<void> {
      await deleteClient(clientId, version);
      if (current?.clientId === clientId) current = null;
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

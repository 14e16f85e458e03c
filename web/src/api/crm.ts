import { getJson, postJson, type PageRequest } from './http';
import type { QueryOf, Schemas } from './schema';

export type Client = Schemas['Client'];
export type ClientList = Schemas['ClientList'];
export type Contact = Schemas['Contact'];
export type ContactInput = Schemas['ContactInput'];
export type NewClient = Schemas['NewClient'];
export type ClientStatus = Client['status'];
export type ContactRole = Contact['role'];

/** The values for selects and filters, checked against the generated types in both directions. */
export const CLIENT_STATUSES = [
  'active',
  'prospect',
  'inactive',
  'suspended',
] as const satisfies readonly ClientStatus[];
export const CONTACT_ROLES = [
  'decision-maker',
  'technical',
  'billing',
  'observer',
] as const satisfies readonly ContactRole[];
// Fails to compile when the API gains a status or role the lists above lack.
const everyStatus: Record<ClientStatus, true> = {
  active: true,
  prospect: true,
  inactive: true,
  suspended: true,
};
const everyRole: Record<ContactRole, true> = {
  'decision-maker': true,
  technical: true,
  billing: true,
  observer: true,
};
void everyStatus;
void everyRole;

export type ListClientsQuery = PageRequest &
  Pick<QueryOf<'getClients'>, 'search'> & { status?: ClientStatus | '' };

export function listClients(query: ListClientsQuery = {}, signal?: AbortSignal): Promise<ClientList> {
  return getJson<ClientList>('/api/clients', {
    query: {
      search: query.search,
      status: query.status,
      pageSize: query.pageSize,
      pageToken: query.pageToken,
    },
    ...(signal ? { signal } : {}),
  });
}

export function createClient(input: NewClient): Promise<Client> {
  return postJson<Client>('/api/clients', input);
}

export function getClient(clientId: string): Promise<Client> {
  return getJson<Client>(`/api/clients/${encodeURIComponent(clientId)}`);
}

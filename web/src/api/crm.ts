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
type Missing<Values extends string, Listed extends readonly string[]> = Exclude<Values, Listed[number]>;
export const CLIENT_STATUSES_COMPLETE: [Missing<ClientStatus, typeof CLIENT_STATUSES>] extends [never]
  ? true
  : never = true;
export const CONTACT_ROLES_COMPLETE: [Missing<ContactRole, typeof CONTACT_ROLES>] extends [never]
  ? true
  : never = true;

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

import { getJson, postJson, type PageInfo, type PageRequest } from './http';

export const CLIENT_STATUSES = ['active', 'prospect', 'inactive', 'suspended'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const CONTACT_ROLES = ['decision-maker', 'technical', 'billing', 'observer'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export interface Contact {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  role: ContactRole;
  primary: boolean;
}

export interface Client {
  id: string;
  tenantId: string;
  name: string;
  industry: string;
  phone: string;
  /** Internal: empty for client users. */
  notes: string;
  status: ClientStatus;
  ownerUserId: string;
  contacts: Contact[];
  createdAt: string;
  updatedAt: string;
  invoicedMinor: string;
  invoiceCount: number;
  lastActivityAt: string;
}

export interface ClientList {
  clients: Client[];
  page: PageInfo;
}

export interface ListClientsQuery extends PageRequest {
  search?: string;
  status?: ClientStatus | '';
}

export interface ContactInput {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  role: ContactRole;
}

export interface NewClient {
  name: string;
  industry?: string;
  phone?: string;
  notes?: string;
  status?: ClientStatus;
  primaryContact?: ContactInput;
}

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

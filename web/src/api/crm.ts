import { getJson, postJson, request } from './http';
import type { Schemas } from './schema';

export type Client = Schemas['Client'];
export type Contact = Schemas['Contact'];
export type ContactInput = Schemas['ContactInput'];
export type NewClient = Schemas['NewClient'];
export type ClientStatus = Client['status'];
export type Address = Schemas['Address'];
export type StatusChange = Schemas['StatusChange'];
export type ClientChanges = Schemas['ClientChanges'];
export type NewContact = Schemas['NewContact'];
export type ContactChanges = Schemas['ContactChanges'];
export type StaffMemberSummary = Schemas['StaffMemberSummary'];
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

export function createClient(input: NewClient): Promise<Client> {
  return postJson<Client>('/api/clients', input);
}

export function getClient(clientId: string): Promise<Client> {
  return getJson<Client>(`/api/clients/${encodeURIComponent(clientId)}`);
}

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
const contactPath = (clientId: string, contactId: string) =>
  `${clientPath(clientId)}/contacts/${encodeURIComponent(contactId)}`;

/** Every write carries the version the screen shows: a stale one is refused (409, client.changed). */
export function updateClient(clientId: string, changes: ClientChanges): Promise<Client> {
  return request<Client>(clientPath(clientId), { method: 'PATCH', body: changes });
}

export function archiveClient(clientId: string, expectedVersion: number): Promise<Client> {
  return postJson<Client>(`${clientPath(clientId)}/archive`, { expectedVersion });
}

export function restoreClient(clientId: string, expectedVersion: number): Promise<Client> {
  return postJson<Client>(`${clientPath(clientId)}/restore`, { expectedVersion });
}

export async function deleteClient(clientId: string, expectedVersion: number): Promise<void> {
  await request(clientPath(clientId), { method: 'DELETE', query: { expectedVersion } });
}

export function addContact(clientId: string, contact: NewContact): Promise<Client> {
  return postJson<Client>(`${clientPath(clientId)}/contacts`, contact);
}

export function updateContact(clientId: string, contactId: string, changes: ContactChanges): Promise<Client> {
  return request<Client>(contactPath(clientId, contactId), { method: 'PATCH', body: changes });
}

export function removeContact(
  clientId: string,
  contactId: string,
  expectedVersion: number,
  successorContactId?: string,
): Promise<Client> {
  return request<Client>(contactPath(clientId, contactId), {
    method: 'DELETE',
    query: { expectedVersion, successorContactId },
  });
}

export function makePrimaryContact(
  clientId: string,
  contactId: string,
  expectedVersion: number,
): Promise<Client> {
  return postJson<Client>(`${contactPath(clientId, contactId)}/primary`, { expectedVersion });
}

/** The agency's active team: who may own a client. */
export async function listStaff(signal?: AbortSignal): Promise<StaffMemberSummary[]> {
  const answer = await getJson<Schemas['StaffDirectory']>('/api/staff', signal ? { signal } : {});
  return answer.staff;
}

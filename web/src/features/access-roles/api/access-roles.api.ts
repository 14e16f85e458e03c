import { getJson, postJson, request } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

/** A named set of portal rights: a built-in role (decision-maker, technical, billing, observer) or the tenant's. */
export type PortalRole = Schemas['PortalRole'];
/** External users gathered under a name ("Globex finance"). */
export type PortalGroup = Schemas['PortalGroup'];
/** A client's portal user with their role and groups. */
export type PortalRoleUser = Schemas['PortalRoleUser'];
export type PortalAccessSettings = Schemas['PortalAccessSettings'];

const enc = encodeURIComponent;

export async function listPortalRoles(): Promise<PortalRole[]> {
  return (await getJson<Schemas['PortalRoleList']>('/api/portal-roles')).roles;
}

export function createPortalRole(input: { name: string; rights: string[] }): Promise<PortalRole> {
  return postJson<PortalRole>('/api/portal-roles', input);
}

export function updatePortalRole(
  roleId: string,
  input: { name: string; rights: string[]; version: number },
): Promise<PortalRole> {
  return request<PortalRole>(`/api/portal-roles/${enc(roleId)}`, { method: 'PUT', body: input });
}

export async function deletePortalRole(roleId: string, reassignTo = ''): Promise<void> {
  const query = reassignTo ? `?reassignTo=${enc(reassignTo)}` : '';
  await request(`/api/portal-roles/${enc(roleId)}${query}`, { method: 'DELETE' });
}

export function setPortalUserRole(externalUserId: string, role: string): Promise<PortalRoleUser> {
  return request<PortalRoleUser>(`/api/portal-users/${enc(externalUserId)}/role`, {
    method: 'PUT',
    body: { role },
  });
}

export async function listClientPortalPeople(clientId: string): Promise<PortalRoleUser[]> {
  return (await getJson<Schemas['PortalRoleUserList']>(`/api/clients/${enc(clientId)}/portal-people`)).users;
}

export async function listPortalGroups(): Promise<PortalGroup[]> {
  return (await getJson<Schemas['PortalGroupList']>('/api/portal-groups')).groups;
}

export function createPortalGroup(name: string): Promise<PortalGroup> {
  return postJson<PortalGroup>('/api/portal-groups', { name });
}

export function renamePortalGroup(groupId: string, name: string, version: number): Promise<PortalGroup> {
  return request<PortalGroup>(`/api/portal-groups/${enc(groupId)}`, {
    method: 'PUT',
    body: { name, version },
  });
}

export function setPortalGroupMembership(
  groupId: string,
  externalUserId: string,
  member: boolean,
): Promise<PortalGroup> {
  return request<PortalGroup>(`/api/portal-groups/${enc(groupId)}/members/${enc(externalUserId)}`, {
    ...(member ? { method: 'PUT', body: {} } : { method: 'DELETE' }),
  });
}

export async function deletePortalGroup(groupId: string): Promise<void> {
  await request(`/api/portal-groups/${enc(groupId)}`, { method: 'DELETE' });
}

export function getPortalAccessSettings(): Promise<PortalAccessSettings> {
  return getJson<PortalAccessSettings>('/api/portal-access/settings');
}

export function updatePortalAccessSettings(input: PortalAccessSettings): Promise<PortalAccessSettings> {
  return request<PortalAccessSettings>('/api/portal-access/settings', { method: 'PUT', body: input });
}

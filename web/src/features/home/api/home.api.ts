import { getJson, postJson, request } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type ClientHome = Schemas['ClientHome'];
export type InboxItem = Schemas['InboxItem'];
export type CallToAction = Schemas['CallToAction'];
export type PortalSettings = Schemas['PortalSettings'];
export type PortalSettingsFields = Schemas['PortalSettingsFields'];
export type PortalUser = Schemas['PortalUser'];

export const CALL_TO_ACTION_KINDS = ['payments', 'documents', 'contact', 'booking', 'link'] as const;
export type CallToActionKind = (typeof CALL_TO_ACTION_KINDS)[number];

export function getClientHome(signal?: AbortSignal): Promise<ClientHome> {
  return getJson<ClientHome>('/api/portal/home', signal ? { signal } : {});
}

export function getPortalSettings(signal?: AbortSignal): Promise<PortalSettings> {
  return getJson<PortalSettings>('/api/portal/settings', signal ? { signal } : {});
}

export function savePortalSettings(
  settings: PortalSettingsFields,
  expectedVersion: number,
): Promise<PortalSettings> {
  return request<PortalSettings>('/api/portal/settings', {
    method: 'PUT',
    body: { settings, expectedVersion },
  });
}

export async function listPortalUsers(clientId: string, signal?: AbortSignal): Promise<PortalUser[]> {
  const answer = await getJson<Schemas['PortalUserList']>(
    `/api/clients/${encodeURIComponent(clientId)}/portal-users`,
    signal ? { signal } : {},
  );
  return answer.users;
}

export function startViewAs(externalUserId: string): Promise<Schemas['ViewAsStarted']> {
  return postJson<Schemas['ViewAsStarted']>('/api/portal/view-as', { externalUserId });
}

export function markMessagesRead(workspaceId: string): Promise<Schemas['MessagesRead']> {
  return postJson<Schemas['MessagesRead']>(
    `/api/workspaces/${encodeURIComponent(workspaceId)}/messages/read`,
    {},
  );
}

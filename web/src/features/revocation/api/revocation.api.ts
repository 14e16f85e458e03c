import { getJson, postJson } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type PortalAccessUser = Schemas['PortalAccessUser'];
export type AccessLogEntry = Schemas['AccessLogEntry'];
export type ConvertedStaffMember = Schemas['ConvertedStaffMember'];

const userPath = (externalUserId: string) => `/api/portal-access/${encodeURIComponent(externalUserId)}`;

export async function listPortalAccess(clientId: string, signal?: AbortSignal): Promise<PortalAccessUser[]> {
  const answer = await getJson<Schemas['PortalAccessList']>(
    `/api/clients/${encodeURIComponent(clientId)}/portal-access`,
    signal ? { signal } : {},
  );
  return answer.users;
}

export async function listAccessLog(clientId: string, signal?: AbortSignal): Promise<AccessLogEntry[]> {
  const answer = await getJson<Schemas['AccessLog']>(
    `/api/clients/${encodeURIComponent(clientId)}/access-log`,
    signal ? { signal } : {},
  );
  return answer.entries;
}

export function revokePortalAccess(externalUserId: string, reason: string): Promise<PortalAccessUser> {
  return postJson<PortalAccessUser>(`${userPath(externalUserId)}/revoke`, { reason });
}

export function restorePortalAccess(externalUserId: string): Promise<PortalAccessUser> {
  return postJson<PortalAccessUser>(`${userPath(externalUserId)}/restore`, {});
}

export function convertToStaff(externalUserId: string, role: string): Promise<ConvertedStaffMember> {
  return postJson<ConvertedStaffMember>(`${userPath(externalUserId)}/convert-to-staff`, { role });
}

export function sendPasswordReset(externalUserId: string): Promise<Schemas['PasswordResetSent']> {
  return postJson<Schemas['PasswordResetSent']>(`${userPath(externalUserId)}/password-reset`, {});
}

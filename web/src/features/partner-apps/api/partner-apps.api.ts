import { getJson, postJson, request } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type PartnerApp = Schemas['PartnerApp'];
export type PartnerAppList = Schemas['PartnerAppList'];
export type PartnerAppSecret = Schemas['PartnerAppSecret'];
export interface PartnerAppInput {
  name: string;
  description?: string;
  scopes: string[];
  rateLimitPerMinute?: number;
}

export function listPartnerApps(): Promise<PartnerAppList> {
  return getJson<PartnerAppList>('/api/partner-apps');
}

export function createPartnerApp(input: PartnerAppInput): Promise<PartnerAppSecret> {
  return postJson<PartnerAppSecret>('/api/partner-apps', input);
}

export function updatePartnerApp(id: string, input: PartnerAppInput): Promise<PartnerApp> {
  return request<PartnerApp>(`/api/partner-apps/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

export function rotatePartnerSecret(id: string): Promise<PartnerAppSecret> {
  return postJson<PartnerAppSecret>(`/api/partner-apps/${encodeURIComponent(id)}/rotate-secret`, {});
}

export function revokePartnerApp(id: string): Promise<PartnerApp> {
  return postJson<PartnerApp>(`/api/partner-apps/${encodeURIComponent(id)}/revoke`, {});
}

/** Scopes grouped by resource (`clients:read` → clients), in the order the API lists them. */
export function scopesByResource(scopes: readonly string[]): { resource: string; scopes: string[] }[] {
  const groups: { resource: string; scopes: string[] }[] = [];
  for (const scope of scopes) {
    const resource = scope.split(':')[0] ?? scope;
    const group = groups.find((candidate) => candidate.resource === resource);
    if (group) group.scopes.push(scope);
    else groups.push({ resource, scopes: [scope] });
  }
  return groups;
}

import { getJson, postJson, request } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type JoinLink = Schemas['JoinLink'];
export type Join = Schemas['Join'];
export type JoinLinkPreview = Schemas['JoinLinkPreview'];
export type NewJoinLink = Schemas['NewJoinLink'];

const path = (linkId: string) => `/api/join-links/${encodeURIComponent(linkId)}`;

/** The URL a link's token makes, on this web app's origin. */
export function joinUrl(token: string): string {
  return `${window.location.origin}/join/${token}`;
}

/** The tenant's links, or one workspace's. */
export async function listJoinLinks(signal?: AbortSignal, workspaceId?: string): Promise<JoinLink[]> {
  return (await getJson<Schemas['JoinLinkList']>('/api/join-links', { signal, query: { workspaceId } }))
    .links;
}

export function createJoinLink(input: NewJoinLink): Promise<JoinLink> {
  return postJson<JoinLink>('/api/join-links', input);
}

export function resetJoinLink(linkId: string): Promise<JoinLink> {
  return postJson<JoinLink>(`${path(linkId)}/reset`, {});
}

export function setJoinLinkEnabled(linkId: string, enabled: boolean): Promise<JoinLink> {
  const body: Schemas['JoinLinkEnabled'] = { enabled };
  return request<JoinLink>(`${path(linkId)}/enabled`, { method: 'PUT', body });
}

export async function listJoins(linkId: string): Promise<Join[]> {
  return (await getJson<Schemas['JoinList']>(`${path(linkId)}/joins`)).joins;
}

export function previewJoinLink(token: string): Promise<JoinLinkPreview> {
  return getJson<JoinLinkPreview>(`/api/public/join/${encodeURIComponent(token)}`, { authenticated: false });
}

export function joinThroughLink(token: string, body: Schemas['JoinThroughLink']): Promise<Schemas['Joined']> {
  return postJson<Schemas['Joined']>(`/api/public/join/${encodeURIComponent(token)}`, body, {
    authenticated: false,
  });
}

import { getJson, postJson, request } from './http';
import type { Schemas } from './schema';

/** Links, embeds, notes and the timeline of a workspace (content slice of issue 10). */
export type ContentLink = Schemas['ContentLink'];
export type ContentEmbed = Schemas['ContentEmbed'];
export type ContentNote = Schemas['ContentNote'];
export type TimelineEntry = Schemas['WorkspaceTimelineEntry'];
export type TimelinePage = Schemas['WorkspaceTimelinePage'];
export type NewContentLink = Schemas['NewContentLink'];
export type NewContentEmbed = Schemas['NewContentEmbed'];
export type NewContentNote = Schemas['NewContentNote'];

const at = (workspaceId: string, path: string) =>
  `/api/workspaces/${encodeURIComponent(workspaceId)}/${path}`;
const item = (workspaceId: string, kind: string, id: string) =>
  at(workspaceId, `${kind}/${encodeURIComponent(id)}`);

export async function listLinks(workspaceId: string): Promise<ContentLink[]> {
  return (await getJson<Schemas['ContentLinkList']>(at(workspaceId, 'links'))).links;
}
export function addLink(workspaceId: string, input: NewContentLink): Promise<ContentLink> {
  return postJson<ContentLink>(at(workspaceId, 'links'), input);
}
export function updateLink(
  workspaceId: string,
  linkId: string,
  changes: Schemas['ContentLinkChanges'],
): Promise<ContentLink> {
  return request<ContentLink>(item(workspaceId, 'links', linkId), { method: 'PATCH', body: changes });
}
export async function deleteLink(
  workspaceId: string,
  linkId: string,
  expectedVersion: number,
): Promise<void> {
  await request(item(workspaceId, 'links', linkId), { method: 'DELETE', query: { expectedVersion } });
}
export async function reorderLinks(workspaceId: string, linkIds: string[]): Promise<ContentLink[]> {
  const answer = await request<Schemas['ContentLinkList']>(at(workspaceId, 'links/order'), {
    method: 'PUT',
    body: { linkIds },
  });
  return answer.links;
}

export async function listEmbeds(workspaceId: string): Promise<ContentEmbed[]> {
  return (await getJson<Schemas['ContentEmbedList']>(at(workspaceId, 'embeds'))).embeds;
}
export function addEmbed(workspaceId: string, input: NewContentEmbed): Promise<ContentEmbed> {
  return postJson<ContentEmbed>(at(workspaceId, 'embeds'), input);
}
export function updateEmbed(
  workspaceId: string,
  embedId: string,
  changes: Schemas['ContentEmbedChanges'],
): Promise<ContentEmbed> {
  return request<ContentEmbed>(item(workspaceId, 'embeds', embedId), { method: 'PATCH', body: changes });
}
export async function deleteEmbed(
  workspaceId: string,
  embedId: string,
  expectedVersion: number,
): Promise<void> {
  await request(item(workspaceId, 'embeds', embedId), { method: 'DELETE', query: { expectedVersion } });
}

export async function listNotes(workspaceId: string): Promise<ContentNote[]> {
  return (await getJson<Schemas['ContentNoteList']>(at(workspaceId, 'notes'))).notes;
}
export function addNote(workspaceId: string, input: NewContentNote): Promise<ContentNote> {
  return postJson<ContentNote>(at(workspaceId, 'notes'), input);
}
export function updateNote(
  workspaceId: string,
  noteId: string,
  changes: Schemas['ContentNoteChanges'],
): Promise<ContentNote> {
  return request<ContentNote>(item(workspaceId, 'notes', noteId), { method: 'PATCH', body: changes });
}
export async function deleteNote(
  workspaceId: string,
  noteId: string,
  expectedVersion: number,
): Promise<void> {
  await request(item(workspaceId, 'notes', noteId), { method: 'DELETE', query: { expectedVersion } });
}

export function listTimeline(workspaceId: string, pageToken = ''): Promise<TimelinePage> {
  return getJson<TimelinePage>(at(workspaceId, 'timeline'), {
    query: { pageSize: 25, ...(pageToken ? { pageToken } : {}) },
  });
}

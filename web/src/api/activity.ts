import { getJson, postJson, request, type PageRequest } from './http';
import type { Schemas } from './schema';

export type TimelineEntry = Schemas['TimelineEntry'];
export type Timeline = Schemas['Timeline'];
export type TimelineCategory = TimelineEntry['category'];
export type ClientMetrics = Schemas['ClientMetrics'];
export type Dashboard = Schemas['Dashboard'];

/** The timeline's filter groups, checked against the generated type in both directions. */
export const TIMELINE_CATEGORIES = [
  'note',
  'project',
  'invoice',
  'message',
  'client',
  'contact',
  'portal',
] as const satisfies readonly TimelineCategory[];
type Missing<Values extends string, Listed extends readonly string[]> = Exclude<Values, Listed[number]>;
export const TIMELINE_CATEGORIES_COMPLETE: [Missing<TimelineCategory, typeof TIMELINE_CATEGORIES>] extends [
  never,
]
  ? true
  : never = true;

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

export function listTimeline(
  clientId: string,
  query: PageRequest & { category?: TimelineCategory | '' },
  signal?: AbortSignal,
): Promise<Timeline> {
  return getJson<Timeline>(`${clientPath(clientId)}/timeline`, {
    query: { category: query.category || undefined, pageSize: query.pageSize, pageToken: query.pageToken },
    ...(signal ? { signal } : {}),
  });
}

export function addNote(clientId: string, body: string): Promise<TimelineEntry> {
  return postJson<TimelineEntry>(`${clientPath(clientId)}/notes`, { body });
}

export function editNote(
  clientId: string,
  noteId: string,
  body: string,
  expectedVersion: string,
): Promise<TimelineEntry> {
  return request<TimelineEntry>(`${clientPath(clientId)}/notes/${encodeURIComponent(noteId)}`, {
    method: 'PATCH',
    body: { body, expectedVersion },
  });
}

export function deleteNote(clientId: string, noteId: string): Promise<void> {
  return request<unknown>(`${clientPath(clientId)}/notes/${encodeURIComponent(noteId)}`, {
    method: 'DELETE',
  }).then(() => undefined);
}

export function getClientMetrics(clientId: string, signal?: AbortSignal): Promise<ClientMetrics> {
  return getJson<ClientMetrics>(`${clientPath(clientId)}/metrics`, signal ? { signal } : {});
}

export function getDashboard(month: string, signal?: AbortSignal): Promise<Dashboard> {
  return getJson<Dashboard>('/api/dashboard', {
    query: { month: month || undefined },
    ...(signal ? { signal } : {}),
  });
}

/** The version a note editor holds: when it was last written. */
export function noteVersion(note: TimelineEntry): string {
  return note.editedAt || note.occurredAt;
}

/** A timeline entry's parameters as a record, for the translated title. */
export function paramsOf(entry: TimelineEntry): Record<string, string> {
  return Object.fromEntries(entry.params.map((param) => [param.name, param.value]));
}

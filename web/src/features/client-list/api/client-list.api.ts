import { downloadFile, getJson, postJson, type PageRequest } from '../../../api/http';
import type { Schemas } from '../../../api/schema';
import type { ClientStatus } from '../../../api/crm';

export type ClientListRow = Schemas['ClientListRow'];
export type ClientListPage = Schemas['ClientListPage'];
export type ClientListFilters = Schemas['ClientListFilters'];
export type ClientImportPreview = Schemas['ClientImportPreview'];
export type ClientImportError = Schemas['ClientImportError'];
export type ClientImportResult = Schemas['ClientImportResult'];

export const CLIENT_LIST_SORTS = [
  'name',
  'main_contact',
  'project_count',
  'status',
  'value',
  'last_activity',
] as const;
export type ClientListSort = (typeof CLIENT_LIST_SORTS)[number];

export interface ClientListQuery {
  search: string;
  status: ClientStatus | '';
  ownerUserId: string;
  industry: string;
  includeArchived: boolean;
  sort: ClientListSort;
  direction: 'asc' | 'desc';
}

function queryOf(query: ClientListQuery): Record<string, string | undefined> {
  return {
    search: query.search.trim() || undefined,
    status: query.status || undefined,
    ownerUserId: query.ownerUserId || undefined,
    industry: query.industry || undefined,
    includeArchived: query.includeArchived ? 'true' : undefined,
    sort: query.sort,
    direction: query.direction,
  };
}

export function listClientRows(
  query: ClientListQuery,
  page: PageRequest,
  signal?: AbortSignal,
): Promise<ClientListPage> {
  return getJson<ClientListPage>('/api/client-list', {
    query: { ...queryOf(query), pageSize: page.pageSize, pageToken: page.pageToken },
    ...(signal ? { signal } : {}),
  });
}

export function listFilters(): Promise<ClientListFilters> {
  return getJson<ClientListFilters>('/api/client-list/filters');
}

export function exportClients(query: ClientListQuery): Promise<void> {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(queryOf(query)))
    if (value !== undefined) parameters.set(key, value);
  return downloadFile(`/api/client-list/export?${parameters.toString()}`, 'clients.csv', 'text/csv');
}

export function previewImport(csv: string): Promise<ClientImportPreview> {
  return postJson<ClientImportPreview>('/api/client-imports/preview', { csv });
}

export function importClients(csv: string): Promise<ClientImportResult> {
  return postJson<ClientImportResult>('/api/client-imports', { csv });
}

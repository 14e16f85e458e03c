import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ListOptions, PartnerApi } from './partner-client.js';

/**
 * Incremental sync, the way the partner API means it (docs/partner-api.md, "Pagination and sync"):
 * lists are ordered by (updated_at, id), and `updated_since` keeps what changed AT or after an instant.
 * So a partner remembers the greatest `updated_at` it has stored per resource (its cursor), asks from
 * there, and pages through with `next_page_token` until it is empty. Because the bound is inclusive, the
 * items changed exactly at the cursor come back once more; they are recognised (same id, same
 * updated_at) and not counted as changes. Nothing is ever missed, even two changes in one millisecond.
 */

export interface StoredItem {
  updatedAt: string;
  data: Record<string, unknown>;
}

export interface ResourceState {
  /** The greatest updated_at stored; empty before the first sync. */
  cursor: string;
  items: Record<string, StoredItem>;
}

export const RESOURCES = ['clients', 'invoices'] as const;
export type ResourceName = (typeof RESOURCES)[number];

export interface SyncState {
  version: 1;
  resources: Record<ResourceName, ResourceState>;
}

export interface ResourceReport {
  /** Items the API sent (those at the cursor again included). */
  received: number;
  /** Ids new or changed since the previous sync. */
  changed: string[];
  /** Items stored after this sync. */
  stored: number;
  cursor: string;
  pages: number;
}

export type SyncReport = Record<ResourceName, ResourceReport>;

export function emptyState(): SyncState {
  return {
    version: 1,
    resources: { clients: { cursor: '', items: {} }, invoices: { cursor: '', items: {} } },
  };
}

export function loadState(file: string): SyncState {
  if (!existsSync(file)) return emptyState();
  const state = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
  if (state.version !== 1) throw new Error(`${file}: unknown state version ${String(state.version)}`);
  return state as SyncState;
}

/** Written to a temporary file and renamed: a crash never leaves half a state file. */
export function saveState(file: string, state: SyncState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}

/** RFC 3339 instants compared as instants (not as text: offsets and precision may differ). */
const later = (a: string, b: string) => (b === '' ? true : Date.parse(a) > Date.parse(b));

type Page = { items: { id: string; updatedAt: string }[]; nextPageToken: string };

/**
 * Pages through one list from the resource's cursor and stores what changed. The cursor only moves once
 * the whole list has been read: a sync interrupted half-way starts again from the same instant.
 */
export async function syncResource(
  list: (options: ListOptions) => Promise<Page>,
  state: ResourceState,
  pageSize = 100,
): Promise<ResourceReport> {
  const changed: string[] = [];
  let received = 0;
  let pages = 0;
  let cursor = state.cursor;
  let pageToken = '';
  do {
    const page = await list({ pageSize, pageToken, updatedSince: state.cursor });
    pages += 1;
    for (const item of page.items) {
      received += 1;
      const known = state.items[item.id];
      if (!known || known.updatedAt !== item.updatedAt) {
        changed.push(item.id);
        state.items[item.id] = {
          updatedAt: item.updatedAt,
          data: item,
        };
      }
      if (later(item.updatedAt, cursor)) cursor = item.updatedAt;
    }
    pageToken = page.nextPageToken;
  } while (pageToken !== '');
  state.cursor = cursor;
  return { received, changed, stored: Object.keys(state.items).length, cursor, pages };
}

/** One sync of the clients and the invoices into `state` (changed in place). */
export async function syncOnce(api: PartnerApi, state: SyncState, pageSize = 100): Promise<SyncReport> {
  const clients = await syncResource(
    async (options) => {
      const answer = await api.listClients(options);
      return { items: answer.clients, nextPageToken: answer.nextPageToken };
    },
    state.resources.clients,
    pageSize,
  );
  const invoices = await syncResource(
    async (options) => {
      const answer = await api.listInvoices(options);
      return { items: answer.documents, nextPageToken: answer.nextPageToken };
    },
    state.resources.invoices,
    pageSize,
  );
  return { clients, invoices };
}

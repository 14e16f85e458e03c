import type { Schema } from 'mongoose';
import { Keyset } from '@client-portal/kit';
import { CLIENT_LIST_SORTS, type ClientListSort } from '../domain/client-list.js';

/**
 * The staff client list sorts and searches on values derived from the client (its name in lower case,
 * its primary contact) and on figures kept by consumers (projects, value, last activity). They are
 * stored on the client document so that one query serves a page; a sort key is never missing, because
 * the kit's keyset cursor needs a scalar on every document.
 */
export interface ClientListKeys {
  /** The name in lower case: the list sorts case-insensitively (FerretDB has no collation). */
  nameKey: string;
  mainContactName: string;
  mainContactEmail: string;
  /** The main contact's name in lower case, the sort key of the "main contact" column. */
  mainContactKey: string;
  /** The latest of: created, project changed, invoice issued, message posted. */
  lastActivityAt: Date;
}

interface ContactLike {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  primary?: boolean | null;
}

/** The keys that depend on the name only. */
function nameKeys(name: unknown): Pick<ClientListKeys, 'nameKey'> {
  return { nameKey: typeof name === 'string' ? name.trim().toLowerCase() : '' };
}

/** The keys that depend on the contact list only: the primary contact (none: empty). */
function contactKeys(
  contacts: unknown,
): Pick<ClientListKeys, 'mainContactName' | 'mainContactEmail' | 'mainContactKey'> {
  const list = Array.isArray(contacts) ? (contacts as ContactLike[]) : [];
  const primary = list.find((contact) => contact.primary === true);
  const name = primary ? `${primary.firstName ?? ''} ${primary.lastName ?? ''}`.trim() : '';
  return {
    mainContactName: name,
    mainContactEmail: primary?.email ?? '',
    mainContactKey: name.toLowerCase(),
  };
}

/** Every list key of a whole client document (insert, backfill). */
export function listKeysOf(document: {
  name?: unknown;
  contacts?: unknown;
  createdAt?: unknown;
  metrics?: { lastActivityAt?: unknown } | null;
}): ClientListKeys {
  const activity = document.metrics?.lastActivityAt;
  const created = document.createdAt instanceof Date ? document.createdAt : new Date();
  return {
    ...nameKeys(document.name),
    ...contactKeys(document.contacts),
    lastActivityAt: activity instanceof Date && activity > created ? activity : created,
  };
}

/** The sort fields, each with its keyset: one order per column and direction. */
const SORT_FIELDS: Record<ClientListSort, string> = {
  name: 'list.nameKey',
  main_contact: 'list.mainContactKey',
  project_count: 'metrics.projectCount',
  status: 'status',
  value: 'metrics.projectValueMinor',
  last_activity: 'list.lastActivityAt',
};

export const clientListKeysets: Record<ClientListSort, { ascending: Keyset; descending: Keyset }> =
  Object.fromEntries(
    CLIENT_LIST_SORTS.map((sort) => {
      const field = SORT_FIELDS[sort];
      return [
        sort,
        {
          ascending: new Keyset(`clients.list.${sort}.asc`, { [field]: 1, _id: 1 }),
          descending: new Keyset(`clients.list.${sort}.desc`, { [field]: -1, _id: -1 }),
        },
      ];
    }),
  ) as Record<ClientListSort, { ascending: Keyset; descending: Keyset }>;

/**
 * The sync order of the partner API: oldest change first, so a partner remembers the greatest
 * updatedAt it has seen and asks again from there. Every write of the record moves updatedAt on.
 */
export const clientsByUpdate = new Keyset('clients.updated', { updatedAt: 1, _id: 1 });

export function clientListKeyset(order: {
  sort: ClientListSort;
  descending: boolean;
  byUpdate?: boolean;
}): Keyset {
  if (order.byUpdate) return clientsByUpdate;
  const pair = clientListKeysets[order.sort];
  return order.descending ? pair.descending : pair.ascending;
}

type UpdateShape = Record<string, unknown> & { $set?: Record<string, unknown> };

/**
 * Adds the list's fields to the client schema and keeps the derived ones true on every write path,
 * whoever writes: a new document gets all of them; an update that sets the name or the contacts gets
 * the keys derived from what it sets. Figures kept by consumers (projects, value, activity) are only
 * defaulted here.
 */
export function clientListPlugin(schema: Schema): void {
  schema.add({
    list: {
      nameKey: { type: String, default: '' },
      mainContactName: { type: String, default: '' },
      mainContactEmail: { type: String, default: '' },
      mainContactKey: { type: String, default: '' },
      lastActivityAt: { type: Date },
    },
    // The CSV import that created the client, so a failed import removes exactly what it inserted.
    importId: { type: String },
  });
  schema.add({
    metrics: {
      projectCount: { type: Number, default: 0 },
      projectValueMinor: { type: Number, default: 0 },
      // Per currency (amounts of two currencies are never added): the values by currency code.
      valueByCurrency: { type: [{ _id: false, currency: String, amountMinor: Number }], default: undefined },
      invoicedByCurrency: { type: Object, default: undefined },
    },
  });
  // One index per sort column, declared next to its keyset; the descending order reads it backwards.
  for (const sort of CLIENT_LIST_SORTS)
    schema.index(clientListKeysets[sort].ascending.index({ tenantId: 1 }));
  schema.index(clientsByUpdate.index({ tenantId: 1 }));
  schema.index({ tenantId: 1, importId: 1 });

  schema.pre(
    'validate',
    function deriveListKeys(this: Record<string, unknown> & { set(path: string, value: unknown): void }) {
      const keys = listKeysOf(this as Parameters<typeof listKeysOf>[0]);
      this.set('list', keys);
    },
  );
  for (const operation of ['updateOne', 'findOneAndUpdate', 'updateMany'] as const)
    schema.pre(operation, function deriveUpdatedListKeys() {
      const update = this.getUpdate() as UpdateShape | null;
      const set = update?.$set;
      if (!update || !set) return;
      const derived: Record<string, unknown> = {};
      if ('name' in set) derived['list.nameKey'] = nameKeys(set.name).nameKey;
      if ('contacts' in set)
        for (const [key, value] of Object.entries(contactKeys(set.contacts))) derived[`list.${key}`] = value;
      if (Object.keys(derived).length > 0) this.setUpdate({ ...update, $set: { ...set, ...derived } });
    });
}

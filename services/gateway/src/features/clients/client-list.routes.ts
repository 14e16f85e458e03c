import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { binary, defineRoute, named, type CallOptions } from '../../http/route.js';
import type { Backends } from '../../http/backends.js';
import {
  minorUnits,
  moneySchema,
  pageInfoSchema,
  pageOf,
  pageQuerySchema,
} from '../shared/shared.schemas.js';
import { CLIENT_STATUSES, CONTACT_ROLES } from './clients.routes.js';

export const CLIENT_LIST_SORTS = [
  'name',
  'main_contact',
  'project_count',
  'status',
  'value',
  'last_activity',
] as const;

/** Imports run longer than a page read: every row is checked, then written in batches. */
const IMPORT_DEADLINE_MS = 60_000;
/** An export reads the whole filtered list, chunk by chunk. */
const EXPORT_DEADLINE_MS = 60_000;

const booleanFlag = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => value === 'true');

/** The list's filter and order, shared by the page and the export. */
const listFilterQuery = z.object({
  search: z
    .string()
    .max(200)
    .optional()
    .meta({ description: "Matches the name, the primary contact's name or e-mail" }),
  status: z.enum(CLIENT_STATUSES).optional(),
  ownerUserId: z.string().optional().meta({ description: "The owner's user id (a staff member)" }),
  industry: z.string().meta({ maxLength: FIELD_LIMITS.crm.industry }).optional(),
  includeArchived: booleanFlag.meta({ description: 'Archived clients are hidden unless true' }),
  sort: z.enum(CLIENT_LIST_SORTS).optional().meta({ description: 'The column; name when absent' }),
  direction: z.enum(['asc', 'desc']).optional(),
});
type ListFilterQuery = z.output<typeof listFilterQuery>;

function listFilter(query: ListFilterQuery) {
  return {
    search: query.search ?? '',
    status: query.status ?? '',
    ownerUserId: query.ownerUserId ?? '',
    industry: query.industry ?? '',
    includeArchived: query.includeArchived,
    sort: query.sort ?? 'name',
    descending: query.direction === 'desc',
  };
}

export const clientListRowSchema = named(
  'ClientListRow',
  z.object({
    clientId: z.string(),
    name: z.string(),
    status: z.enum(CLIENT_STATUSES),
    industry: z.string(),
    ownerUserId: z.string(),
    archived: z.boolean(),
    mainContactName: z.string().meta({ description: 'The primary contact; empty when none' }),
    mainContactEmail: z.string(),
    projectCount: z.number().int(),
    projectValueMinor: minorUnits.meta({
      description: 'Sort key only (adds currencies together): show valueByCurrency',
    }),
    invoicedMinor: minorUnits.meta({ description: 'All currencies together: show invoicedByCurrency' }),
    lastActivityAt: z.string().meta({ description: 'Latest of: created, project, invoice, message' }),
    valueByCurrency: z
      .array(moneySchema)
      .meta({ description: "Contract value of the client's projects, one amount per currency" }),
    invoicedByCurrency: z
      .array(moneySchema)
      .meta({ description: 'Issued invoices, one amount per currency' }),
  }),
);

export const clientListPageSchema = named(
  'ClientListPage',
  z.object({ rows: z.array(clientListRowSchema), page: pageInfoSchema }),
);

export const clientListFiltersSchema = named(
  'ClientListFilters',
  z.object({
    industries: z.array(z.string()),
    owners: z.array(z.object({ userId: z.string(), displayName: z.string() })),
  }),
);

const importBodySchema = named(
  'ClientImportFile',
  z.object({
    csv: z
      .string()
      .min(1, 'Choose a CSV file')
      .max(900_000, 'The file is too large: split it (at most 5000 rows)')
      .meta({ description: 'The CSV text; see docs/client-list.md for its columns' }),
  }),
);

const importErrorSchema = named(
  'ClientImportError',
  z.object({
    row: z.number().int().meta({ description: 'The CSV line (the header is line 1)' }),
    column: z.string(),
    message: z.string(),
    code: z.string(),
  }),
);

export const clientImportPreviewSchema = named(
  'ClientImportPreview',
  z.object({
    clients: z.array(
      z.object({
        row: z.number().int(),
        name: z.string(),
        industry: z.string(),
        phone: z.string(),
        status: z.enum(CLIENT_STATUSES),
        contacts: z.array(
          z.object({
            row: z.number().int(),
            firstName: z.string(),
            lastName: z.string(),
            email: z.string(),
            phone: z.string(),
            role: z.string().meta({ description: `${CONTACT_ROLES.join(', ')} when valid` }),
            primary: z.boolean(),
          }),
        ),
      }),
    ),
    errors: z.array(importErrorSchema),
    rowCount: z.number().int(),
    contactCount: z.number().int(),
  }),
);

export const clientImportResultSchema = named(
  'ClientImportResult',
  z.object({ importId: z.string(), clientCount: z.number().int(), contactCount: z.number().int() }),
);

/** The whole filtered list as CSV: keyset chunks from crm, joined here. */
async function exportCsv(backends: Backends, query: ListFilterQuery, onBehalf: CallOptions): Promise<string> {
  const parts: string[] = [];
  let pageToken = '';
  do {
    const chunk = await backends.crm.exportClients(
      { ...listFilter(query), pageToken },
      { ...onBehalf, deadlineMs: EXPORT_DEADLINE_MS },
    );
    parts.push(chunk.csv);
    pageToken = chunk.nextPageToken;
  } while (pageToken);
  return parts.join('');
}

/** The staff client list: page, filter choices, CSV export and CSV import (preview, then import). */
export const clientListRoutes = [
  defineRoute({
    method: 'get',
    path: '/client-list',
    access: { permission: 'clients.view' },
    summary: 'The staff client list: filtered, searched, sorted by any column, keyset pages',
    tags: ['clients'],
    query: pageQuerySchema.extend(listFilterQuery.shape),
    response: clientListPageSchema,
    handler: async ({ query, onBehalf }, { backends }) => {
      const result = await backends.crm.listClients({ ...listFilter(query), page: pageOf(query) }, onBehalf);
      return { rows: result.rows, page: result.page };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/client-list/filters',
    access: { permission: 'clients.view' },
    summary: "The client list's filter choices: industries in use and the staff who may own clients",
    tags: ['clients'],
    response: clientListFiltersSchema,
    handler: async ({ onBehalf }, { backends }) => {
      const [industries, staff] = await Promise.all([
        backends.crm.listClientIndustries({}, onBehalf),
        backends.identity.listStaff({ tenantId: '' }, onBehalf),
      ]);
      return {
        industries: industries.industries,
        owners: staff.staff
          .map((member) => ({ userId: member.id, displayName: member.displayName || member.email }))
          .sort((a, b) => a.displayName.localeCompare(b.displayName)),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/client-list/export',
    access: { permission: 'clients.view' },
    summary: 'The filtered, sorted client list as CSV (every page)',
    tags: ['clients'],
    query: listFilterQuery,
    response: binary('text/csv', 'The CSV, as an attachment'),
    handler: async ({ query, onBehalf }, { backends }) => {
      const csv = await exportCsv(backends, query, onBehalf);
      const day = new Date().toISOString().slice(0, 10);
      return { bytes: new TextEncoder().encode(csv), filename: `clients-${day}.csv` };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/client-imports/preview',
    access: { permission: 'clients.import' },
    summary: 'Checks a CSV of clients and contacts: what would be created and every bad row; writes nothing',
    tags: ['clients'],
    body: importBodySchema,
    response: clientImportPreviewSchema,
    handler: ({ body, onBehalf }, { backends }) =>
      backends.crm.previewClientImport(body, { ...onBehalf, deadlineMs: IMPORT_DEADLINE_MS }),
  }),
  defineRoute({
    method: 'post',
    path: '/client-imports',
    access: { permission: 'clients.import' },
    summary: 'Imports a CSV of clients and contacts, all or nothing',
    tags: ['clients'],
    status: 201,
    body: importBodySchema,
    response: clientImportResultSchema,
    handler: ({ body, onBehalf }, { backends }) =>
      backends.crm.importClients(body, { ...onBehalf, deadlineMs: IMPORT_DEADLINE_MS }),
  }),
];

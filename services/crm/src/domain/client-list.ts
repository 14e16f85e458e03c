import { randomUUID } from 'node:crypto';
import { DomainError } from '@client-portal/kit';
import {
  CLIENT_STATUSES,
  CONTACT_ROLES,
  EMPTY_ADDRESS,
  type Client,
  type ClientStatus,
  type Contact,
  type ContactRole,
} from './client.js';
import { readUpdatedSince } from './sync.js';

export const CLIENT_LIST_SORTS = [
  'name',
  'main_contact',
  'project_count',
  'status',
  'value',
  'last_activity',
] as const;
export type ClientListSort = (typeof CLIENT_LIST_SORTS)[number];

export interface ClientListFilter {
  search: string;
  status: string;
  ownerUserId: string;
  industry: string;
  includeArchived: boolean;
  /** Only clients whose record changed at or after it; null: all. */
  updatedSince: Date | null;
}

export interface ClientListOrder {
  sort: ClientListSort;
  descending: boolean;
  /** The sync order (updatedAt, id) ascending, for the partner API: sort and descending are ignored. */
  byUpdate: boolean;
}

/** One row of the staff list, read from the client document's own and denormalised fields. */
export interface ClientListRow {
  clientId: string;
  name: string;
  status: ClientStatus;
  industry: string;
  ownerUserId: string;
  archived: boolean;
  mainContactName: string;
  mainContactEmail: string;
  projectCount: number;
  projectValueMinor: number;
  invoicedMinor: number;
  lastActivityAt: Date;
  /** Per currency, by currency code: amounts of two currencies are never added. */
  valueByCurrency: { currency: string; amountMinor: number }[];
  invoicedByCurrency: { currency: string; amountMinor: number }[];
}

/** Reads the list's request fields, refusing an unknown status or sort with the field named. */
export function readListRequest(request: {
  search?: string;
  status?: string;
  ownerUserId?: string;
  industry?: string;
  includeArchived?: boolean;
  sort?: string;
  descending?: boolean;
  updatedSince?: string;
  byUpdate?: boolean;
}): { filter: ClientListFilter; order: ClientListOrder } {
  const status = (request.status ?? '').trim();
  const sort = (request.sort ?? '').trim() || 'name';
  const violations = [];
  if (status && !(CLIENT_STATUSES as readonly string[]).includes(status))
    violations.push({
      field: 'status',
      message: `Status must be one of ${CLIENT_STATUSES.join(', ')}`,
      code: 'invalid_value',
    });
  if (!(CLIENT_LIST_SORTS as readonly string[]).includes(sort))
    violations.push({
      field: 'sort',
      message: `Sort must be one of ${CLIENT_LIST_SORTS.join(', ')}`,
      code: 'invalid_value',
    });
  if (violations.length > 0) throw DomainError.invalid('The client list request is not valid', violations);
  const updatedSince = readUpdatedSince(request.updatedSince);
  return {
    filter: {
      search: (request.search ?? '').trim().slice(0, 200),
      status,
      ownerUserId: (request.ownerUserId ?? '').trim(),
      industry: (request.industry ?? '').trim(),
      includeArchived: request.includeArchived ?? false,
      updatedSince,
    },
    order: {
      sort: sort as ClientListSort,
      descending: request.descending ?? false,
      byUpdate: request.byUpdate ?? false,
    },
  };
}

// ------------------------------------------------------------------------------------------ CSV import

/** The import's columns: one row per contact; rows naming the same company make one client. */
export const IMPORT_COLUMNS = [
  'company',
  'industry',
  'phone',
  'status',
  'contact_first_name',
  'contact_last_name',
  'contact_email',
  'contact_phone',
  'contact_role',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = [
  'company',
  'contact_first_name',
  'contact_last_name',
  'contact_email',
];
/** A bigger agency splits its file: one import stays one bounded request. */
export const MAX_IMPORT_ROWS = 5000;

export interface ImportError {
  /** The CSV line (the header is line 1). */
  row: number;
  column: string;
  message: string;
  code: string;
}

export interface ImportContact {
  row: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  role: ContactRole;
  primary: boolean;
}

export interface ImportItem {
  row: number;
  name: string;
  industry: string;
  phone: string;
  status: ClientStatus;
  contacts: ImportContact[];
}

export interface ImportPlan {
  clients: ImportItem[];
  errors: ImportError[];
  rowCount: number;
  contactCount: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks the header: every column known, the required ones present. A wrong file is refused as a
 * whole, naming the columns expected, before any row is looked at.
 */
export function checkImportHeader(header: string[]): ImportColumn[] {
  const columns = header.map((column) => column.trim().toLowerCase());
  const unknown = columns.filter((column) => !(IMPORT_COLUMNS as readonly string[]).includes(column));
  const missing = REQUIRED_IMPORT_COLUMNS.filter((column) => !columns.includes(column));
  const duplicated = columns.filter((column, index) => columns.indexOf(column) !== index);
  if (unknown.length > 0 || missing.length > 0 || duplicated.length > 0) {
    const problems = [
      missing.length > 0 ? `missing ${missing.join(', ')}` : '',
      unknown.length > 0 ? `unknown ${unknown.map((column) => column || '(empty)').join(', ')}` : '',
      duplicated.length > 0 ? `repeated ${[...new Set(duplicated)].join(', ')}` : '',
    ].filter(Boolean);
    throw DomainError.invalid(
      `The CSV columns are wrong (${problems.join('; ')}). Expected columns: ${IMPORT_COLUMNS.join(', ')} (required: ${REQUIRED_IMPORT_COLUMNS.join(', ')})`,
      [{ field: 'csv', message: `Expected columns: ${IMPORT_COLUMNS.join(', ')}`, code: 'invalid_format' }],
    );
  }
  return columns as ImportColumn[];
}

/**
 * Validates every row and groups them into clients, without writing anything: the preview shows this
 * plan, and the import writes it only when it has no error. `existingNames` are the tenant's client
 * names in lower case (an import never duplicates a client).
 */
export function planImport(
  records: { line: number; values: Partial<Record<ImportColumn, string>> }[],
  existingNames: ReadonlySet<string>,
): ImportPlan {
  const errors: ImportError[] = [];
  const byName = new Map<string, ImportItem>();
  let contactCount = 0;
  if (records.length > MAX_IMPORT_ROWS)
    throw DomainError.invalid(`A CSV import holds at most ${MAX_IMPORT_ROWS} rows; split the file`, [
      { field: 'csv', message: `At most ${MAX_IMPORT_ROWS} rows`, code: 'too_big' },
    ]);
  for (const { line, values } of records) {
    const value = (column: ImportColumn) => (values[column] ?? '').trim();
    const fail = (column: ImportColumn, message: string, code: string) =>
      errors.push({ row: line, column, message, code });
    const name = value('company');
    if (!name) {
      fail('company', 'Company name is required', 'required');
      continue;
    }
    if (name.length > 200) fail('company', 'Company name is at most 200 characters', 'too_long');
    const key = name.toLowerCase();
    if (existingNames.has(key)) fail('company', `A client named ${name} already exists`, 'not_unique');
    let client = byName.get(key);
    if (!client) {
      const status = value('status').toLowerCase() || 'active';
      if (!(CLIENT_STATUSES as readonly string[]).includes(status))
        fail('status', `Status must be one of ${CLIENT_STATUSES.join(', ')}`, 'invalid_value');
      client = {
        row: line,
        name,
        industry: value('industry'),
        phone: value('phone'),
        status: status as ClientStatus,
        contacts: [],
      };
      byName.set(key, client);
    }
    const contact = {
      firstName: value('contact_first_name'),
      lastName: value('contact_last_name'),
      email: value('contact_email').toLowerCase(),
      phone: value('contact_phone'),
      role: value('contact_role').toLowerCase() || 'decision-maker',
    };
    // A row naming only the company adds the client without a contact.
    if (!contact.firstName && !contact.lastName && !contact.email && !value('contact_phone')) continue;
    if (!contact.firstName) fail('contact_first_name', 'First name is required', 'required');
    if (!contact.lastName) fail('contact_last_name', 'Last name is required', 'required');
    if (!EMAIL.test(contact.email)) fail('contact_email', 'Enter a valid e-mail address', 'invalid_format');
    else if (client.contacts.some((existing) => existing.email === contact.email))
      fail('contact_email', `${contact.email} is already a contact of ${name} in this file`, 'not_unique');
    if (!(CONTACT_ROLES as readonly string[]).includes(contact.role))
      fail('contact_role', `Role must be one of ${CONTACT_ROLES.join(', ')}`, 'invalid_value');
    client.contacts.push({
      row: line,
      ...contact,
      role: contact.role as ContactRole,
      primary: client.contacts.length === 0,
    });
    contactCount++;
  }
  return { clients: [...byName.values()], errors, rowCount: records.length, contactCount };
}

/** The clients an error-free plan creates, all carrying the import's id. */
export function clientsOfPlan(
  plan: ImportPlan,
  tenantId: string,
  ownerUserId: string,
  now = new Date(),
): Client[] {
  return plan.clients.map((item) => ({
    id: randomUUID(),
    tenantId,
    name: item.name,
    industry: item.industry,
    phone: item.phone,
    notes: '',
    website: '',
    address: { ...EMPTY_ADDRESS },
    status: item.status,
    ownerUserId,
    contacts: item.contacts.map((contact): Contact => ({
      id: randomUUID(),
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone,
      mobile: '',
      role: contact.role,
      primary: contact.primary,
    })),
    metrics: { invoicedMinor: 0, invoiceCount: 0, lastActivityAt: null },
    createdAt: now,
    updatedAt: now,
    version: 1,
    archivedAt: null,
    statusHistory: [
      { from: null, to: item.status, changedBy: ownerUserId, changedByName: '', changedAt: now },
    ],
    workspaceIds: [],
  }));
}

/** The export's columns, in the list's order. */
export const EXPORT_COLUMNS = [
  'company',
  'main_contact',
  'main_contact_email',
  'projects',
  'status',
  'value_minor',
  'invoiced_minor',
  'last_activity',
  'industry',
  'archived',
] as const;

export function exportRecord(row: ClientListRow): string[] {
  return [
    row.name,
    row.mainContactName,
    row.mainContactEmail,
    String(row.projectCount),
    row.status,
    String(row.projectValueMinor),
    String(row.invoicedMinor),
    row.lastActivityAt.toISOString(),
    row.industry,
    row.archived ? 'yes' : 'no',
  ];
}

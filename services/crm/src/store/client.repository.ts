import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  containsPattern,
  outboxPlugin,
  withOutbox,
  Keyset,
  type HandlerContext,
  type OutboxEntry,
  type Page,
  type WithOutbox,
} from '@client-portal/kit';
import type { Client } from '../domain/client.js';
import type { ClientListFilter, ClientListOrder, ClientListRow } from '../domain/client-list.js';
import { clientListKeyset, clientListPlugin, listKeysOf, type ClientListKeys } from './client-list.keys.js';

type ClientDocument = Omit<Client, 'id'> & { _id: string } & WithOutbox;

const contactSchema = new Schema(
  {
    id: { type: String, required: true },
    firstName: String,
    lastName: String,
    email: String,
    phone: String,
    role: String,
    primary: Boolean,
  },
  { _id: false },
);

const clientSchema = new Schema<ClientDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    name: { type: String, required: true },
    industry: String,
    phone: String,
    notes: String,
    status: { type: String, required: true },
    ownerUserId: String,
    contacts: { type: [contactSchema], default: [] },
    metrics: {
      invoicedMinor: { type: Number, default: 0 },
      invoiceCount: { type: Number, default: 0 },
      lastActivityAt: { type: Date, default: null },
    },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// The staff list: by name within a tenant. Status and search narrow it without their own index.
const clientsByName = new Keyset('clients.byName', { name: 1, _id: 1 });
clientSchema.index(clientsByName.index({ tenantId: 1 }));
clientSchema.plugin(outboxPlugin);
clientSchema.plugin(clientListPlugin);

/** What the staff list reads beyond the Client: its denormalised keys and figures. */
type ListedDocument = ClientDocument & {
  list?: Partial<ClientListKeys>;
  metrics: { projectCount?: number; projectValueMinor?: number };
  archived?: boolean;
};

function toListRow(document: ListedDocument): ClientListRow {
  const keys = document.list ?? {};
  return {
    clientId: document._id,
    name: document.name,
    status: document.status,
    industry: document.industry,
    ownerUserId: document.ownerUserId,
    archived: document.archived === true,
    mainContactName: keys.mainContactName ?? '',
    mainContactEmail: keys.mainContactEmail ?? '',
    projectCount: document.metrics.projectCount ?? 0,
    projectValueMinor: document.metrics.projectValueMinor ?? 0,
    invoicedMinor: document.metrics.invoicedMinor,
    lastActivityAt: keys.lastActivityAt ?? document.createdAt,
  };
}

/** The staff list's filter as a query; equality filters stay top-level (FerretDB pushes them down). */
function listQuery(tenantId: string, filter: ClientListFilter): Record<string, unknown> {
  const query: Record<string, unknown> = { tenantId };
  // `$ne: true` also matches clients written before the field existed.
  if (!filter.includeArchived) query.archived = { $ne: true };
  if (filter.status) query.status = filter.status;
  if (filter.ownerUserId) query.ownerUserId = filter.ownerUserId;
  if (filter.industry) query.industry = filter.industry;
  if (filter.search) {
    const pattern = containsPattern(filter.search);
    query.$or = [
      { name: pattern },
      { 'list.mainContactName': pattern },
      { 'list.mainContactEmail': pattern },
    ];
  }
  return query;
}

export const CLIENTS_COLLECTION = 'clients';

function toClient(document: ClientDocument): Client {
  const { _id, _outbox: _pending, ...rest } = document;
  return { id: _id, ...rest, contacts: rest.contacts.map((contact) => ({ ...contact })) };
}

/** The only code that touches the crm database's clients. Every query is scoped by tenant. */
export class ClientRepository extends MongoStore<ClientDocument> {
  constructor(connection: Connection) {
    super(connection, 'Client', clientSchema, CLIENTS_COLLECTION);
  }

  async insert(client: Client, ...events: OutboxEntry[]): Promise<void> {
    const { id, ...rest } = client;
    await this.model.create({ _id: id, ...rest, _outbox: events });
  }

  /**
   * Bulk import without events (one insertMany per batch): for loading data whose `crm.client.created`
   * events nobody must see, such as a benchmark's scratch tenant.
   */
  async importMany(clients: Client[]): Promise<void> {
    await this.model.insertMany(
      clients.map(({ id, ...rest }) => ({ _id: id, ...rest, list: listKeysOf(rest) })),
      { ordered: false, lean: true },
    );
  }

  /**
   * Writes the contact list only if nobody changed the client since `readAt` (optimistic concurrency):
   * false means a concurrent change won and the caller must read again.
   */
  async replaceContacts(client: Client, readAt: Date, ...events: OutboxEntry[]): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: client.id, tenantId: client.tenantId, updatedAt: readAt },
      withOutbox({ $set: { contacts: client.contacts, updatedAt: client.updatedAt } }, ...events),
    );
    return result.modifiedCount === 1;
  }

  async find(tenantId: string, id: string): Promise<Client | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<ClientDocument>();
    return document ? toClient(document) : undefined;
  }

  /** The list's order, for reading its page tokens. */
  static readonly listOrder = clientsByName;

  /**
   * One page by name. The total is counted on the first page only (the list screen shows it) and
   * carried by the page token afterwards, so paging on never counts again.
   */
  async list(
    tenantId: string,
    filter: { search: string; status: string },
    page: Page,
  ): Promise<{ clients: Client[]; nextPageToken: string; total: number }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.search.trim()) query.name = containsPattern(filter.search);
    if (filter.status) query.status = filter.status;
    const total = page.carriedTotal ?? (await this.model.countDocuments(query));
    const { documents, nextPageToken } = await this.findPage(query, clientsByName, page, total);
    return { clients: documents.map(toClient), nextPageToken, total };
  }

  /** Adds an issued invoice to the client's value and last activity, once per event. */
  async recordInvoiceIssued(
    context: HandlerContext,
    tenantId: string,
    invoice: { clientId: string; totalMinor: number; issuedAt: Date },
  ): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: invoice.clientId, tenantId },
      {
        $inc: { 'metrics.invoicedMinor': invoice.totalMinor, 'metrics.invoiceCount': 1 },
        $set: { 'metrics.lastActivityAt': invoice.issuedAt },
        // The list's last activity never moves backwards (events from several sources interleave).
        $max: { 'list.lastActivityAt': invoice.issuedAt },
      },
    );
  }

  // ---------------------------------------------------------------------------- the staff client list

  /** Creates the indexes, then gives clients written before the list existed their list keys. */
  override async ensureIndexes(): Promise<void> {
    await super.ensureIndexes();
    const missing = await this.model
      .find({ 'list.nameKey': { $exists: false } })
      .select({ _id: 1, tenantId: 1, name: 1, contacts: 1, createdAt: 1, metrics: 1 })
      .lean<ClientDocument[]>();
    for (const document of missing)
      await this.model.updateOne(
        { _id: document._id, tenantId: document.tenantId },
        { $set: { list: listKeysOf(document) } },
      );
  }

  /**
   * One page of the staff list in the asked order. The total is counted on the first page only and
   * carried by the page token afterwards.
   */
  async listRows(
    tenantId: string,
    filter: ClientListFilter,
    order: ClientListOrder,
    page: Page,
    count = true,
  ): Promise<{ rows: ClientListRow[]; clients: Client[]; nextPageToken: string; total: number }> {
    const query = listQuery(tenantId, filter);
    const total = count ? (page.carriedTotal ?? (await this.model.countDocuments(query))) : 0;
    const keyset = clientListKeyset(order.sort, order.descending);
    const { documents, nextPageToken } = await this.findPage(query, keyset, page, count ? total : undefined);
    return {
      rows: (documents as ListedDocument[]).map(toListRow),
      clients: documents.map(toClient),
      nextPageToken,
      total,
    };
  }

  /** The industries the tenant's clients name, for the list's filter. */
  async industries(tenantId: string): Promise<string[]> {
    const values = (await this.model.distinct('industry', { tenantId })) as unknown[];
    return values
      .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
      .sort((a, b) => a.localeCompare(b));
  }

  /** Which of these lower-case names the tenant's clients already carry. */
  async existingNameKeys(tenantId: string, nameKeys: string[]): Promise<Set<string>> {
    if (nameKeys.length === 0) return new Set();
    const documents = await this.model
      .find({ tenantId, 'list.nameKey': { $in: nameKeys } })
      .select({ 'list.nameKey': 1 })
      .lean<{ list?: { nameKey?: string } }[]>();
    return new Set(documents.map((document) => document.list?.nameKey ?? ''));
  }

  /** Inserts one batch of an import, every document marked with the import's id and no event yet. */
  async insertImportBatch(clients: Client[], importId: string): Promise<void> {
    await this.model.insertMany(
      clients.map(({ id, ...rest }) => ({ _id: id, ...rest, list: listKeysOf(rest), importId })),
      { ordered: true, lean: true },
    );
  }

  /** Removes what one import inserted: the rollback of a failed import. */
  async deleteImport(tenantId: string, importId: string): Promise<number> {
    const result = await this.model.deleteMany({ tenantId, importId });
    return result.deletedCount;
  }

  /** Sets the client's project figures (recounted from the tally) and moves its last activity on, once per event. */
  async recordProjectFigures(
    context: HandlerContext,
    tenantId: string,
    clientId: string,
    figures: { projectCount: number; projectValueMinor: number; at: Date },
  ): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: clientId, tenantId },
      {
        $set: {
          'metrics.projectCount': figures.projectCount,
          'metrics.projectValueMinor': figures.projectValueMinor,
        },
        $max: { 'list.lastActivityAt': figures.at },
      },
    );
  }

  /** Moves the client's last activity on (a message posted), once per event; never backwards. */
  async recordActivity(context: HandlerContext, tenantId: string, clientId: string, at: Date): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: clientId, tenantId },
      { $max: { 'list.lastActivityAt': at, 'metrics.lastActivityAt': at } },
    );
  }
}

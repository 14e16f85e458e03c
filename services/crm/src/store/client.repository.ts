import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  containsPattern,
  outboxPlugin,
  withOutbox,
  type HandlerContext,
  type OutboxEntry,
  type Page,
  type WithOutbox,
} from '@client-portal/kit';
import { EMPTY_ADDRESS, type Client, type Contact } from '../domain/client.js';
import type { ClientListFilter, ClientListOrder, ClientListRow } from '../domain/client-list.js';
import { clientListKeyset, clientListPlugin, listKeysOf, type ClientListKeys } from './client-list.keys.js';

/**
 * A deleted client stays as a tombstone (`deleted`, its personal data cleared) until its
 * `crm.client.deleted` event has left the outbox inside it; purgeDeleted() then removes it.
 */
type LaterFields =
  'website' | 'address' | 'version' | 'archivedAt' | 'statusHistory' | 'workspaceIds' | 'contacts';
/** Records written before a field existed lack it: those fields are optional in the stored shape. */
type ClientDocument = Omit<Client, 'id' | LaterFields> &
  Partial<Omit<Pick<Client, LaterFields>, 'contacts'>> & {
    _id: string;
    contacts: (Omit<Contact, 'mobile'> & { mobile?: string })[];
    deleted?: boolean;
    deletedAt?: Date;
  } & WithOutbox;

const contactSchema = new Schema(
  {
    id: { type: String, required: true },
    firstName: String,
    lastName: String,
    email: String,
    phone: String,
    mobile: { type: String, default: '' },
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
    website: { type: String, default: '' },
    address: {
      street: { type: String, default: '' },
      postalCode: { type: String, default: '' },
      city: { type: String, default: '' },
      country: { type: String, default: '' },
    },
    // Our own optimistic-concurrency counter, not mongoose's versionKey (which only guards arrays).
    version: { type: Number },
    archivedAt: { type: Date, default: null },
    statusHistory: {
      type: [
        new Schema(
          { from: String, to: String, changedBy: String, changedByName: String, changedAt: Date },
          { _id: false },
        ),
      ],
      default: [],
    },
    workspaceIds: { type: [String], default: [] },
    deleted: Boolean,
    deletedAt: Date,
  },
  { versionKey: false },
);
// The staff list's orders and their indexes are declared with its keysets (client-list.keys.ts).
clientSchema.plugin(outboxPlugin);
clientSchema.plugin(clientListPlugin);

/** What the staff list reads beyond the Client: its denormalised keys and figures. */
type ListedDocument = ClientDocument & {
  list?: Partial<ClientListKeys>;
  metrics: {
    projectCount?: number;
    projectValueMinor?: number;
    valueByCurrency?: { currency: string; amountMinor: number }[];
    invoicedByCurrency?: Record<string, number>;
  };
};

function toListRow(document: ListedDocument): ClientListRow {
  const keys = document.list ?? {};
  return {
    clientId: document._id,
    name: document.name,
    status: document.status,
    industry: document.industry,
    ownerUserId: document.ownerUserId,
    archived: Boolean(document.archivedAt),
    mainContactName: keys.mainContactName ?? '',
    mainContactEmail: keys.mainContactEmail ?? '',
    projectCount: document.metrics.projectCount ?? 0,
    projectValueMinor: document.metrics.projectValueMinor ?? 0,
    invoicedMinor: document.metrics.invoicedMinor,
    lastActivityAt: keys.lastActivityAt ?? document.createdAt,
    valueByCurrency: (document.metrics.valueByCurrency ?? []).map(({ currency, amountMinor }) => ({
      currency,
      amountMinor,
    })),
    invoicedByCurrency: Object.entries(document.metrics.invoicedByCurrency ?? {})
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([currency, amountMinor]) => ({ currency, amountMinor })),
  };
}

/** The staff list's filter as a query; equality filters stay top-level (FerretDB pushes them down). */
function listQuery(tenantId: string, filter: ClientListFilter): Record<string, unknown> {
  // Deleted clients wait as tombstones until their event is out: never listed.
  const query: Record<string, unknown> = { tenantId, deleted: { $ne: true } };
  // `null` also matches clients written before the field existed.
  if (!filter.includeArchived) query.archivedAt = null;
  if (filter.status) query.status = filter.status;
  if (filter.ownerUserId) query.ownerUserId = filter.ownerUserId;
  if (filter.industry) query.industry = filter.industry;
  if (filter.updatedSince) query.updatedAt = { $gte: filter.updatedSince };
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
  const { _id, _outbox: _pending, deleted: _deleted, deletedAt: _deletedAt, ...rest } = document;
  // Records written before these fields existed read as empty ones; version 0 until their next write.
  return {
    id: _id,
    ...rest,
    website: rest.website ?? '',
    address: { ...EMPTY_ADDRESS, ...rest.address },
    version: rest.version ?? 0,
    archivedAt: rest.archivedAt ?? null,
    statusHistory: (rest.statusHistory ?? []).map((change) => ({ ...change, from: change.from || null })),
    workspaceIds: rest.workspaceIds ?? [],
    contacts: rest.contacts.map((contact) => ({ ...contact, mobile: contact.mobile ?? '' })),
  };
}

/** Matches the document only at the version it was read (a record from before versions has none). */
function atVersion(version: number): Record<string, unknown> {
  return version === 0 ? { version: { $exists: false } } : { version };
}

const NOT_DELETED = { deleted: { $ne: true } };

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
   * Writes the client's record (fields, contacts, status history, archive state) and its events only if
   * it is still at `readVersion` (optimistic concurrency): false means a concurrent change won, nothing
   * was written, and the caller must read again. Metrics and workspace references, which consumers
   * write, are left alone and do not count as changes.
   */
  async save(client: Client, readVersion: number, ...events: OutboxEntry[]): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: client.id, tenantId: client.tenantId, ...NOT_DELETED, ...atVersion(readVersion) },
      withOutbox(
        {
          $set: {
            name: client.name,
            industry: client.industry,
            phone: client.phone,
            website: client.website,
            address: client.address,
            notes: client.notes,
            status: client.status,
            ownerUserId: client.ownerUserId,
            contacts: client.contacts,
            statusHistory: client.statusHistory,
            archivedAt: client.archivedAt,
            version: client.version,
            updatedAt: client.updatedAt,
          },
        },
        ...events,
      ),
    );
    return result.modifiedCount === 1;
  }

  /**
   * Deletes the client if it is still at `readVersion`: it becomes a tombstone carrying only its event
   * (the outbox lives in the document, so the event and the deletion are one write).
   */
  async markDeleted(client: Client, readVersion: number, at: Date, event: OutboxEntry): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: client.id, tenantId: client.tenantId, ...NOT_DELETED, ...atVersion(readVersion) },
      withOutbox(
        {
          $set: {
            deleted: true,
            deletedAt: at,
            contacts: [],
            notes: '',
            phone: '',
            website: '',
            address: EMPTY_ADDRESS,
            statusHistory: [],
            version: client.version + 1,
            updatedAt: at,
          },
        },
        event,
      ),
    );
    return result.modifiedCount === 1;
  }

  /** Removes the tombstones whose deletion event has been published. */
  async purgeDeleted(): Promise<number> {
    const result = await this.model.deleteMany({ deleted: true, '_outbox.0': { $exists: false } });
    return result.deletedCount;
  }

  async find(tenantId: string, id: string): Promise<Client | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId, ...NOT_DELETED }).lean<ClientDocument>();
    return document ? toClient(document) : undefined;
  }

  /** Adds an issued invoice to the client's value and last activity, once per event. */
  async recordInvoiceIssued(
    context: HandlerContext,
    tenantId: string,
    invoice: { clientId: string; totalMinor: number; currency: string; issuedAt: Date },
  ): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: invoice.clientId, tenantId },
      {
        $inc: {
          'metrics.invoicedMinor': invoice.totalMinor,
          'metrics.invoiceCount': 1,
          // The event's currency is a checked ISO code (three capitals): safe as a field name.
          [`metrics.invoicedByCurrency.${invoice.currency}`]: invoice.totalMinor,
        },
        $set: { 'metrics.lastActivityAt': invoice.issuedAt },
        // The list's last activity never moves backwards (events from several sources interleave).
        $max: { 'list.lastActivityAt': invoice.issuedAt },
      },
    );
  }

  /** Records a portal workspace created for the client (it then may not be deleted), once per event. */
  async recordWorkspaceCreated(
    context: HandlerContext,
    tenantId: string,
    workspace: { clientId: string; workspaceId: string },
  ): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: workspace.clientId, tenantId, workspaceIds: { $ne: workspace.workspaceId } },
      { $push: { workspaceIds: workspace.workspaceId } },
    );
  }

  /**
   * Every client of the tenant by id, name and status only (the dashboard's counts and the names
   * shown next to projects and activity). An agency has hundreds of clients, not millions.
   */
  async directory(tenantId: string): Promise<{ id: string; name: string; status: Client['status'] }[]> {
    const documents = await this.model
      // Archived and deleted clients are out of the agency's figures.
      .find({ tenantId, archivedAt: null, deleted: { $ne: true } }, { _id: 1, name: 1, status: 1 })
      .lean<Pick<ClientDocument, '_id' | 'name' | 'status'>[]>();
    return documents.map((document) => ({ id: document._id, name: document.name, status: document.status }));
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
    // The count (first page only) and the page are asked at once: see findPage.
    const counting = count ? (page.carriedTotal ?? this.model.countDocuments(query).exec()) : undefined;
    // Should the page fail before awaiting it, the count's own failure is not an unhandled rejection.
    if (counting instanceof Promise) counting.catch(() => undefined);
    const keyset = clientListKeyset(order);
    const { documents, nextPageToken } = await this.findPage(query, keyset, page, counting);
    return {
      rows: (documents as ListedDocument[]).map(toListRow),
      clients: documents.map(toClient),
      nextPageToken,
      total: (await counting) ?? 0,
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
    figures: {
      projectCount: number;
      projectValueMinor: number;
      valueByCurrency: { currency: string; amountMinor: number }[];
      at: Date;
    },
  ): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: clientId, tenantId },
      {
        $set: {
          'metrics.projectCount': figures.projectCount,
          'metrics.projectValueMinor': figures.projectValueMinor,
          'metrics.valueByCurrency': figures.valueByCurrency,
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

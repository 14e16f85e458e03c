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
      clients.map(({ id, ...rest }) => ({ _id: id, ...rest })),
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
      },
    );
  }
  /**
   * Every client of the tenant by id, name and status only (the dashboard's counts and the names
   * shown next to projects and activity). An agency has hundreds of clients, not millions.
   */
  async directory(tenantId: string): Promise<{ id: string; name: string; status: Client['status'] }[]> {
    const documents = await this.model
      // Archived clients (a flag the client record may carry) are out of the agency's figures.
      .find({ tenantId, archived: { $ne: true } }, { _id: 1, name: 1, status: 1 })
      .lean<Pick<ClientDocument, '_id' | 'name' | 'status'>[]>();
    return documents.map((document) => ({ id: document._id, name: document.name, status: document.status }));
  }
}

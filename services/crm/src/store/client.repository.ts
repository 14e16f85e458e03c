import { Schema, type Connection, type Model } from 'mongoose';
import {
  modelFor,
  containsPattern,
  outboxPlugin,
  withOutbox,
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
clientSchema.index({ tenantId: 1, name: 1 });
clientSchema.plugin(outboxPlugin);

export const CLIENTS_COLLECTION = 'clients';

function toClient(document: ClientDocument): Client {
  const { _id, _outbox: _pending, ...rest } = document;
  return { id: _id, ...rest, contacts: rest.contacts.map((contact) => ({ ...contact })) };
}

/** The only code that touches the crm database's clients. Every query is scoped by tenant. */
export class ClientRepository {
  readonly model: Model<ClientDocument>;

  constructor(connection: Connection) {
    this.model = modelFor<ClientDocument>(connection, 'Client', clientSchema, CLIENTS_COLLECTION);
  }

  async insert(client: Client, ...events: OutboxEntry[]): Promise<void> {
    const { id, ...rest } = client;
    await this.model.create({ _id: id, ...rest, _outbox: events });
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

  async list(
    tenantId: string,
    filter: { search: string; status: string },
    page: Page,
  ): Promise<{ clients: Client[]; total: number }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.search.trim()) query.name = containsPattern(filter.search);
    if (filter.status) query.status = filter.status;
    const [documents, total] = await Promise.all([
      this.model
        .find(query)
        .sort({ name: 1, _id: 1 })
        .skip(page.offset)
        .limit(page.limit)
        .lean<ClientDocument[]>(),
      this.model.countDocuments(query),
    ]);
    return { clients: documents.map(toClient), total };
  }
}

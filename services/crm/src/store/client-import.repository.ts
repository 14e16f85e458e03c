import { Schema, type Connection } from 'mongoose';
import { MongoStore, outboxPlugin, type OutboxEntry, type WithOutbox } from '@client-portal/kit';

/**
 * One document per completed CSV import: who imported how many clients, and (in its outbox) the
 * crm.client.created event of every client it created. It is written once, after every client is, so
 * an import that fails half-way has published nothing, and the events of a whole import go out in one
 * atomic write instead of one update per client.
 */
interface ClientImportDocument extends WithOutbox {
  _id: string;
  tenantId: string;
  importedBy: string;
  clientCount: number;
  contactCount: number;
  createdAt: Date;
}

const clientImportSchema = new Schema<ClientImportDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    importedBy: { type: String, required: true },
    clientCount: { type: Number, required: true },
    contactCount: { type: Number, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
clientImportSchema.plugin(outboxPlugin);

export const CLIENT_IMPORTS_COLLECTION = 'client_imports';

export class ClientImportRepository extends MongoStore<ClientImportDocument> {
  constructor(connection: Connection) {
    super(connection, 'ClientImport', clientImportSchema, CLIENT_IMPORTS_COLLECTION);
  }

  async record(
    entry: Omit<ClientImportDocument, '_id' | '_outbox'> & { importId: string },
    events: OutboxEntry[],
  ): Promise<void> {
    const { importId, ...rest } = entry;
    await this.model.create({ _id: importId, ...rest, _outbox: events });
  }
}

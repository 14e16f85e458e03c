import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  outboxPlugin,
  type OutboxEntry,
  type WithOutbox,
  insertWithEvents,
  fromStored,
  withOutbox,
} from '@client-portal/kit';
import type { Tenant } from '../domain/tenant.js';

type TenantDocument = Omit<Tenant, 'id'> & { _id: string } & WithOutbox;

const tenantSchema = new Schema<TenantDocument>(
  {
    _id: { type: String, required: true },
    slug: { type: String, required: true },
    name: { type: String, required: true },
    defaultLanguage: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
tenantSchema.index({ slug: 1 }, { unique: true });
tenantSchema.plugin(outboxPlugin);

export const TENANTS_COLLECTION = 'tenants';

function toTenant(document: TenantDocument): Tenant {
  return fromStored<Tenant>(document);
}

/** The only code that touches identity's tenants. A tenant is its own scope: it is found by id or slug. */
export class TenantRepository extends MongoStore<TenantDocument> {
  constructor(connection: Connection) {
    super(connection, 'Tenant', tenantSchema, TENANTS_COLLECTION);
  }

  /** Inserts the tenant with its events; false when another tenant holds the slug already. */
  async insert(tenant: Tenant, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.model, tenant, events);
  }

  /** Adds events to the tenant's document: news about something whose own document is gone. */
  async publish(id: string, ...events: OutboxEntry[]): Promise<void> {
    await this.model.updateOne({ _id: id }, withOutbox({}, ...events));
  }

  async find(id: string): Promise<Tenant | undefined> {
    const document = await this.model.findOne({ _id: id }).lean<TenantDocument>();
    return document ? toTenant(document) : undefined;
  }

  async findBySlug(slug: string): Promise<Tenant | undefined> {
    const document = await this.model.findOne({ slug }).lean<TenantDocument>();
    return document ? toTenant(document) : undefined;
  }
}

import { Schema, type Connection } from 'mongoose';
import { MongoStore, fromStored } from '@client-portal/kit';
import type { PartnerApplication } from '../domain/partner-application.js';

type PartnerApplicationDocument = Omit<PartnerApplication, 'id'> & { _id: string };

const partnerApplicationSchema = new Schema<PartnerApplicationDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, default: '' },
    clientId: { type: String, required: true },
    keycloakId: { type: String, required: true },
    scopes: { type: [String], default: [] },
    rateLimitPerMinute: { type: Number, required: true },
    status: { type: String, required: true },
    secretHash: { type: String, required: true },
    secretHint: { type: String, required: true },
    tokensValidAfter: { type: Number, default: 0 },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    createdByName: { type: String, default: '' },
    secretRotatedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
    lastUsedAt: { type: Date, default: null },
    updatedAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { versionKey: false },
);
// The gateway resolves every partner call by the token's client id; one application per client id.
partnerApplicationSchema.index({ clientId: 1 }, { unique: true });
partnerApplicationSchema.index({ tenantId: 1, createdAt: -1 });

export const PARTNER_APPLICATIONS_COLLECTION = 'partner_applications';

/** How stale `lastUsedAt` may get: one write a minute per application at most, not one per call. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The only code that touches identity's partner applications. */
export class PartnerApplicationRepository extends MongoStore<PartnerApplicationDocument> {
  constructor(connection: Connection) {
    super(connection, 'PartnerApplication', partnerApplicationSchema, PARTNER_APPLICATIONS_COLLECTION);
  }

  async insert(application: PartnerApplication): Promise<void> {
    const { id, ...rest } = application;
    await this.model.create({ _id: id, ...rest });
  }

  async find(tenantId: string, id: string): Promise<PartnerApplication | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<PartnerApplicationDocument>();
    return document ? fromStored<PartnerApplication>(document) : undefined;
  }

  async findByClientId(tenantId: string, clientId: string): Promise<PartnerApplication | undefined> {
    const document = await this.model.findOne({ clientId, tenantId }).lean<PartnerApplicationDocument>();
    return document ? fromStored<PartnerApplication>(document) : undefined;
  }

  /** The tenant's applications (a handful: not paged), newest first, revoked ones included. */
  async list(tenantId: string): Promise<PartnerApplication[]> {
    const documents = await this.model
      .find({ tenantId })
      .sort({ createdAt: -1, _id: 1 })
      .limit(500)
      .lean<PartnerApplicationDocument[]>();
    return documents.map((document) => fromStored<PartnerApplication>(document));
  }

  /**
   * Saves `application` (its version = stored + 1) if nobody saved it since `expectedVersion` was read;
   * false otherwise (the caller answers "changed meanwhile").
   */
  async replace(application: PartnerApplication, expectedVersion: number): Promise<boolean> {
    const { id, tenantId, ...rest } = application;
    const result = await this.model.updateOne(
      { _id: id, tenantId, version: expectedVersion },
      { $set: rest },
    );
    return result.matchedCount === 1;
  }

  /**
   * Records a use, at most once a minute per application. Not versioned on purpose: it is a hint for
   * the admin, and must never make an admin's edit fail with "changed meanwhile".
   */
  async touch(application: PartnerApplication, now: Date): Promise<void> {
    if (application.lastUsedAt && now.getTime() - application.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS)
      return;
    await this.model.updateOne({ _id: application.id }, { $set: { lastUsedAt: now } });
  }
}

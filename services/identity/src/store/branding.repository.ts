import { Schema, type Connection, type Model } from 'mongoose';
import {
  isDuplicateKeyError,
  modelFor,
  MongoStore,
  outboxPlugin,
  type OutboxEntry,
  type WithOutbox,
} from '@client-portal/kit';
import type { Branding, BrandingLogoContentType, BrandingLogoInfo } from '../domain/branding.js';

type BrandingDocument = Omit<Branding, 'tenantId' | 'logo' | 'senderName' | 'replyTo'> & {
  _id: string;
  logo: BrandingLogoInfo | null;
  // Absent from brandings saved before issue 12.
  senderName?: string;
  replyTo?: string;
} & WithOutbox;

const brandingSchema = new Schema<BrandingDocument>(
  {
    _id: { type: String, required: true },
    portalName: { type: String, default: '' },
    primaryColor: { type: String, required: true },
    accentColor: { type: String, required: true },
    defaultLanguage: { type: String, required: true },
    subdomain: { type: String, default: '' },
    senderName: { type: String, default: '' },
    replyTo: { type: String, default: '' },
    logo: {
      type: new Schema(
        { contentType: String, size: Number, sha256: String, uploadedAt: Date },
        { _id: false },
      ),
      default: null,
    },
    version: { type: Number, required: true },
    updatedAt: { type: Date, default: null },
    updatedBy: { type: String, default: '' },
  },
  { versionKey: false },
);
// The Host header and the public route look a tenant up by its sub-domain.
brandingSchema.index({ subdomain: 1 });
brandingSchema.plugin(outboxPlugin);

/**
 * A claimed sub-domain: `_id` = `subdomain:<label>`, so the unique `_id` makes the claim happen once
 * across the platform and both identity replicas (FerretDB's conditional updates are not atomic).
 */
interface ClaimDocument {
  _id: string;
  tenantId: string;
  claimedAt: Date;
}
const claimSchema = new Schema<ClaimDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** The logo's bytes, apart from the branding so reading the branding never drags 512 KB along. */
interface LogoDocument {
  _id: string;
  contentType: BrandingLogoContentType;
  sha256: string;
  content: Buffer;
}
const logoSchema = new Schema<LogoDocument>(
  {
    _id: { type: String, required: true },
    contentType: { type: String, required: true },
    sha256: { type: String, required: true },
    content: { type: Buffer, required: true },
  },
  { versionKey: false },
);

export const BRANDINGS_COLLECTION = 'brandings';
export const BRANDING_CLAIMS_COLLECTION = 'branding_claims';
export const BRANDING_LOGOS_COLLECTION = 'branding_logos';

const claimId = (label: string): string => `subdomain:${label}`;

function toBranding(document: BrandingDocument): Branding {
  const { _id, _outbox: _pending, ...rest } = document;
  return {
    ...rest,
    tenantId: _id,
    defaultLanguage: rest.defaultLanguage,
    // Brandings saved before issue 12 have neither.
    senderName: rest.senderName ?? '',
    replyTo: rest.replyTo ?? '',
    logo: rest.logo?.sha256 ? { ...rest.logo } : null,
  };
}

/** Identity's brandings (one per tenant, `_id` = tenant id), the sub-domain claims and the logos' bytes. */
export class BrandingRepository extends MongoStore<BrandingDocument> {
  private readonly claims: Model<ClaimDocument>;
  private readonly logos: Model<LogoDocument>;

  constructor(connection: Connection) {
    super(connection, 'Branding', brandingSchema, BRANDINGS_COLLECTION);
    this.claims = modelFor(connection, 'BrandingClaim', claimSchema, BRANDING_CLAIMS_COLLECTION);
    this.logos = modelFor(connection, 'BrandingLogo', logoSchema, BRANDING_LOGOS_COLLECTION);
  }

  override async ensureIndexes(): Promise<void> {
    await super.ensureIndexes();
    await this.claims.init();
    await this.logos.init();
  }

  async find(tenantId: string): Promise<Branding | undefined> {
    const document = await this.model.findOne({ _id: tenantId }).lean<BrandingDocument>();
    return document ? toBranding(document) : undefined;
  }

  async findBySubdomain(label: string): Promise<Branding | undefined> {
    const document = await this.model.findOne({ subdomain: label }).lean<BrandingDocument>();
    return document ? toBranding(document) : undefined;
  }

  /**
   * Saves `branding` (whose version is the stored one + 1) with its events if nobody saved since
   * `expectedVersion` was read; false otherwise (the caller answers FAILED_PRECONDITION).
   */
  async save(branding: Branding, expectedVersion: number, ...events: OutboxEntry[]): Promise<boolean> {
    const { tenantId, ...rest } = branding;
    if (expectedVersion === 0) {
      try {
        await this.model.create({ _id: tenantId, ...rest, _outbox: events });
        return true;
      } catch (error) {
        if (isDuplicateKeyError(error)) return false;
        throw error;
      }
    }
    const result = await this.model.updateOne(
      { _id: tenantId, version: expectedVersion },
      { $set: rest, ...(events.length > 0 ? { $push: { _outbox: { $each: events } } } : {}) },
    );
    return result.matchedCount === 1;
  }

  /**
   * Claims a sub-domain for a tenant: true when it is now (or already was) this tenant's, false when
   * another tenant holds it.
   */
  async claim(label: string, tenantId: string): Promise<boolean> {
    try {
      await this.claims.create({ _id: claimId(label), tenantId, claimedAt: new Date() });
      return true;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const holder = await this.claims.findOne({ _id: claimId(label) }).lean<ClaimDocument>();
      return holder?.tenantId === tenantId;
    }
  }

  /** Frees a sub-domain this tenant holds (never another tenant's). */
  async release(label: string, tenantId: string): Promise<void> {
    await this.claims.deleteOne({ _id: claimId(label), tenantId });
  }

  async holderOf(label: string): Promise<string | undefined> {
    const holder = await this.claims.findOne({ _id: claimId(label) }).lean<ClaimDocument>();
    return holder?.tenantId;
  }

  async saveLogo(
    tenantId: string,
    logo: { contentType: BrandingLogoContentType; sha256: string; content: Buffer },
  ): Promise<void> {
    await this.logos.replaceOne({ _id: tenantId }, { _id: tenantId, ...logo }, { upsert: true });
  }

  async findLogo(
    tenantId: string,
  ): Promise<{ contentType: BrandingLogoContentType; sha256: string; content: Buffer } | undefined> {
    const document = await this.logos.findOne({ _id: tenantId }).lean<LogoDocument>();
    if (!document) return undefined;
    // lean() hands back the BSON Binary; the rest of the code wants a Buffer.
    const content = Buffer.from(
      document.content.buffer,
      document.content.byteOffset,
      document.content.byteLength,
    );
    return { contentType: document.contentType, sha256: document.sha256, content };
  }

  async removeLogo(tenantId: string): Promise<void> {
    await this.logos.deleteOne({ _id: tenantId });
  }
}

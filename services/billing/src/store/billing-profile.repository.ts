import { Schema, type Connection, type Model } from 'mongoose';
import { MongoStore, insertUnique } from '@client-portal/kit';
import type {
  BillingProfile,
  BillingProfileInput,
  ClientBillingDetails,
  ClientBillingDetailsInput,
  LogoContentType,
  LogoInfo,
} from '../domain/billing-profile.js';

const address = {
  street: { type: String, default: '' },
  postalCode: { type: String, default: '' },
  city: { type: String, default: '' },
  country: { type: String, default: '' },
};

/** One per tenant: `_id` is the tenant id, so the first save of two concurrent ones loses on the key. */
type ProfileRecord = Omit<BillingProfile, 'tenantId' | 'logo'> & { _id: string };

const profileSchema = new Schema<ProfileRecord>(
  {
    _id: { type: String, required: true },
    tradingName: { type: String, default: '' },
    legalName: { type: String, default: '' },
    address,
    taxId: { type: String, default: '' },
    email: { type: String, default: '' },
    phone: { type: String, default: '' },
    website: { type: String, default: '' },
    payment: {
      bankName: { type: String, default: '' },
      iban: { type: String, default: '' },
      bic: { type: String, default: '' },
      text: { type: String, default: '' },
    },
    paymentTermDays: { type: Number, default: 30 },
    defaultNotes: { type: String, default: '' },
    defaultTerms: { type: String, default: '' },
    footer: { type: String, default: '' },
    taxRates: {
      type: [new Schema({ basisPoints: Number, label: String }, { _id: false })],
      default: [],
    },
    version: { type: Number, required: true },
    updatedAt: { type: Date, default: null },
    updatedBy: { type: String, default: '' },
  },
  { versionKey: false },
);

/** The logo's bytes, apart from the profile so reading the profile never drags a megabyte along. */
interface LogoRecord {
  _id: string;
  contentType: LogoContentType;
  size: number;
  sha256: string;
  uploadedAt: Date;
  content: Buffer;
}

const logoSchema = new Schema<LogoRecord>(
  {
    _id: { type: String, required: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
    sha256: { type: String, required: true },
    uploadedAt: { type: Date, required: true },
    content: { type: Buffer, required: true },
  },
  { versionKey: false },
);

/** `_id` is `<tenantId>|<clientId>`: one per client, the first insert of two concurrent ones wins. */
type DetailsRecord = Omit<ClientBillingDetails, 'tenantId'> & { _id: string; tenantId: string };

const detailsSchema = new Schema<DetailsRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    legalName: { type: String, default: '' },
    address,
    taxId: { type: String, default: '' },
    recipients: {
      type: [new Schema({ email: String, name: String }, { _id: false })],
      default: [],
    },
    language: { type: String, default: 'en' },
    version: { type: Number, required: true },
    updatedAt: { type: Date, default: null },
    updatedBy: { type: String, default: '' },
  },
  { versionKey: false },
);
detailsSchema.index({ tenantId: 1, clientId: 1 });

export const BILLING_PROFILES_COLLECTION = 'billing_profiles';
export const BILLING_LOGOS_COLLECTION = 'billing_logos';
export const CLIENT_BILLING_DETAILS_COLLECTION = 'client_billing_details';

const detailsId = (tenantId: string, clientId: string): string => `${tenantId}|${clientId}`;

export interface StoredLogo extends LogoInfo {
  content: Buffer;
}

/**
 * The tenant's billing profile, its logo and the clients' billing details. Writes are versioned:
 * version 0 means "never saved" and is written by an insert (a concurrent first save loses on the
 * unique `_id`), later versions by an update conditioned on the version read.
 */
export class BillingProfileRepository extends MongoStore<ProfileRecord> {
  private readonly logos: Model<LogoRecord>;
  private readonly details: Model<DetailsRecord>;

  constructor(connection: Connection) {
    super(connection, 'BillingProfile', profileSchema, BILLING_PROFILES_COLLECTION);
    this.logos = this.secondaryModel('BillingLogo', logoSchema, BILLING_LOGOS_COLLECTION);
    this.details = this.secondaryModel(
      'ClientBillingDetails',
      detailsSchema,
      CLIENT_BILLING_DETAILS_COLLECTION,
    );
  }

  async findProfile(tenantId: string): Promise<Omit<BillingProfile, 'logo'> | undefined> {
    const record = await this.model.findOne({ _id: tenantId }).lean<ProfileRecord>();
    if (!record) return undefined;
    const { _id, ...rest } = record;
    return { ...rest, tenantId: _id };
  }

  /** False: someone saved it since `expectedVersion` was read, and nothing was written. */
  async saveProfile(
    tenantId: string,
    profile: BillingProfileInput,
    expectedVersion: number,
    updatedBy: string,
    now: Date,
  ): Promise<boolean> {
    const state = { ...profile, version: expectedVersion + 1, updatedAt: now, updatedBy };
    if (expectedVersion === 0) return insertUnique(this.model, { _id: tenantId, ...state });
    const result = await this.model.updateOne({ _id: tenantId, version: expectedVersion }, { $set: state });
    return result.modifiedCount === 1;
  }

  async findLogo(tenantId: string): Promise<StoredLogo | undefined> {
    const record = await this.logos.findOne({ _id: tenantId }).lean<LogoRecord>();
    if (!record) return undefined;
    return {
      contentType: record.contentType,
      size: record.size,
      sha256: record.sha256,
      uploadedAt: record.uploadedAt,
      // lean() hands back the BSON Binary; the rest of the code wants a Buffer.
      content: Buffer.from(record.content.buffer, record.content.byteOffset, record.content.byteLength),
    };
  }

  async findLogoInfo(tenantId: string): Promise<LogoInfo | undefined> {
    const record = await this.logos
      .findOne({ _id: tenantId }, { contentType: 1, size: 1, sha256: 1, uploadedAt: 1 })
      .lean<Omit<LogoRecord, 'content'>>();
    return record
      ? {
          contentType: record.contentType,
          size: record.size,
          sha256: record.sha256,
          uploadedAt: record.uploadedAt,
        }
      : undefined;
  }

  /** The last upload wins: a logo has no version (the profile form never writes it). */
  async saveLogo(tenantId: string, logo: StoredLogo): Promise<void> {
    await this.logos.replaceOne({ _id: tenantId }, { _id: tenantId, ...logo }, { upsert: true });
  }

  async removeLogo(tenantId: string): Promise<boolean> {
    const result = await this.logos.deleteOne({ _id: tenantId });
    return result.deletedCount === 1;
  }

  async findDetails(tenantId: string, clientId: string): Promise<ClientBillingDetails | undefined> {
    const record = await this.details
      .findOne({ _id: detailsId(tenantId, clientId), tenantId })
      .lean<DetailsRecord>();
    if (!record) return undefined;
    const { _id, ...rest } = record;
    return rest;
  }

  async saveDetails(
    tenantId: string,
    clientId: string,
    details: ClientBillingDetailsInput,
    expectedVersion: number,
    updatedBy: string,
    now: Date,
  ): Promise<boolean> {
    const state = { ...details, version: expectedVersion + 1, updatedAt: now, updatedBy };
    if (expectedVersion === 0)
      return insertUnique(this.details, { _id: detailsId(tenantId, clientId), tenantId, clientId, ...state });
    const result = await this.details.updateOne(
      { _id: detailsId(tenantId, clientId), tenantId, version: expectedVersion },
      { $set: state },
    );
    return result.modifiedCount === 1;
  }
}

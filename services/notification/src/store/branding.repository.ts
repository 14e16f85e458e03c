import { MongoStore, type HandlerContext } from '@client-portal/kit';
import { Schema, type Connection } from 'mongoose';

/** What notification knows of a tenant's branding (from identity.branding.changed): what e-mails wear. */
export interface TenantBrand {
  tenantId: string;
  slug: string;
  name: string;
  primaryColor: string;
  accentColor: string;
  /** Empty: no logo. */
  logoSha256: string;
  /** Issue 12: the From name (empty: the name) and Reply-To (empty: none) of the tenant's e-mails. */
  senderName: string;
  replyTo: string;
  /** The tenant's default language: e-mails to people whose own language is unknown. */
  defaultLanguage: string;
  brandingVersion: number;
}

// Recorded before issue 12: no sender name, reply-to or language.
type BrandDocument = Omit<TenantBrand, 'tenantId' | 'senderName' | 'replyTo' | 'defaultLanguage'> & {
  _id: string;
  tenantId: string;
  senderName?: string;
  replyTo?: string;
  defaultLanguage?: string;
};

const brandSchema = new Schema<BrandDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    slug: String,
    name: String,
    primaryColor: String,
    accentColor: String,
    logoSha256: String,
    senderName: String,
    replyTo: String,
    defaultLanguage: String,
    brandingVersion: Number,
  },
  { versionKey: false },
);

export const BRANDINGS_COLLECTION = 'brandings';

/** notification's branding read model: one document per tenant, the latest version wins. */
export class BrandingRepository extends MongoStore<BrandDocument> {
  constructor(connection: Connection) {
    super(connection, 'TenantBrand', brandSchema, BRANDINGS_COLLECTION);
  }

  /**
   * Records a tenant's branding once per event. Events of a tenant share its Kafka key, so they come
   * in order; an older version replayed after a newer one is still ignored.
   */
  async record(context: HandlerContext, brand: TenantBrand): Promise<void> {
    const current = await this.find(brand.tenantId);
    if (current && current.brandingVersion >= brand.brandingVersion) return;
    const { tenantId, ...fields } = brand;
    await context.applyOnce(this.model, { _id: tenantId, tenantId }, { $set: fields }, { upsert: true });
  }

  async find(tenantId: string): Promise<TenantBrand | undefined> {
    const document = await this.model.findOne({ _id: tenantId, tenantId }).lean<BrandDocument>();
    if (!document) return undefined;
    const { _id, ...rest } = document;
    // Recorded before issue 12: no sender, reply-to or language yet.
    return {
      ...rest,
      senderName: rest.senderName ?? '',
      replyTo: rest.replyTo ?? '',
      defaultLanguage: rest.defaultLanguage ?? '',
    };
  }
}

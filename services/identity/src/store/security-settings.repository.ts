import { Schema, type Connection } from 'mongoose';
import { isDuplicateKeyError, MongoStore } from '@client-portal/kit';
import type { SecuritySettings } from '../domain/security-settings.js';

type SecuritySettingsDocument = Omit<SecuritySettings, 'tenantId'> & { _id: string };

const securitySettingsSchema = new Schema<SecuritySettingsDocument>(
  {
    _id: { type: String, required: true },
    stepUpMaxAgeSeconds: { type: Number, required: true },
    version: { type: Number, required: true },
    updatedAt: { type: Date, default: null },
    updatedBy: { type: String, default: '' },
  },
  { versionKey: false },
);

export const SECURITY_SETTINGS_COLLECTION = 'security_settings';

function toSettings(document: SecuritySettingsDocument): SecuritySettings {
  const { _id, ...rest } = document;
  return { ...rest, tenantId: _id };
}

/** Identity's security settings: one document per tenant, `_id` = tenant id. */
export class SecuritySettingsRepository extends MongoStore<SecuritySettingsDocument> {
  constructor(connection: Connection) {
    super(connection, 'SecuritySettings', securitySettingsSchema, SECURITY_SETTINGS_COLLECTION);
  }

  async find(tenantId: string): Promise<SecuritySettings | undefined> {
    const document = await this.model.findOne({ _id: tenantId }).lean<SecuritySettingsDocument>();
    return document ? toSettings(document) : undefined;
  }

  /**
   * Saves `settings` (version = stored + 1) if nobody saved since `expectedVersion` was read; false
   * otherwise. The first save inserts (the unique `_id` makes one of two first saves win).
   */
  async save(settings: SecuritySettings, expectedVersion: number): Promise<boolean> {
    const { tenantId, ...rest } = settings;
    if (expectedVersion === 0) {
      try {
        await this.model.create({ _id: tenantId, ...rest });
        return true;
      } catch (error) {
        if (isDuplicateKeyError(error)) return false;
        throw error;
      }
    }
    const result = await this.model.updateOne({ _id: tenantId, version: expectedVersion }, { $set: rest });
    return result.matchedCount === 1;
  }
}

import { Schema, type Connection } from 'mongoose';
import { MongoStore } from '@client-portal/kit';
import { defaultPortalSettings, type PortalSettings } from '../domain/portal-settings.js';

type SettingsDocument = Omit<PortalSettings, 'tenantId'> & { _id: string };

const settingsSchema = new Schema<SettingsDocument>(
  {
    _id: { type: String, required: true },
    callsToAction: {
      type: [{ _id: false, id: String, kind: String, label: String, url: String }],
      default: [],
    },
    embedAllowList: { type: [String], default: [] },
    maxFileBytes: { type: Number, required: true },
    blockedFileTypes: { type: [String], default: [] },
    version: { type: Number, required: true },
    updatedAt: { type: Date, default: null },
  },
  { versionKey: false },
);

export const PORTAL_SETTINGS_COLLECTION = 'portal_settings';

/** One document per tenant (`_id` = tenant id); a tenant that never saved gets the defaults. */
export class PortalSettingsRepository extends MongoStore<SettingsDocument> {
  constructor(connection: Connection) {
    super(connection, 'PortalSettings', settingsSchema, PORTAL_SETTINGS_COLLECTION);
  }

  async get(tenantId: string): Promise<PortalSettings> {
    const document = await this.model.findOne({ _id: tenantId }).lean<SettingsDocument>();
    if (!document) return defaultPortalSettings(tenantId);
    const { _id, ...rest } = document;
    return {
      ...rest,
      tenantId: _id,
      callsToAction: rest.callsToAction.map((action) => ({ ...action })),
      embedAllowList: [...rest.embedAllowList],
      blockedFileTypes: [...rest.blockedFileTypes],
    };
  }

  /**
   * Saves `settings` (whose version is the stored one + 1) if nobody saved since `expectedVersion` was
   * read; false otherwise (the caller answers FAILED_PRECONDITION).
   */
  async save(settings: PortalSettings, expectedVersion: number): Promise<boolean> {
    const { tenantId, ...rest } = settings;
    if (expectedVersion === 0) {
      try {
        await this.model.create({ _id: tenantId, ...rest });
        return true;
      } catch {
        return false;
      }
    }
    const result = await this.model.replaceOne({ _id: tenantId, version: expectedVersion }, rest);
    return result.matchedCount === 1;
  }
}

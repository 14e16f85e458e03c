import { Schema, type Connection, type Model } from 'mongoose';
import { insertUnique, MongoStore } from '@client-portal/kit';
import {
  defaultTenantChannels,
  emptyPreferences,
  type NotificationPreferences,
  type PreferenceChoice,
  type TenantChannels,
} from '../domain/preferences.js';

type PreferencesDocument = Omit<NotificationPreferences, 'choices'> & {
  _id: string;
  choices: PreferenceChoice[];
};

const preferencesSchema = new Schema<PreferencesDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectKey: { type: String, required: true },
    choices: {
      type: [{ _id: false, kind: String, inApp: Boolean, email: String, sms: Boolean }],
      default: [],
    },
    version: { type: Number, required: true },
    updatedAt: { type: Date, default: null },
  },
  { versionKey: false },
);

type ChannelsDocument = Omit<TenantChannels, 'tenantId'> & { _id: string };
const channelsSchema = new Schema<ChannelsDocument>(
  {
    _id: { type: String, required: true },
    smsEnabled: { type: Boolean, required: true },
    version: { type: Number, required: true },
    updatedAt: { type: Date, default: null },
  },
  { versionKey: false },
);

export const PREFERENCES_COLLECTION = 'notification_preferences';
export const TENANT_CHANNELS_COLLECTION = 'notification_channels';

const preferencesId = (tenantId: string, subjectKey: string) => `${tenantId}|${subjectKey}`;

/**
 * Each person's notification choices (one document per tenant and person: `_id` names both) and each
 * tenant's channel configuration (`_id` = tenant id). Saved with optimistic concurrency: `version`.
 */
export class PreferenceRepository extends MongoStore<PreferencesDocument> {
  private readonly channels: Model<ChannelsDocument>;

  constructor(connection: Connection) {
    super(connection, 'NotificationPreferences', preferencesSchema, PREFERENCES_COLLECTION);
    this.channels = this.secondaryModel('NotificationChannels', channelsSchema, TENANT_CHANNELS_COLLECTION);
  }

  async get(tenantId: string, subjectKey: string): Promise<NotificationPreferences> {
    const document = await this.model
      .findOne({ _id: preferencesId(tenantId, subjectKey) })
      .lean<PreferencesDocument>();
    if (!document) return emptyPreferences(tenantId, subjectKey);
    return {
      tenantId: document.tenantId,
      subjectKey: document.subjectKey,
      choices: document.choices.map((choice) => ({
        kind: choice.kind,
        inApp: choice.inApp,
        email: choice.email,
        sms: choice.sms,
      })),
      version: document.version,
      updatedAt: document.updatedAt,
    };
  }

  /** Saves `preferences` (version = stored + 1) unless someone saved since `expectedVersion`; false then. */
  async save(preferences: NotificationPreferences, expectedVersion: number): Promise<boolean> {
    const { tenantId, subjectKey } = preferences;
    const document = { _id: preferencesId(tenantId, subjectKey), ...preferences };
    if (expectedVersion === 0) return insertUnique(this.model, document);
    const { _id, ...rest } = document;
    const result = await this.model.replaceOne({ _id, version: expectedVersion }, rest);
    return result.matchedCount === 1;
  }

  async channelsOf(tenantId: string): Promise<TenantChannels> {
    const document = await this.channels.findOne({ _id: tenantId }).lean<ChannelsDocument>();
    if (!document) return defaultTenantChannels(tenantId);
    return {
      tenantId,
      smsEnabled: document.smsEnabled,
      version: document.version,
      updatedAt: document.updatedAt,
    };
  }

  async saveChannels(channels: TenantChannels, expectedVersion: number): Promise<boolean> {
    const { tenantId, ...rest } = channels;
    if (expectedVersion === 0) return insertUnique(this.channels, { _id: tenantId, ...rest });
    const result = await this.channels.replaceOne({ _id: tenantId, version: expectedVersion }, rest);
    return result.matchedCount === 1;
  }
}

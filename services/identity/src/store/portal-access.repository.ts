import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKeyError, modelFor, MongoStore } from '@client-portal/kit';
import {
  nameKey,
  type PortalAccessSettings,
  type PortalGroup,
  type PortalRole,
} from '../domain/portal-role.js';

type RoleDocument = Omit<PortalRole, 'id' | 'builtIn' | 'createdAt' | 'updatedAt'> & {
  _id: string;
  nameKey: string;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
};
const roleSchema = new Schema<RoleDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    rights: { type: [String], default: [] },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, default: '' },
  },
  { versionKey: false },
);
// Two roles of a tenant never share a name, even when two admins create one at once (FerretDB: only a
// unique index is atomic across replicas).
roleSchema.index({ tenantId: 1, nameKey: 1 }, { unique: true });

type GroupDocument = Omit<PortalGroup, 'id'> & { _id: string; nameKey: string; updatedBy: string };
const groupSchema = new Schema<GroupDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    memberIds: { type: [String], default: [] },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, default: '' },
  },
  { versionKey: false },
);
groupSchema.index({ tenantId: 1, nameKey: 1 }, { unique: true });
// A person's groups (the people list, the invitation).
groupSchema.index({ tenantId: 1, memberIds: 1 });

type SettingsDocument = Omit<PortalAccessSettings, 'tenantId'> & {
  _id: string;
  updatedAt: Date;
  updatedBy: string;
};
const settingsSchema = new Schema<SettingsDocument>(
  {
    _id: { type: String, required: true },
    membersMayInvite: { type: Boolean, default: false },
    version: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, default: '' },
  },
  { versionKey: false },
);

/**
 * A name held by a role or group of a tenant: `_id` = `<tenantId>|<role|group>|<name key>`. FerretDB 1.24
 * lets an update write a value a unique index forbids (seen: a group renamed onto another's name), so
 * names are claimed by INSERTING this document, which the unique `_id` makes happen once.
 */
interface NameClaimDocument {
  _id: string;
  tenantId: string;
  ownerId: string;
  claimedAt: Date;
}
const nameClaimSchema = new Schema<NameClaimDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    ownerId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const PORTAL_ROLES_COLLECTION = 'portal_roles';
export const PORTAL_NAME_CLAIMS_COLLECTION = 'portal_access_names';
export const PORTAL_GROUPS_COLLECTION = 'portal_groups';
export const PORTAL_ACCESS_SETTINGS_COLLECTION = 'portal_access_settings';

function toRole(document: RoleDocument): PortalRole {
  return {
    id: document._id,
    tenantId: document.tenantId,
    name: document.name,
    rights: [...document.rights],
    builtIn: false,
    version: document.version,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  };
}

function toGroup(document: GroupDocument): PortalGroup {
  return {
    id: document._id,
    tenantId: document.tenantId,
    name: document.name,
    memberIds: [...document.memberIds],
    version: document.version,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  };
}

/** Outcome of a write guarded by the unique name and the version read before. */
export type SaveOutcome = 'saved' | 'name_taken' | 'changed';

/**
 * Identity's tenant roles, groups and portal-access settings. Every write is a whole document guarded by
 * the version read before (optimistic concurrency) or an insert guarded by a unique index.
 */
export class PortalAccessRepository extends MongoStore<RoleDocument> {
  private readonly groups: Model<GroupDocument>;
  private readonly settings: Model<SettingsDocument>;
  private readonly names: Model<NameClaimDocument>;

  constructor(connection: Connection) {
    super(connection, 'PortalRole', roleSchema, PORTAL_ROLES_COLLECTION);
    this.groups = modelFor(connection, 'PortalGroup', groupSchema, PORTAL_GROUPS_COLLECTION);
    this.settings = modelFor(
      connection,
      'PortalAccessSettings',
      settingsSchema,
      PORTAL_ACCESS_SETTINGS_COLLECTION,
    );
    this.names = modelFor(connection, 'PortalAccessName', nameClaimSchema, PORTAL_NAME_CLAIMS_COLLECTION);
  }

  /** Claims `name` for a role or group (true when it is now, or already was, that owner's). */
  async claimName(tenantId: string, kind: 'role' | 'group', name: string, ownerId: string): Promise<boolean> {
    const id = `${tenantId}|${kind}|${nameKey(name)}`;
    try {
      await this.names.create({ _id: id, tenantId, ownerId, claimedAt: new Date() });
      return true;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const holder = await this.names.findOne({ _id: id }).lean<NameClaimDocument>();
      return holder?.ownerId === ownerId;
    }
  }

  /** Frees a name this owner holds (never another's). */
  async releaseName(tenantId: string, kind: 'role' | 'group', name: string, ownerId: string): Promise<void> {
    await this.names.deleteOne({ _id: `${tenantId}|${kind}|${nameKey(name)}`, ownerId });
  }

  override async ensureIndexes(): Promise<void> {
    await super.ensureIndexes();
    await this.groups.init();
    await this.settings.init();
    await this.names.init();
  }

  // ---- roles ----

  async listRoles(tenantId: string): Promise<PortalRole[]> {
    const documents = await this.model
      .find({ tenantId })
      .sort({ nameKey: 1, _id: 1 })
      .limit(200)
      .lean<RoleDocument[]>();
    return documents.map(toRole);
  }

  async findRole(tenantId: string, id: string): Promise<PortalRole | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<RoleDocument>();
    return document ? toRole(document) : undefined;
  }

  async insertRole(role: PortalRole, by: string): Promise<SaveOutcome> {
    if (!(await this.claimName(role.tenantId, 'role', role.name, role.id))) return 'name_taken';
    try {
      await this.model.create({
        _id: role.id,
        tenantId: role.tenantId,
        name: role.name,
        nameKey: nameKey(role.name),
        rights: role.rights,
        version: role.version,
        createdAt: role.createdAt ?? new Date(),
        updatedAt: role.updatedAt ?? new Date(),
        updatedBy: by,
      });
      return 'saved';
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'name_taken';
      throw error;
    }
  }

  async replaceRole(
    role: PortalRole,
    expectedVersion: number,
    by: string,
    previousName: string,
  ): Promise<SaveOutcome> {
    const renamed = nameKey(previousName) !== nameKey(role.name);
    if (renamed && !(await this.claimName(role.tenantId, 'role', role.name, role.id))) return 'name_taken';
    try {
      const result = await this.model.updateOne(
        { _id: role.id, tenantId: role.tenantId, version: expectedVersion },
        {
          $set: {
            name: role.name,
            nameKey: nameKey(role.name),
            rights: role.rights,
            version: role.version,
            updatedAt: role.updatedAt ?? new Date(),
            updatedBy: by,
          },
        },
      );
      const saved = result.matchedCount === 1;
      if (renamed) await this.releaseName(role.tenantId, 'role', saved ? previousName : role.name, role.id);
      return saved ? 'saved' : 'changed';
    } catch (error) {
      if (renamed) await this.releaseName(role.tenantId, 'role', role.name, role.id);
      if (isDuplicateKeyError(error)) return 'name_taken';
      throw error;
    }
  }

  async deleteRole(role: PortalRole): Promise<void> {
    await this.model.deleteOne({ _id: role.id, tenantId: role.tenantId });
    await this.releaseName(role.tenantId, 'role', role.name, role.id);
  }

  // ---- groups ----

  async listGroups(tenantId: string): Promise<PortalGroup[]> {
    const documents = await this.groups
      .find({ tenantId })
      .sort({ nameKey: 1, _id: 1 })
      .limit(500)
      .lean<GroupDocument[]>();
    return documents.map(toGroup);
  }

  async findGroup(tenantId: string, id: string): Promise<PortalGroup | undefined> {
    const document = await this.groups.findOne({ _id: id, tenantId }).lean<GroupDocument>();
    return document ? toGroup(document) : undefined;
  }

  async groupsOf(tenantId: string, externalUserId: string): Promise<PortalGroup[]> {
    const documents = await this.groups
      .find({ tenantId, memberIds: externalUserId })
      .sort({ nameKey: 1, _id: 1 })
      .lean<GroupDocument[]>();
    return documents.map(toGroup);
  }

  async insertGroup(group: PortalGroup, by: string): Promise<SaveOutcome> {
    const { id, ...rest } = group;
    if (!(await this.claimName(group.tenantId, 'group', group.name, group.id))) return 'name_taken';
    try {
      await this.groups.create({ _id: id, ...rest, nameKey: nameKey(group.name), updatedBy: by });
      return 'saved';
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'name_taken';
      throw error;
    }
  }

  async replaceGroup(
    group: PortalGroup,
    expectedVersion: number,
    by: string,
    previousName = group.name,
  ): Promise<SaveOutcome> {
    const renamed = nameKey(previousName) !== nameKey(group.name);
    if (renamed && !(await this.claimName(group.tenantId, 'group', group.name, group.id)))
      return 'name_taken';
    try {
      const result = await this.groups.updateOne(
        { _id: group.id, tenantId: group.tenantId, version: expectedVersion },
        {
          $set: {
            name: group.name,
            nameKey: nameKey(group.name),
            memberIds: group.memberIds,
            version: group.version,
            updatedAt: group.updatedAt,
            updatedBy: by,
          },
        },
      );
      const saved = result.matchedCount === 1;
      if (renamed)
        await this.releaseName(group.tenantId, 'group', saved ? previousName : group.name, group.id);
      return saved ? 'saved' : 'changed';
    } catch (error) {
      if (renamed) await this.releaseName(group.tenantId, 'group', group.name, group.id);
      if (isDuplicateKeyError(error)) return 'name_taken';
      throw error;
    }
  }

  async deleteGroup(group: PortalGroup): Promise<boolean> {
    const result = await this.groups.deleteOne({ _id: group.id, tenantId: group.tenantId });
    await this.releaseName(group.tenantId, 'group', group.name, group.id);
    return result.deletedCount === 1;
  }

  // ---- settings ----

  async findSettings(tenantId: string): Promise<PortalAccessSettings> {
    const document = await this.settings.findOne({ _id: tenantId }).lean<SettingsDocument>();
    return document
      ? { tenantId, membersMayInvite: document.membersMayInvite, version: document.version }
      : { tenantId, membersMayInvite: false, version: 0 };
  }

  /** Saves the settings read at `expectedVersion` (0: never saved); false when changed meanwhile. */
  async saveSettings(settings: PortalAccessSettings, expectedVersion: number, by: string): Promise<boolean> {
    const fields = {
      membersMayInvite: settings.membersMayInvite,
      version: expectedVersion + 1,
      updatedAt: new Date(),
      updatedBy: by,
    };
    if (expectedVersion === 0) {
      try {
        await this.settings.create({ _id: settings.tenantId, ...fields });
        return true;
      } catch (error) {
        if (isDuplicateKeyError(error)) return false;
        throw error;
      }
    }
    const result = await this.settings.updateOne(
      { _id: settings.tenantId, version: expectedVersion },
      { $set: fields },
    );
    return result.matchedCount === 1;
  }
}

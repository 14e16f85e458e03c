import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  isDuplicateKeyError,
  outboxPlugin,
  withOutbox,
  type OutboxEntry,
  type WithOutbox,
} from '@client-portal/kit';
import type { ExternalRole, ExternalUser } from '../domain/external-user.js';

// Users stored before issue 10 have no workspaceAccess field.
type ExternalUserDocument = Omit<ExternalUser, 'id' | 'workspaceAccess'> & {
  _id: string;
  workspaceAccess?: ExternalUser['workspaceAccess'];
} & WithOutbox;

const externalUserSchema = new Schema<ExternalUserDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    keycloakId: { type: String, required: true },
    email: { type: String, required: true },
    displayName: { type: String, required: true },
    clientId: { type: String, required: true },
    contactId: String,
    role: { type: String, required: true },
    workspaceIds: { type: [String], default: [] },
    workspaceAccess: {
      type: [{ _id: false, workspaceId: String, rights: [String] }],
      default: [],
    },
    status: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    activatedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
    revokedReason: { type: String, default: '' },
    staffId: { type: String, default: '' },
  },
  { versionKey: false },
);
externalUserSchema.index({ tenantId: 1, email: 1 }, { unique: true });
externalUserSchema.index({ keycloakId: 1 }, { unique: true });
// A workspace's members (ListMembers); and a contact's portal user (AddMember).
externalUserSchema.index({ tenantId: 1, workspaceIds: 1 });
externalUserSchema.index({ tenantId: 1, contactId: 1 });
externalUserSchema.index({ tenantId: 1, clientId: 1 });
externalUserSchema.plugin(outboxPlugin);

export const EXTERNAL_USERS_COLLECTION = 'external_users';

function toExternalUser(document: ExternalUserDocument): ExternalUser {
  const { _id, _outbox: _pending, ...rest } = document;
  return {
    id: _id,
    ...rest,
    workspaceIds: [...rest.workspaceIds],
    // Users stored before issue 10 have no stored rights: their role's default applies (rightsIn).
    workspaceAccess: (rest.workspaceAccess ?? []).map((access) => ({
      workspaceId: access.workspaceId,
      rights: [...access.rights],
    })),
  };
}

/** The only code that touches identity's external users. Every query is scoped by tenant, except the lookup by login. */
export class ExternalUserRepository extends MongoStore<ExternalUserDocument> {
  constructor(connection: Connection) {
    super(connection, 'ExternalUser', externalUserSchema, EXTERNAL_USERS_COLLECTION);
  }

  /** Inserts the user; when a concurrent invitation inserted the same e-mail first, returns that one. */
  async insert(user: ExternalUser): Promise<ExternalUser> {
    const { id, ...rest } = user;
    try {
      await this.model.create({ _id: id, ...rest });
      return user;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await this.findByEmail(user.tenantId, user.email);
      if (!existing) throw error;
      return existing;
    }
  }

  async find(tenantId: string, id: string): Promise<ExternalUser | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<ExternalUserDocument>();
    return document ? toExternalUser(document) : undefined;
  }

  async findByEmail(tenantId: string, email: string): Promise<ExternalUser | undefined> {
    const document = await this.model.findOne({ tenantId, email }).lean<ExternalUserDocument>();
    return document ? toExternalUser(document) : undefined;
  }

  /** A client's portal users (invited and active), by name. */
  async listByClient(tenantId: string, clientId: string): Promise<ExternalUser[]> {
    const documents = await this.model
      .find({ tenantId, clientId })
      .sort({ displayName: 1, _id: 1 })
      .limit(500)
      .lean<ExternalUserDocument[]>();
    return documents.map(toExternalUser);
  }

  /** Who a Keycloak subject is, whatever tenant its token claims; the caller compares tenants. */
  async findByKeycloakId(keycloakId: string): Promise<ExternalUser | undefined> {
    const document = await this.model.findOne({ keycloakId }).lean<ExternalUserDocument>();
    return document ? toExternalUser(document) : undefined;
  }

  /** Gives the user access to one more workspace (once) and the role of their latest invitation. */
  async addWorkspace(
    tenantId: string,
    id: string,
    workspaceId: string,
    role: ExternalRole,
    now = new Date(),
  ): Promise<void> {
    await this.model.updateOne({ _id: id, tenantId }, { $set: { role, updatedAt: now } });
    // $addToSet is not in the operator set we rely on (see docs/ferretdb.md): a guarded $push does the same.
    await this.model.updateOne(
      { _id: id, tenantId, workspaceIds: { $ne: workspaceId } },
      { $push: { workspaceIds: workspaceId } },
    );
  }

  /** The client's portal user for a CRM contact, if they have one. */
  async findByContact(
    tenantId: string,
    clientId: string,
    contactId: string,
  ): Promise<ExternalUser | undefined> {
    const document = await this.model.findOne({ tenantId, clientId, contactId }).lean<ExternalUserDocument>();
    return document ? toExternalUser(document) : undefined;
  }

  /** The users in a workspace (a handful per workspace: not paged). */
  async listInWorkspace(tenantId: string, workspaceId: string): Promise<ExternalUser[]> {
    const documents = await this.model
      .find({ tenantId, workspaceIds: workspaceId })
      .sort({ displayName: 1, _id: 1 })
      .lean<ExternalUserDocument[]>();
    return documents.map(toExternalUser);
  }

  /**
   * Stores the user's workspaces and rights with an event (one document write). Written whole, read
   * just before: identity's writes to one user are queued in-process (kit document locks).
   */
  async saveAccess(
    user: Pick<ExternalUser, 'tenantId' | 'id' | 'workspaceIds' | 'workspaceAccess'>,
    now: Date,
    ...events: OutboxEntry[]
  ): Promise<void> {
    await this.model.updateOne(
      { _id: user.id, tenantId: user.tenantId },
      withOutbox(
        { $set: { workspaceIds: user.workspaceIds, workspaceAccess: user.workspaceAccess, updatedAt: now } },
        ...events,
      ),
    );
  }

  /**
   * Changes the user's status (revocation slice) with its events, only when it is still `from`: two
   * staff members revoking at once write once. False when it changed meanwhile.
   */
  async changeStatus(
    tenantId: string,
    id: string,
    from: ExternalUser['status'],
    changes: Pick<ExternalUser, 'status'> &
      Partial<Pick<ExternalUser, 'revokedAt' | 'revokedReason' | 'staffId'>>,
    now: Date,
    ...events: OutboxEntry[]
  ): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, tenantId, status: from },
      withOutbox({ $set: { ...changes, updatedAt: now } }, ...events),
    );
    return result.modifiedCount > 0;
  }

  /** Invited → active, with its event; false when the user was active already. */
  async activate(tenantId: string, id: string, now: Date, ...events: OutboxEntry[]): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, tenantId, status: 'invited' },
      withOutbox({ $set: { status: 'active', activatedAt: now, updatedAt: now } }, ...events),
    );
    return result.modifiedCount > 0;
  }

  // ---- roles slice (issue 11) ----

  /** The tenant's users among `ids` (a group's members), in no particular order. */
  async findMany(tenantId: string, ids: readonly string[]): Promise<ExternalUser[]> {
    if (ids.length === 0) return [];
    const documents = await this.model
      .find({ tenantId, _id: { $in: [...ids] } })
      .lean<ExternalUserDocument[]>();
    return documents.map(toExternalUser);
  }

  /** How many portal users hold each role of the tenant (deleting a role in use asks for a replacement). */
  async countByRole(tenantId: string): Promise<Map<string, number>> {
    const rows = await this.model.aggregate<{ _id: string; count: number }>([
      { $match: { tenantId } },
      { $group: { _id: '$role', count: { $sum: 1 } } },
    ]);
    return new Map(rows.map((row) => [row._id, row.count]));
  }

  /** Everyone holding `from` now holds `to` (their per-workspace adjustments stay). */
  async reassignRole(tenantId: string, from: string, to: string, now = new Date()): Promise<void> {
    await this.model.updateMany({ tenantId, role: from }, { $set: { role: to, updatedAt: now } });
  }

  /**
   * Gives the user a role: their rights in every workspace become the role's (the per-workspace
   * adjustments are dropped, so the role is what they hold), with its event.
   */
  async setRole(
    user: Pick<ExternalUser, 'tenantId' | 'id'>,
    role: ExternalRole,
    now: Date,
    ...events: OutboxEntry[]
  ): Promise<void> {
    await this.model.updateOne(
      { _id: user.id, tenantId: user.tenantId },
      withOutbox({ $set: { role, workspaceAccess: [], updatedAt: now } }, ...events),
    );
  }

  // ---- notify-events slice (issue 12) ----

  /** The tenant's users who are these CRM contacts (a task assigned to a contact). */
  async findByContacts(tenantId: string, contactIds: readonly string[]): Promise<ExternalUser[]> {
    if (contactIds.length === 0) return [];
    const documents = await this.model
      .find({ tenantId, contactId: { $in: [...contactIds] } })
      .lean<ExternalUserDocument[]>();
    return documents.map(toExternalUser);
  }
}

import {
  isDuplicateKeyError,
  MongoStore,
  outboxPlugin,
  withOutbox,
  type OutboxEntry,
  type WithOutbox,
} from '@client-portal/kit';
import { Schema, type Connection } from 'mongoose';
import type { StaffMember } from '../domain/tenant.js';

/** Members stored before the team existed have no status, invitation or deactivation fields. */
type StaffDocument = Omit<
  StaffMember,
  'id' | 'status' | 'invitedAt' | 'invitedBy' | 'inviteTokenHash' | 'deactivatedAt'
> &
  Partial<Pick<StaffMember, 'status' | 'invitedAt' | 'invitedBy' | 'inviteTokenHash' | 'deactivatedAt'>> & {
    _id: string;
  } & WithOutbox;

const staffSchema = new Schema<StaffDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    keycloakId: { type: String, required: true },
    email: { type: String, required: true },
    displayName: { type: String, required: true },
    role: { type: String, required: true },
    status: { type: String, default: 'active' },
    createdAt: { type: Date, required: true },
    invitedAt: { type: Date, default: null },
    invitedBy: { type: String, default: '' },
    inviteTokenHash: { type: String, default: null },
    deactivatedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
staffSchema.index({ tenantId: 1, email: 1 }, { unique: true });
// One login is one person in one tenant: a Keycloak subject resolves to at most one staff member.
staffSchema.index({ keycloakId: 1 }, { unique: true });
staffSchema.index({ inviteTokenHash: 1 });
staffSchema.plugin(outboxPlugin);

export const STAFF_COLLECTION = 'staff';

function toStaffMember(document: StaffDocument): StaffMember {
  const { _id, _outbox: _pending, ...rest } = document;
  return {
    id: _id,
    ...rest,
    status: rest.status ?? 'active',
    invitedAt: rest.invitedAt ?? null,
    invitedBy: rest.invitedBy ?? '',
    inviteTokenHash: rest.inviteTokenHash ?? null,
    deactivatedAt: rest.deactivatedAt ?? null,
  };
}

/** The fields a team change may set. */
export type StaffChanges = Partial<
  Pick<StaffMember, 'role' | 'status' | 'invitedAt' | 'inviteTokenHash' | 'deactivatedAt'>
>;

/** The only code that touches identity's staff members. Every query is scoped by tenant, except the lookups by login and link. */
export class StaffRepository extends MongoStore<StaffDocument> {
  constructor(connection: Connection) {
    super(connection, 'StaffMember', staffSchema, STAFF_COLLECTION);
  }

  /** Inserts the member unless the tenant has one with that e-mail; returns whichever is stored. */
  async ensure(member: StaffMember, ...events: OutboxEntry[]): Promise<StaffMember> {
    const { id, tenantId, email, ...rest } = member;
    const document = await this.model
      .findOneAndUpdate(
        { tenantId, email },
        { $setOnInsert: { _id: id, tenantId, email, ...rest, _outbox: events } },
        { upsert: true, returnDocument: 'after' },
      )
      .lean<StaffDocument>();
    return toStaffMember(document);
  }

  /** Inserts an invited member with its events; false when the tenant has a member with that e-mail. */
  async insert(member: StaffMember, ...events: OutboxEntry[]): Promise<boolean> {
    const { id, ...rest } = member;
    try {
      await this.model.create({ _id: id, ...rest, _outbox: events });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /**
   * Applies a change when the member is still as the caller saw it (`expected`): false when another
   * change came first, so the caller re-reads instead of overwriting it.
   */
  async update(
    tenantId: string,
    id: string,
    expected: Pick<StaffMember, 'role' | 'status'>,
    changes: StaffChanges,
    ...events: OutboxEntry[]
  ): Promise<boolean> {
    // Old documents have no status: "active" matches them too.
    const status = expected.status === 'active' ? { $in: ['active' as const, null] } : expected.status;
    const result = await this.model.updateOne(
      { _id: id, tenantId, role: expected.role, status },
      withOutbox({ $set: changes }, ...events),
    );
    return result.modifiedCount > 0;
  }

  /** Adds events to a member's document without changing it (the owner's snapshot on a reseed). */
  async publish(tenantId: string, id: string, ...events: OutboxEntry[]): Promise<void> {
    await this.model.updateOne({ _id: id, tenantId }, withOutbox({}, ...events));
  }

  async remove(tenantId: string, id: string): Promise<boolean> {
    const result = await this.model.deleteOne({ _id: id, tenantId, status: 'invited' });
    return result.deletedCount > 0;
  }

  async find(tenantId: string, id: string): Promise<StaffMember | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<StaffDocument>();
    return document ? toStaffMember(document) : undefined;
  }

  async findByEmail(tenantId: string, email: string): Promise<StaffMember | undefined> {
    const document = await this.model.findOne({ tenantId, email }).lean<StaffDocument>();
    return document ? toStaffMember(document) : undefined;
  }

  /** Who a Keycloak subject is, whatever tenant its token claims; the caller compares tenants. */
  async findByKeycloakId(keycloakId: string): Promise<StaffMember | undefined> {
    const document = await this.model.findOne({ keycloakId }).lean<StaffDocument>();
    return document ? toStaffMember(document) : undefined;
  }

  /** The link's token is the secret that scopes this lookup. */
  async findByInviteTokenHash(tokenHash: string): Promise<StaffMember | undefined> {
    const document = await this.model.findOne({ inviteTokenHash: tokenHash }).lean<StaffDocument>();
    return document ? toStaffMember(document) : undefined;
  }

  /** The whole team (invited and deactivated members included), by name. */
  async list(tenantId: string): Promise<StaffMember[]> {
    const documents = await this.model
      .find({ tenantId })
      .sort({ displayName: 1, _id: 1 })
      .lean<StaffDocument[]>();
    return documents.map(toStaffMember);
  }
}

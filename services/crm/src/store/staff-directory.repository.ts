import { Schema, type Connection } from 'mongoose';
import { MongoStore, type HandlerContext, type StaffRole } from '@client-portal/kit';

export type StaffStatus = 'invited' | 'active' | 'deactivated';

/** A member of the agency team as crm knows them from identity's events: who may own a client. */
export interface StaffDirectoryEntry {
  userId: string;
  tenantId: string;
  email: string;
  displayName: string;
  role: StaffRole;
  status: StaffStatus;
}

type StaffDocument = Omit<StaffDirectoryEntry, 'userId'> & { _id: string };

const staffSchema = new Schema<StaffDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    email: { type: String, required: true },
    displayName: { type: String, default: '' },
    role: { type: String, required: true },
    status: { type: String, required: true },
  },
  { versionKey: false },
);
// The owner picker: the tenant's team (a few dozen people), sorted in memory.
staffSchema.index({ tenantId: 1 });

export const STAFF_DIRECTORY_COLLECTION = 'staff_directory';

function toEntry(document: StaffDocument): StaffDirectoryEntry {
  const { _id, tenantId, email, displayName, role, status } = document;
  return { userId: _id, tenantId, email, displayName: displayName || email, role, status };
}

/** crm's own copy of the tenant's staff (fed by identity's events); the only code touching it. */
export class StaffDirectoryRepository extends MongoStore<StaffDocument> {
  constructor(connection: Connection) {
    super(connection, 'StaffDirectoryEntry', staffSchema, STAFF_DIRECTORY_COLLECTION);
  }

  /**
   * The tenant's owner, from `identity.tenant.created`. Inserted only: a `identity.staff.changed` about
   * the same person (possibly consumed first, from another partition) is the fuller, newer word.
   */
  async recordTenantOwner(
    context: HandlerContext,
    tenantId: string,
    owner: { userId: string; email: string },
  ): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: owner.userId, tenantId },
      {
        $setOnInsert: {
          tenantId,
          email: owner.email,
          displayName: '',
          role: 'owner',
          status: 'active',
        },
      },
      { upsert: true },
    );
  }

  /** A member as they are now, from `identity.staff.changed`. */
  async recordStaffChanged(
    context: HandlerContext,
    tenantId: string,
    member: { userId: string; email: string; displayName: string; role: StaffRole; status: StaffStatus },
  ): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: member.userId, tenantId },
      {
        $set: {
          email: member.email,
          displayName: member.displayName,
          role: member.role,
          status: member.status,
        },
      },
      { upsert: true },
    );
  }

  /** Names a member known only by e-mail (the owner, from identity.tenant.created). */
  async nameIfUnnamed(tenantId: string, userId: string, displayName: string): Promise<void> {
    await this.model.updateOne({ _id: userId, tenantId, displayName: '' }, { $set: { displayName } });
  }

  async find(tenantId: string, userId: string): Promise<StaffDirectoryEntry | undefined> {
    const document = await this.model.findOne({ _id: userId, tenantId }).lean<StaffDocument>();
    return document ? toEntry(document) : undefined;
  }

  /** The tenant's active staff, by name. */
  async listActive(tenantId: string): Promise<StaffDirectoryEntry[]> {
    const documents = await this.model.find({ tenantId, status: 'active' }).lean<StaffDocument[]>();
    return documents
      .map(toEntry)
      .sort(
        (left, right) =>
          left.displayName.localeCompare(right.displayName) || left.userId.localeCompare(right.userId),
      );
  }
}

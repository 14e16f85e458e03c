import { MongoStore } from '@client-portal/kit';
import { Schema, type Connection } from 'mongoose';
import type { StaffMember } from '../domain/tenant.js';

type StaffDocument = Omit<StaffMember, 'id'> & { _id: string };

const staffSchema = new Schema<StaffDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    keycloakId: { type: String, required: true },
    email: { type: String, required: true },
    displayName: { type: String, required: true },
    role: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
staffSchema.index({ tenantId: 1, email: 1 }, { unique: true });
// One login is one person in one tenant: a Keycloak subject resolves to at most one staff member.
staffSchema.index({ keycloakId: 1 }, { unique: true });

export const STAFF_COLLECTION = 'staff';

function toStaffMember(document: StaffDocument): StaffMember {
  const { _id, ...rest } = document;
  return { id: _id, ...rest };
}

/** The only code that touches identity's staff members. Every query is scoped by tenant, except the lookup by login. */
export class StaffRepository extends MongoStore<StaffDocument> {
  constructor(connection: Connection) {
    super(connection, 'StaffMember', staffSchema, STAFF_COLLECTION);
  }

  /** Inserts the member unless the tenant has one with that e-mail; returns whichever is stored. */
  async ensure(member: StaffMember): Promise<StaffMember> {
    const { id, tenantId, email, ...rest } = member;
    const document = await this.model
      .findOneAndUpdate(
        { tenantId, email },
        { $setOnInsert: { _id: id, tenantId, email, ...rest } },
        { upsert: true, returnDocument: 'after' },
      )
      .lean<StaffDocument>();
    return toStaffMember(document);
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

  async list(tenantId: string): Promise<StaffMember[]> {
    const documents = await this.model
      .find({ tenantId })
      .sort({ displayName: 1, _id: 1 })
      .lean<StaffDocument[]>();
    return documents.map(toStaffMember);
  }
}

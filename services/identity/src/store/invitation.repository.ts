import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  outboxPlugin,
  type OutboxEntry,
  type WithOutbox,
  fromStored,
  isDuplicateKeyError,
} from '@client-portal/kit';
import type { Invitation } from '../domain/invitation.js';

type InvitationDocument = Omit<Invitation, 'id'> & { _id: string } & WithOutbox;

const invitationSchema = new Schema<InvitationDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    tokenHash: { type: String, required: true },
    email: { type: String, required: true },
    displayName: { type: String, required: true },
    clientId: { type: String, required: true },
    clientName: String,
    contactId: String,
    workspaceId: { type: String, required: true },
    workspaceName: String,
    role: { type: String, required: true },
    status: { type: String, required: true },
    externalUserId: { type: String, required: true },
    invitedBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
  },
  { versionKey: false },
);
invitationSchema.index({ tokenHash: 1 }, { unique: true });
invitationSchema.index({ tenantId: 1, clientId: 1, createdAt: -1 });
invitationSchema.index({ tenantId: 1, email: 1, workspaceId: 1, status: 1 });
invitationSchema.plugin(outboxPlugin);

export const INVITATIONS_COLLECTION = 'invitations';

function toInvitation(document: InvitationDocument): Invitation {
  return fromStored<Invitation>(document);
}

/** The only code that touches identity's invitations. Every query is scoped by tenant, except the lookup by link token. */
export class InvitationRepository extends MongoStore<InvitationDocument> {
  private readonly claims: Connection['collections'][string];

  constructor(connection: Connection) {
    super(connection, 'Invitation', invitationSchema, INVITATIONS_COLLECTION);
    this.claims = connection.collection('invitation_claims');
  }

  async insert(invitation: Invitation, ...events: OutboxEntry[]): Promise<void> {
    const { id, ...rest } = invitation;
    await this.model.create({ _id: id, ...rest, _outbox: events });
  }

  /** The token is the secret that scopes this lookup: whoever holds the link may see its invitation. */
  async findByTokenHash(tokenHash: string): Promise<Invitation | undefined> {
    const document = await this.model.findOne({ tokenHash }).lean<InvitationDocument>();
    return document ? toInvitation(document) : undefined;
  }

  /** Kills the links of earlier pending invitations of this person to this workspace. */
  async cancelPending(
    tenantId: string,
    email: string,
    workspaceId: string,
    now = new Date(),
  ): Promise<number> {
    const result = await this.model.updateMany(
      { tenantId, email, workspaceId, status: 'pending' },
      { $set: { status: 'cancelled', cancelledAt: now } },
    );
    return result.modifiedCount;
  }

  /** Pending → accepted; false when it was not pending any more (used or cancelled meanwhile). */
  /**
   * Claims an invitation for one acceptance: the first caller inserts the claim, any concurrent one hits
   * the _id's uniqueness. A unique index, unlike a conditional update, is atomic on FerretDB too.
   */
  async claim(id: string, staleAfterMs = 120_000): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await this.claims.insertOne({ _id: id as never, claimedAt: new Date() });
        return true;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
      // A claim left by a crashed acceptance must not block the link for good: one old enough is taken
      // over (a single document delete, so only one caller can take it).
      const stale = await this.claims.deleteOne({
        _id: id as never,
        claimedAt: { $lt: new Date(Date.now() - staleAfterMs) },
      });
      if (stale.deletedCount !== 1) return false;
    }
    return false;
  }

  /** Gives a claim back when the acceptance failed, so the link can be tried again. */
  async releaseClaim(id: string): Promise<void> {
    await this.claims.deleteOne({ _id: id as never });
  }

  async markAccepted(tenantId: string, id: string, now = new Date()): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, tenantId, status: 'pending' },
      { $set: { status: 'accepted', acceptedAt: now } },
    );
    return result.modifiedCount > 0;
  }

  async find(tenantId: string, id: string): Promise<Invitation | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<InvitationDocument>();
    return document ? toInvitation(document) : undefined;
  }

  async listByClient(tenantId: string, clientId: string): Promise<Invitation[]> {
    const query: Record<string, unknown> = { tenantId };
    if (clientId) query.clientId = clientId;
    const documents = await this.model
      .find(query)
      .sort({ createdAt: -1, _id: 1 })
      .limit(500)
      .lean<InvitationDocument[]>();
    return documents.map(toInvitation);
  }

  /** Pending invitations with a role being deleted take its replacement (roles slice, issue 11). */
  async reassignPendingRole(tenantId: string, from: string, to: string): Promise<void> {
    await this.model.updateMany({ tenantId, role: from, status: 'pending' }, { $set: { role: to } });
  }
}

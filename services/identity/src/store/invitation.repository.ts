import { Schema, type Connection } from 'mongoose';
import {
  Keyset,
  MongoStore,
  type Page,
  withOutbox,
  outboxPlugin,
  type OutboxEntry,
  type WithOutbox,
  fromStored,
  isDuplicateKeyError,
} from '@client-portal/kit';
import { INVITATION_VALIDITY_MS, type Invitation, type ShownInvitationStatus } from '../domain/invitation.js';

// Invitations stored before issue 11 have no sentAt (their createdAt) nor addressUnavailable (false).
type InvitationDocument = Omit<Invitation, 'id' | 'sentAt' | 'addressUnavailable'> & {
  _id: string;
  sentAt?: Date | null;
  addressUnavailable?: boolean;
} & WithOutbox;

/** The invitations lists (per tenant, per client): newest first. */
const invitationsNewestFirst = new Keyset('invitations.newestFirst', { createdAt: -1, _id: -1 });

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
    sentAt: { type: Date, default: null },
    acceptedAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
    addressUnavailable: { type: Boolean, default: false },
  },
  { versionKey: false },
);
invitationSchema.index({ tokenHash: 1 }, { unique: true });
invitationSchema.index({ tenantId: 1, clientId: 1, createdAt: -1 });
invitationSchema.index({ tenantId: 1, email: 1, workspaceId: 1, status: 1 });
invitationSchema.index(invitationsNewestFirst.index({ tenantId: 1 }));
invitationSchema.index(invitationsNewestFirst.index({ tenantId: 1, clientId: 1 }));
invitationSchema.plugin(outboxPlugin);

export const INVITATIONS_COLLECTION = 'invitations';

function toInvitation(document: InvitationDocument): Invitation {
  const stored = fromStored<Omit<Invitation, 'sentAt' | 'addressUnavailable'>>(document);
  return {
    ...stored,
    sentAt: document.sentAt ?? document.createdAt,
    addressUnavailable: document.addressUnavailable ?? false,
  };
}

/** The stored filter for a status as staff see it (expired = pending past its validity). */
function statusFilter(status: ShownInvitationStatus | '', now: Date): Record<string, unknown> {
  const cutoff = new Date(now.getTime() - INVITATION_VALIDITY_MS);
  if (status === '') return {};
  if (status === 'pending') return { status: 'pending', sentAt: { $gte: cutoff } };
  // Invitations stored before sentAt existed are all older than the validity: expired.
  if (status === 'expired')
    return { status: 'pending', $or: [{ sentAt: { $lt: cutoff } }, { sentAt: null }] };
  return { status };
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

  static readonly listOrder = invitationsNewestFirst;

  /** A page of the tenant's invitations (one client's when clientId is set), newest first. */
  async page(
    tenantId: string,
    filter: { clientId: string; status: ShownInvitationStatus | '' },
    page: Page,
    now = new Date(),
  ): Promise<{ invitations: Invitation[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId, ...statusFilter(filter.status, now) };
    if (filter.clientId) query.clientId = filter.clientId;
    const { documents, nextPageToken } = await this.findPage(query, invitationsNewestFirst, page);
    return { invitations: documents.map(toInvitation), nextPageToken };
  }

  /**
   * Gives a pending invitation a new link secret: the previous link dies with this write. With events
   * (a resend), the link's validity starts again. False when it is not pending any more.
   */
  async replaceToken(
    invitation: Pick<Invitation, 'tenantId' | 'id'>,
    tokenHash: string,
    sentAt: Date | undefined,
    ...events: OutboxEntry[]
  ): Promise<boolean> {
    const set: Record<string, unknown> = { tokenHash };
    if (sentAt) set.sentAt = sentAt;
    const result = await this.model.updateOne(
      { _id: invitation.id, tenantId: invitation.tenantId, status: 'pending' },
      withOutbox({ $set: set }, ...events),
    );
    return result.modifiedCount > 0;
  }

  /** Pending → cancelled (the link dies); false when it was not pending any more. */
  async cancel(tenantId: string, id: string, now: Date, ...events: OutboxEntry[]): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, tenantId, status: 'pending' },
      withOutbox({ $set: { status: 'cancelled', cancelledAt: now } }, ...events),
    );
    return result.modifiedCount > 0;
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

import { Schema, type Connection } from 'mongoose';
import { MongoStore, fromStored, isDuplicateKeyError } from '@client-portal/kit';
import type { Join, JoinLink } from '../domain/join-link.js';

type JoinLinkDocument = Omit<JoinLink, 'id'> & { _id: string };
type JoinDocument = Omit<Join, 'id'> & { _id: string };

const joinLinkSchema = new Schema<JoinLinkDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    scope: { type: String, required: true },
    clientId: { type: String, default: '' },
    clientName: { type: String, default: '' },
    workspaceId: { type: String, default: '' },
    workspaceName: { type: String, default: '' },
    role: { type: String, required: true },
    createContact: { type: Boolean, required: true },
    status: { type: String, required: true },
    token: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    resetAt: { type: Date, default: null },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// The public lookup, and the guarantee that a token names one link only.
joinLinkSchema.index({ token: 1 }, { unique: true });
joinLinkSchema.index({ tenantId: 1, createdAt: -1 });

const joinSchema = new Schema<JoinDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    linkId: { type: String, required: true },
    email: { type: String, required: true },
    displayName: { type: String, required: true },
    status: { type: String, required: true },
    clientId: { type: String, default: '' },
    clientName: { type: String, default: '' },
    workspaceId: { type: String, default: '' },
    externalUserId: { type: String, default: '' },
    ipAddress: { type: String, default: '' },
    userAgent: { type: String, default: '' },
    createdAt: { type: Date, required: true },
    joinedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
joinSchema.index({ tenantId: 1, linkId: 1, createdAt: -1 });

export const JOIN_LINKS_COLLECTION = 'join_links';
const JOINS_COLLECTION = 'joins';
const SLOTS_COLLECTION = 'join_rate_slots';

/** How long used rate-limit slots are kept: longer than any window, so counting stays right. */
const SLOT_RETENTION_MS = 24 * 60 * 60 * 1000;

/** The only code that touches identity's shareable links, their joins and the joins' rate-limit slots. */
export class JoinLinkRepository extends MongoStore<JoinLinkDocument> {
  private readonly joins: MongoJoins;
  private readonly slots: Connection['collections'][string];

  constructor(connection: Connection) {
    super(connection, 'JoinLink', joinLinkSchema, JOIN_LINKS_COLLECTION);
    this.joins = new MongoJoins(connection);
    this.slots = connection.collection(SLOTS_COLLECTION);
  }

  override async ensureIndexes(): Promise<void> {
    await super.ensureIndexes();
    await this.joins.ensureIndexes();
    // One index per command: FerretDB 1.24 panics (and drops the connection, which crashed identity on
    // every restart) on a createIndexes of several indexes that already exist (found by npm run chaos).
    await this.slots.createIndexes([{ key: { key: 1, window: 1 } }]);
    await this.slots.createIndexes([{ key: { claimedAt: 1 } }]);
  }

  async insert(link: JoinLink): Promise<void> {
    const { id, ...rest } = link;
    await this.model.create({ _id: id, ...rest });
  }

  async find(tenantId: string, id: string): Promise<JoinLink | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<JoinLinkDocument>();
    return document ? fromStored<JoinLink>(document) : undefined;
  }

  /** The token is the secret that scopes this lookup: whoever holds the URL may use the link. */
  async findByToken(token: string): Promise<JoinLink | undefined> {
    const document = await this.model.findOne({ token }).lean<JoinLinkDocument>();
    return document ? fromStored<JoinLink>(document) : undefined;
  }

  /** The tenant's links (a handful: not paged), newest first; one workspace's when given. */
  async list(tenantId: string, workspaceId: string): Promise<JoinLink[]> {
    const query: Record<string, unknown> = { tenantId };
    if (workspaceId) query.workspaceId = workspaceId;
    const documents = await this.model
      .find(query)
      .sort({ createdAt: -1, _id: 1 })
      .limit(200)
      .lean<JoinLinkDocument[]>();
    return documents.map((document) => fromStored<JoinLink>(document));
  }

  /**
   * A new token, replacing the old one in one document write: from then on the old URL finds nothing.
   * The unique token index makes a clash impossible rather than unlikely.
   */
  async replaceToken(tenantId: string, id: string, token: string, now: Date): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, tenantId },
      { $set: { token, resetAt: now, updatedAt: now } },
    );
    return result.matchedCount > 0;
  }

  async setStatus(tenantId: string, id: string, status: JoinLink['status'], now: Date): Promise<boolean> {
    const result = await this.model.updateOne({ _id: id, tenantId }, { $set: { status, updatedAt: now } });
    return result.matchedCount > 0;
  }

  insertJoin(join: Join): Promise<void> {
    return this.joins.insert(join);
  }

  findJoin(tenantId: string, id: string): Promise<Join | undefined> {
    return this.joins.find(tenantId, id);
  }

  markJoined(
    tenantId: string,
    id: string,
    done: Pick<Join, 'clientId' | 'clientName' | 'workspaceId' | 'externalUserId'>,
    now: Date,
  ): Promise<boolean> {
    return this.joins.markJoined(tenantId, id, done, now);
  }

  listJoins(tenantId: string, linkId: string): Promise<Join[]> {
    return this.joins.list(tenantId, linkId);
  }

  /** Joins completed through a link, counted from the joins themselves (never a stored counter). */
  countJoined(tenantId: string, linkId: string): Promise<{ count: number; last: Date | null }> {
    return this.joins.countJoined(tenantId, linkId);
  }

  /**
   * Takes one of `limit` slots of `key` in the window starting at `window`: false when all are taken.
   * Each slot is a document whose unique _id names it, so two gateway replicas or identity replicas
   * can never hand out the same slot (a counter with $inc is not atomic on FerretDB).
   */
  async claimSlot(key: string, window: number, limit: number, now: Date): Promise<boolean> {
    // Old windows are forgotten now and then, so the collection stays small without a TTL index.
    if (Math.random() < 0.05)
      await this.slots.deleteMany({ claimedAt: { $lt: new Date(now.getTime() - SLOT_RETENTION_MS) } });
    const taken = await this.slots.countDocuments({ key, window });
    for (let slot = taken; slot < limit; slot++) {
      try {
        await this.slots.insertOne({ _id: `${key}|${window}|${slot}` as never, key, window, claimedAt: now });
        return true;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    return false;
  }
}

/** The joins collection, kept behind JoinLinkRepository (its only user). */
class MongoJoins extends MongoStore<JoinDocument> {
  constructor(connection: Connection) {
    super(connection, 'Join', joinSchema, JOINS_COLLECTION);
  }

  async insert(join: Join): Promise<void> {
    const { id, ...rest } = join;
    await this.model.create({ _id: id, ...rest });
  }

  async find(tenantId: string, id: string): Promise<Join | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<JoinDocument>();
    return document ? fromStored<Join>(document) : undefined;
  }

  async markJoined(
    tenantId: string,
    id: string,
    done: Pick<Join, 'clientId' | 'clientName' | 'workspaceId' | 'externalUserId'>,
    now: Date,
  ): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, tenantId, status: 'started' },
      { $set: { ...done, status: 'joined', joinedAt: now } },
    );
    return result.modifiedCount > 0;
  }

  async list(tenantId: string, linkId: string): Promise<Join[]> {
    const documents = await this.model
      .find({ tenantId, linkId })
      .sort({ createdAt: -1, _id: 1 })
      .limit(200)
      .lean<JoinDocument[]>();
    return documents.map((document) => fromStored<Join>(document));
  }

  async countJoined(tenantId: string, linkId: string): Promise<{ count: number; last: Date | null }> {
    const [count, last] = await Promise.all([
      this.model.countDocuments({ tenantId, linkId, status: 'joined' }),
      this.model
        .findOne({ tenantId, linkId, status: 'joined' })
        .sort({ createdAt: -1, _id: 1 })
        .lean<JoinDocument>(),
    ]);
    return { count, last: last?.joinedAt ?? null };
  }
}

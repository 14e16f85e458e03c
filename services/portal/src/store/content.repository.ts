import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  fromStored,
  insertWithEvents,
  outboxPlugin,
  withOutbox,
  type OutboxEntry,
  type Stored,
} from '@client-portal/kit';
import type { ContentItem, ContentKind, Embed, Link, Note } from '../domain/content.js';

/** One flat record for the three kinds (a union does not make a mongoose schema type). */
interface ContentRecord {
  id: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  kind: ContentKind;
  title: string;
  position: number;
  version: number;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  url?: string;
  description?: string;
  body?: string;
  clientVisible?: boolean;
}
type ContentDocument = Stored<ContentRecord>;

const contentSchema = new Schema<ContentDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    clientId: { type: String, required: true },
    kind: { type: String, required: true },
    title: { type: String, required: true },
    position: { type: Number, required: true },
    version: { type: Number, required: true },
    authorName: { type: String, default: '' },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    deletedAt: { type: Date, default: null },
    // Links and embeds
    url: { type: String },
    description: { type: String },
    // Notes
    body: { type: String },
    clientVisible: { type: Boolean },
  },
  { versionKey: false },
);
// Lists: one workspace's items of one kind, in order (links/embeds by position, notes by updatedAt).
contentSchema.index({ tenantId: 1, workspaceId: 1, kind: 1, position: 1 });
contentSchema.plugin(outboxPlugin);

export const CONTENT_COLLECTION = 'workspace_content';

type ItemOf<Kind extends ContentKind> = Extract<ContentItem, { kind: Kind }>;

// Picks the fields of its kind: a record holds nothing else, but the answer should not depend on it.
function toItem(document: ContentDocument): ContentItem {
  const record = fromStored<ContentRecord>(document);
  const base = {
    id: record.id,
    tenantId: record.tenantId,
    workspaceId: record.workspaceId,
    clientId: record.clientId,
    title: record.title,
    position: record.position,
    version: record.version,
    authorName: record.authorName,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    deletedAt: record.deletedAt ?? null,
  };
  switch (record.kind) {
    case 'link':
      return { ...base, kind: 'link', url: record.url ?? '', description: record.description ?? '' };
    case 'embed':
      return { ...base, kind: 'embed', url: record.url ?? '' };
    case 'note':
      return { ...base, kind: 'note', body: record.body ?? '', clientVisible: record.clientVisible === true };
  }
}

/** The only code that touches the workspaces' links, embeds and notes. Every query is tenant-scoped. */
export class ContentRepository extends MongoStore<ContentDocument> {
  constructor(connection: Connection) {
    super(connection, 'WorkspaceContent', contentSchema, CONTENT_COLLECTION);
  }

  async insert(item: ContentItem, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents<ContentRecord>(this.model, item, events);
  }

  /** One live (not deleted) item of a kind in a workspace. */
  async find<Kind extends ContentKind>(
    tenantId: string,
    workspaceId: string,
    kind: Kind,
    id: string,
  ): Promise<ItemOf<Kind> | undefined> {
    const document = await this.model
      .findOne({ _id: id, tenantId, workspaceId, kind, deletedAt: null })
      .lean<ContentDocument>();
    return document ? (toItem(document) as ItemOf<Kind>) : undefined;
  }

  /**
   * A workspace's live items of a kind: links and embeds in their order, notes last changed first.
   * `clientVisibleOnly` keeps internal notes out at the query, not after it.
   */
  async list<Kind extends ContentKind>(
    tenantId: string,
    workspaceId: string,
    kind: Kind,
    options: { clientVisibleOnly?: boolean; limit?: number } = {},
  ): Promise<ItemOf<Kind>[]> {
    const query: Record<string, unknown> = { tenantId, workspaceId, kind, deletedAt: null };
    if (options.clientVisibleOnly) query.clientVisible = true;
    const sort: Record<string, 1 | -1> =
      kind === 'note' ? { updatedAt: -1, _id: 1 } : { position: 1, createdAt: 1, _id: 1 };
    let find = this.model.find(query).sort(sort);
    if (options.limit) find = find.limit(options.limit);
    const documents = await find.lean<ContentDocument[]>();
    return documents.map((document) => toItem(document) as ItemOf<Kind>);
  }

  /** Where a new link or embed goes: after the last one. */
  async nextPosition(tenantId: string, workspaceId: string, kind: 'link' | 'embed'): Promise<number> {
    const last = await this.model
      .findOne({ tenantId, workspaceId, kind, deletedAt: null })
      .sort({ position: -1 })
      .lean<ContentDocument>();
    return last ? last.position + 1 : 0;
  }

  /**
   * Saves `item` (its version already the stored one + 1) if nobody changed it since `expectedVersion`;
   * false otherwise (the caller answers "changed meanwhile").
   */
  async replace(
    item: Link | Embed | Note,
    expectedVersion: number,
    ...events: OutboxEntry[]
  ): Promise<boolean> {
    const { id, tenantId, ...state } = item;
    const result = await this.model.updateOne(
      { _id: id, tenantId, version: expectedVersion, deletedAt: null },
      withOutbox({ $set: state }, ...events),
    );
    return result.modifiedCount === 1;
  }

  /** Sets one item's position (reordering); the first item of a reorder carries the event. */
  async setPosition(
    tenantId: string,
    id: string,
    position: number,
    now: Date,
    ...events: OutboxEntry[]
  ): Promise<void> {
    await this.model.updateOne(
      { _id: id, tenantId, deletedAt: null },
      withOutbox({ $set: { position, updatedAt: now } }, ...events),
    );
  }
}

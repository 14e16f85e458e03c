import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  outboxPlugin,
  type OutboxEntry,
  type WithOutbox,
  insertWithEvents,
  fromStored,
  Keyset,
  withOutbox,
  type Page,
} from '@client-portal/kit';
import { WORKSPACE_MODULES, type Workspace } from '../domain/workspace.js';

type WorkspaceDocument = Omit<Workspace, 'id'> & { _id: string } & WithOutbox;

const workspaceSchema = new Schema<WorkspaceDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    clientName: { type: String, required: true },
    name: { type: String, required: true },
    projectId: { type: String, default: null },
    modules: { type: [String], default: () => [...WORKSPACE_MODULES] },
    archivedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    // Required once backfilled (backfillUpdatedAt): workspaces stored before the partner API lack it.
    updatedAt: { type: Date },
  },
  { versionKey: false },
);
/** The sync order of the partner API: oldest change first. */
const WORKSPACES_BY_UPDATE = new Keyset('workspaces.updated', { updatedAt: 1, _id: 1 });
// A client has several workspaces (issue 10). Not unique any more: "Enable portal" keeps its workspace
// one through a derived `_id` (domain portalWorkspaceId). Named apart from the old unique index, which
// FerretDB and MongoDB keep until it is dropped (dropLegacyIndexes).
workspaceSchema.index({ tenantId: 1, clientId: 1, createdAt: 1 }, { name: 'workspaces_by_client' });
workspaceSchema.index({ tenantId: 1, name: 1 });
workspaceSchema.index(WORKSPACES_BY_UPDATE.index({ tenantId: 1 }));
workspaceSchema.index(WORKSPACES_BY_UPDATE.index({ tenantId: 1, clientId: 1 }));
workspaceSchema.plugin(outboxPlugin);

export const WORKSPACES_COLLECTION = 'workspaces';

function toWorkspace(document: WorkspaceDocument): Workspace {
  // Workspaces stored before issue 10 have none of the fields it added.
  const workspace: Omit<Workspace, 'projectId' | 'modules' | 'archivedAt' | 'updatedAt'> &
    Partial<Workspace> = fromStored<Workspace>(document);
  return {
    ...workspace,
    projectId: workspace.projectId ?? null,
    modules: [...(workspace.modules ?? WORKSPACE_MODULES)],
    archivedAt: workspace.archivedAt ?? null,
    updatedAt: workspace.updatedAt ?? workspace.archivedAt ?? workspace.createdAt,
  };
}

/** The only code that touches portal's workspaces. Every query is scoped by tenant. */
export class WorkspaceRepository extends MongoStore<WorkspaceDocument> {
  constructor(connection: Connection) {
    super(connection, 'Workspace', workspaceSchema, WORKSPACES_COLLECTION);
  }

  /**
   * Before issue 10 a client had one workspace, kept one by a unique index on (tenantId, clientId).
   * Databases keep an index until it is dropped, so start-up drops that one if it is still there
   * (before ensureIndexes); otherwise a second workspace for a client would be refused.
   */
  async dropLegacyIndexes(): Promise<string[]> {
    const dropped: string[] = [];
    const existing = await this.model.collection.indexes().catch((error: unknown) => {
      // A collection that does not exist yet has no index to drop.
      if (error instanceof Error && /ns does not exist|NamespaceNotFound/i.test(error.message)) return [];
      throw error;
    });
    for (const index of existing) {
      const keys = Object.keys(index.key);
      if (
        index.unique &&
        keys.length === 2 &&
        keys[0] === 'tenantId' &&
        keys[1] === 'clientId' &&
        index.name
      ) {
        await this.model.collection.dropIndex(index.name);
        dropped.push(index.name);
      }
    }
    return dropped;
  }

  /**
   * Workspaces stored before the partner API have no `updatedAt` (nor, before issue 10, `archivedAt`):
   * start-up gives them their last known change (archive, else creation), so the sync order, whose
   * keys must all be present, covers them. Idempotent; a no-op once done.
   */
  async backfillUpdatedAt(): Promise<number> {
    const documents = await this.model.find({ updatedAt: { $exists: false } }).lean<WorkspaceDocument[]>();
    for (const document of documents)
      await this.model.updateOne(
        { _id: document._id, updatedAt: { $exists: false } },
        {
          $set: {
            updatedAt: document.archivedAt ?? document.createdAt,
            archivedAt: document.archivedAt ?? null,
          },
        },
      );
    return documents.length;
  }

  /** Inserts the workspace with its events; false when one with its id exists already. */
  async insert(workspace: Workspace, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.model, workspace, events);
  }

  async find(tenantId: string, id: string): Promise<Workspace | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<WorkspaceDocument>();
    return document ? toWorkspace(document) : undefined;
  }

  /** The client's first workspace (the one "Enable portal" opened, or the oldest). */
  async findByClient(tenantId: string, clientId: string): Promise<Workspace | undefined> {
    const document = await this.model
      .findOne({ tenantId, clientId })
      .sort({ createdAt: 1, _id: 1 })
      .lean<WorkspaceDocument>();
    return document ? toWorkspace(document) : undefined;
  }

  /**
   * Sets some of the workspace's fields with their events (one document write, so the events go out
   * exactly when the change is stored); false when the workspace is not there.
   */
  async update(
    tenantId: string,
    id: string,
    changes: Partial<Pick<Workspace, 'name' | 'modules' | 'archivedAt' | 'updatedAt'>>,
    ...events: OutboxEntry[]
  ): Promise<boolean> {
    // Every change moves the workspace to the end of the sync order (now, unless the caller said when).
    const result = await this.model.updateOne(
      { _id: id, tenantId },
      withOutbox({ $set: { updatedAt: new Date(), ...changes } }, ...events),
    );
    return result.matchedCount === 1;
  }

  /**
   * By name; `ids` narrows to those workspaces (a client user's), `activeOnly` leaves archived ones out.
   * A client has a handful of workspaces and a tenant a few hundred: the list is not paged.
   */
  async list(
    tenantId: string,
    filter: { clientId: string; ids?: string[]; activeOnly?: boolean },
  ): Promise<Workspace[]> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.clientId) query.clientId = filter.clientId;
    if (filter.ids) query._id = { $in: filter.ids };

    const documents = await this.model.find(query).sort({ name: 1, _id: 1 }).lean<WorkspaceDocument[]>();
    // Filtered here rather than by `archivedAt: null`: workspaces stored before issue 10 lack the field.
    const workspaces = documents.map(toWorkspace);
    return filter.activeOnly ? workspaces.filter((workspace) => !workspace.archivedAt) : workspaces;
  }

  /** Reads a sync-order page request (INVALID_ARGUMENT for a token of another list). */
  readUpdatePage(request: { pageSize?: number; pageToken?: string } | null | undefined): Page {
    return WORKSPACES_BY_UPDATE.read(request);
  }

  /**
   * The sync order: oldest change first, from `updatedSince` on, paged by keyset. `activeOnly` leaves
   * archived ones out (every document has `archivedAt`, null or a date, once backfilled).
   */
  async listByUpdate(
    tenantId: string,
    filter: { clientId: string; updatedSince: Date | undefined; activeOnly: boolean },
    page: Page,
  ): Promise<{ workspaces: Workspace[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.clientId) query.clientId = filter.clientId;
    if (filter.activeOnly) query.archivedAt = null;
    if (filter.updatedSince) query.updatedAt = { $gte: filter.updatedSince };
    const { documents, nextPageToken } = await this.findPage(query, WORKSPACES_BY_UPDATE, page);
    return { workspaces: documents.map(toWorkspace), nextPageToken };
  }
}

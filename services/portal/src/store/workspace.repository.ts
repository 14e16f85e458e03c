import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  outboxPlugin,
  type OutboxEntry,
  type WithOutbox,
  insertWithEvents,
  fromStored,
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
  },
  { versionKey: false },
);
// One workspace per client for now: the index, not a read-then-write, is what keeps it one when two
// staff enable the portal at the same moment.
workspaceSchema.index({ tenantId: 1, clientId: 1 }, { unique: true });
workspaceSchema.index({ tenantId: 1, name: 1 });
workspaceSchema.plugin(outboxPlugin);

export const WORKSPACES_COLLECTION = 'workspaces';

function toWorkspace(document: WorkspaceDocument): Workspace {
  // Workspaces stored before issue 10 have none of the fields it added.
  const workspace: Omit<Workspace, 'projectId' | 'modules' | 'archivedAt'> & Partial<Workspace> =
    fromStored<Workspace>(document);
  return {
    ...workspace,
    projectId: workspace.projectId ?? null,
    modules: [...(workspace.modules ?? WORKSPACE_MODULES)],
    archivedAt: workspace.archivedAt ?? null,
  };
}

/** The only code that touches portal's workspaces. Every query is scoped by tenant. */
export class WorkspaceRepository extends MongoStore<WorkspaceDocument> {
  constructor(connection: Connection) {
    super(connection, 'Workspace', workspaceSchema, WORKSPACES_COLLECTION);
  }

  /** Inserts the workspace with its events; false when the client already has one. */
  async insert(workspace: Workspace, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.model, workspace, events);
  }

  async find(tenantId: string, id: string): Promise<Workspace | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<WorkspaceDocument>();
    return document ? toWorkspace(document) : undefined;
  }

  async findByClient(tenantId: string, clientId: string): Promise<Workspace | undefined> {
    const document = await this.model.findOne({ tenantId, clientId }).lean<WorkspaceDocument>();
    return document ? toWorkspace(document) : undefined;
  }

  /** By name; `ids` narrows to those workspaces (a client user's invitations). */
  async list(tenantId: string, filter: { clientId: string; ids?: string[] }): Promise<Workspace[]> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.clientId) query.clientId = filter.clientId;
    if (filter.ids) query._id = { $in: filter.ids };
    const documents = await this.model.find(query).sort({ name: 1, _id: 1 }).lean<WorkspaceDocument[]>();
    return documents.map(toWorkspace);
  }
}

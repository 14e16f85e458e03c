import { MongoStore, type HandlerContext } from '@client-portal/kit';
import { Schema, type Connection } from 'mongoose';

/** What notification knows of a workspace (from portal.workspace.created): the names e-mails use. */
export interface WorkspaceNames {
  id: string;
  tenantId: string;
  clientId: string;
  clientName: string;
  name: string;
}

type WorkspaceDocument = Omit<WorkspaceNames, 'id'> & { _id: string };

const workspaceSchema = new Schema<WorkspaceDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: String,
    clientName: String,
    name: String,
  },
  { versionKey: false },
);

export const WORKSPACES_COLLECTION = 'workspaces';

/** The only code that touches notification's copy of workspace names. Every query is scoped by tenant. */
export class WorkspaceRepository extends MongoStore<WorkspaceDocument> {
  constructor(connection: Connection) {
    super(connection, 'Workspace', workspaceSchema, WORKSPACES_COLLECTION);
  }

  /** Records a workspace's names, once per event. */
  async recordCreated(context: HandlerContext, workspace: WorkspaceNames): Promise<void> {
    const { id, tenantId, ...names } = workspace;
    await context.applyOnce(this.model, { _id: id, tenantId }, { $set: names }, { upsert: true });
  }

  async find(tenantId: string, id: string): Promise<WorkspaceNames | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<WorkspaceDocument>();
    if (!document) return undefined;
    const { _id, ...rest } = document;
    return { id: _id, ...rest };
  }

  /** The client's name as its workspaces carry it (events about a client that do not name it). */
  async clientName(tenantId: string, clientId: string): Promise<string> {
    const document = await this.model.findOne({ tenantId, clientId }).lean<WorkspaceDocument>();
    return document?.clientName ?? '';
  }
}

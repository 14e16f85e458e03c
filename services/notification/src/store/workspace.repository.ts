import { modelFor } from '@client-portal/kit';
import { Schema, type Connection, type Model } from 'mongoose';

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
export class WorkspaceRepository {
  readonly model: Model<WorkspaceDocument>;

  constructor(connection: Connection) {
    this.model = modelFor<WorkspaceDocument>(connection, 'Workspace', workspaceSchema, WORKSPACES_COLLECTION);
  }

  async find(tenantId: string, id: string): Promise<WorkspaceNames | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<WorkspaceDocument>();
    if (!document) return undefined;
    const { _id, ...rest } = document;
    return { id: _id, ...rest };
  }
}

import { MongoStore, type HandlerContext } from '@client-portal/kit';
import { Schema, type Connection } from 'mongoose';
import type { WorkspaceAccess } from '../domain/message.js';

type WorkspaceAccessDocument = Omit<WorkspaceAccess, 'id'> & { _id: string; name: string };

const workspaceAccessSchema = new Schema<WorkspaceAccessDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    name: String,
  },
  { versionKey: false },
);

export const WORKSPACES_COLLECTION = 'workspaces';

/** Messaging's copy of portal's workspaces, written only by its event consumer. */
export class WorkspaceAccessRepository extends MongoStore<WorkspaceAccessDocument> {
  constructor(connection: Connection) {
    super(connection, 'WorkspaceAccess', workspaceAccessSchema, WORKSPACES_COLLECTION);
  }

  /** Records a workspace portal created, once per event. */
  async recordCreated(
    context: HandlerContext,
    tenantId: string,
    workspace: { id: string; clientId: string; name: string },
  ): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: workspace.id, tenantId },
      { $set: { clientId: workspace.clientId, name: workspace.name } },
      { upsert: true },
    );
  }

  async find(tenantId: string, workspaceId: string): Promise<WorkspaceAccess | undefined> {
    const document = await this.model.findOne({ _id: workspaceId, tenantId }).lean<WorkspaceAccessDocument>();
    return document
      ? { id: document._id, tenantId: document.tenantId, clientId: document.clientId }
      : undefined;
  }
}

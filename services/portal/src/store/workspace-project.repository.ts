import { Schema, type Connection } from 'mongoose';
import { MongoStore, type HandlerContext } from '@client-portal/kit';

/** A milestone of a linked project, as crm.project.changed shows it to the client. */
export interface ProjectMilestone {
  milestoneId: string;
  name: string;
  /** YYYY-MM-DD or ''. */
  dueDate: string;
  done: boolean;
}

/**
 * portal's read model of crm's projects: only what `crm.project.changed` carries that a workspace shows
 * (name, status, progress, milestones). The snapshot is client-visible state; cost, time and margin
 * never reach portal.
 */
export interface ProjectSnapshot {
  projectId: string;
  tenantId: string;
  clientId: string;
  name: string;
  status: string;
  progress: number;
  milestones: ProjectMilestone[];
  deleted: boolean;
}

type SnapshotDocument = Omit<ProjectSnapshot, 'projectId'> & { _id: string; updatedAt: Date | null };

const snapshotSchema = new Schema<SnapshotDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    name: { type: String, default: '' },
    status: { type: String, default: '' },
    progress: { type: Number, default: 0 },
    milestones: {
      type: [
        new Schema({ milestoneId: String, name: String, dueDate: String, done: Boolean }, { _id: false }),
      ],
      default: [],
    },
    deleted: { type: Boolean, default: false },
    updatedAt: { type: Date, default: null },
  },
  { versionKey: false },
);

export const WORKSPACE_PROJECTS_COLLECTION = 'workspace_projects';

function toSnapshot(document: SnapshotDocument): ProjectSnapshot {
  const { _id, ...rest } = document;
  return {
    projectId: _id,
    tenantId: rest.tenantId,
    clientId: rest.clientId,
    name: rest.name,
    status: rest.status,
    progress: rest.progress,
    milestones: rest.milestones.map((milestone) => ({
      milestoneId: milestone.milestoneId,
      name: milestone.name,
      dueDate: milestone.dueDate,
      done: milestone.done,
    })),
    deleted: rest.deleted,
  };
}

/** Projects by id (any workspace may link one), fed by crm's project events. */
export class WorkspaceProjectRepository extends MongoStore<SnapshotDocument> {
  constructor(connection: Connection) {
    super(connection, 'WorkspaceProject', snapshotSchema, WORKSPACE_PROJECTS_COLLECTION);
  }

  /** Stores the project's state as the event tells it, once per event. */
  async record(context: HandlerContext, snapshot: ProjectSnapshot, at: Date): Promise<void> {
    const { projectId, tenantId, ...rest } = snapshot;
    await context.applyOnce(
      this.model,
      { _id: projectId, tenantId },
      { $set: { ...rest, updatedAt: at } },
      { upsert: true },
    );
  }

  async markDeleted(context: HandlerContext, tenantId: string, projectId: string, at: Date): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: projectId, tenantId },
      { $set: { deleted: true, milestones: [], updatedAt: at } },
    );
  }

  /** The live (not deleted) projects among `ids`. */
  async findMany(tenantId: string, ids: readonly string[]): Promise<ProjectSnapshot[]> {
    if (ids.length === 0) return [];
    const documents = await this.model
      .find({ tenantId, _id: { $in: [...ids] }, deleted: false })
      .lean<SnapshotDocument[]>();
    return documents.map(toSnapshot);
  }
}

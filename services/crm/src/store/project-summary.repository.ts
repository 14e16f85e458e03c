import { Schema, type Connection } from 'mongoose';
import { MongoStore, type HandlerContext } from '@client-portal/kit';
import type { ProjectSummary } from '../domain/activity.js';

type ProjectSummaryDocument = Omit<ProjectSummary, 'id'> & { _id: string };

const milestoneSchema = new Schema(
  { milestoneId: String, name: String, dueDate: String, done: Boolean },
  { _id: false },
);

const projectSummarySchema = new Schema<ProjectSummaryDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    name: { type: String, required: true },
    status: { type: String, required: true },
    progress: { type: Number, default: 0 },
    startDate: { type: String, default: '' },
    dueDate: { type: String, default: '' },
    completedAt: { type: String, default: '' },
    contractValueMinor: { type: Number, default: 0 },
    currency: { type: String, default: 'EUR' },
    milestones: { type: [milestoneSchema], default: [] },
    rating: { type: Schema.Types.Mixed, default: null },
    deleted: { type: Boolean, default: false },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// Metrics read one client's projects; the dashboard reads the tenant's.
projectSummarySchema.index({ tenantId: 1, clientId: 1 });

export const PROJECT_SUMMARIES_COLLECTION = 'project_summaries';

function toSummary(document: ProjectSummaryDocument): ProjectSummary {
  const { _id, ...rest } = document;
  return {
    id: _id,
    ...rest,
    milestones: rest.milestones.map((milestone) => ({ ...milestone })),
    rating: rest.rating ?? null,
  };
}

/**
 * crm's read model of projects as `crm.project.changed` describes them (the snapshot the timeline
 * compares the next one with, and what metrics and the dashboard count). Never cost, time or margin.
 */
export class ProjectSummaryRepository extends MongoStore<ProjectSummaryDocument> {
  constructor(connection: Connection) {
    super(connection, 'ProjectSummary', projectSummarySchema, PROJECT_SUMMARIES_COLLECTION);
  }

  async find(tenantId: string, projectId: string): Promise<ProjectSummary | undefined> {
    const document = await this.model.findOne({ _id: projectId, tenantId }).lean<ProjectSummaryDocument>();
    return document ? toSummary(document) : undefined;
  }

  /** Stores the snapshot, once per event. */
  async save(context: HandlerContext, summary: ProjectSummary): Promise<void> {
    const { id, tenantId, ...rest } = summary;
    await context.applyOnce(this.model, { _id: id, tenantId }, { $set: rest }, { upsert: true });
  }

  async markDeleted(context: HandlerContext, tenantId: string, projectId: string, at: Date): Promise<void> {
    await context.applyOnce(
      this.model,
      { _id: projectId, tenantId },
      { $set: { deleted: true, updatedAt: at } },
    );
  }

  async forClient(tenantId: string, clientId: string): Promise<ProjectSummary[]> {
    const documents = await this.model
      .find({ tenantId, clientId, deleted: false })
      .lean<ProjectSummaryDocument[]>();
    return documents.map(toSummary);
  }

  /** Every live project of the tenant (the dashboard's figures: an agency has hundreds, not millions). */
  async forTenant(tenantId: string): Promise<ProjectSummary[]> {
    const documents = await this.model.find({ tenantId, deleted: false }).lean<ProjectSummaryDocument[]>();
    return documents.map(toSummary);
  }
}

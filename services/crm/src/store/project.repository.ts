import { Schema, type Connection } from 'mongoose';
import {
  Keyset,
  MongoStore,
  isDuplicateKeyError,
  outboxPlugin,
  withOutbox,
  type OutboxEntry,
  type Page,
  type WithOutbox,
} from '@client-portal/kit';
import type { Project } from '../domain/project.js';

type ProjectDocument = Omit<Project, 'id'> & { _id: string } & WithOutbox;

const milestoneSchema = new Schema(
  {
    id: { type: String, required: true },
    name: String,
    dueDate: String,
    done: Boolean,
    doneAt: { type: Date, default: null },
  },
  { _id: false },
);

const timeEntrySchema = new Schema(
  {
    id: { type: String, required: true },
    staffId: String,
    staffName: String,
    date: String,
    minutes: Number,
    note: String,
    hourlyRateMinor: Number,
    createdAt: Date,
  },
  { _id: false },
);

const projectSchema = new Schema<ProjectDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    // The clients slice counts a client's projects by tenantId + clientId before deleting the client.
    clientId: { type: String, required: true },
    name: { type: String, required: true },
    status: { type: String, required: true },
    progress: { type: Number, required: true },
    startDate: { type: String, default: '' },
    dueDate: { type: String, default: '' },
    completedAt: { type: Date, default: null },
    contractValueMinor: { type: Number, default: 0 },
    currency: { type: String, required: true },
    estimatedCostMinor: { type: Number, default: 0 },
    defaultHourlyRateMinor: { type: Number, default: 0 },
    milestones: { type: [milestoneSchema], default: [] },
    timeEntries: { type: [timeEntrySchema], default: [] },
    rating: {
      type: new Schema(
        { score: Number, comment: String, ratedBy: String, ratedByName: String, ratedAt: Date },
        { _id: false },
      ),
      default: null,
    },
    version: { type: Number, required: true },
    createdBy: String,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// Lists by name: a client's projects (client page, portal) and the tenant's (staff overview).
const projectsByName = new Keyset('projects.byName', { name: 1, _id: 1 });
projectSchema.index(projectsByName.index({ tenantId: 1, clientId: 1 }));
projectSchema.index(projectsByName.index({ tenantId: 1 }));
// The sync order of the partner API: oldest change first (every write of a project moves updatedAt on).
const projectsByUpdate = new Keyset('projects.updated', { updatedAt: 1, _id: 1 });
projectSchema.index(projectsByUpdate.index({ tenantId: 1 }));
projectSchema.index(projectsByUpdate.index({ tenantId: 1, clientId: 1 }));
projectSchema.plugin(outboxPlugin);

/**
 * A deleted project leaves a tombstone carrying the `crm.project.deleted` event: the outbox lives in a
 * document, and the project's own document is gone. Its id is the project's, so a repeated delete
 * after a crash between the two writes finds the tombstone already there and finishes the job.
 */
type TombstoneDocument = {
  _id: string;
  tenantId: string;
  clientId: string;
  name: string;
  deletedBy: string;
  deletedAt: Date;
} & WithOutbox;

const tombstoneSchema = new Schema<TombstoneDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: String,
    name: String,
    deletedBy: String,
    deletedAt: Date,
  },
  { versionKey: false },
);
tombstoneSchema.plugin(outboxPlugin);

class ProjectTombstones extends MongoStore<TombstoneDocument> {
  constructor(connection: Connection) {
    super(connection, 'ProjectTombstone', tombstoneSchema, PROJECT_TOMBSTONES_COLLECTION);
  }

  async record(tombstone: Omit<TombstoneDocument, '_outbox'>, event: OutboxEntry): Promise<void> {
    try {
      await this.model.create({ ...tombstone, _outbox: [event] });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
}

export const PROJECTS_COLLECTION = 'projects';
export const PROJECT_TOMBSTONES_COLLECTION = 'project_tombstones';

function toProject(document: ProjectDocument): Project {
  const { _id, _outbox: _pending, ...rest } = document;
  return {
    id: _id,
    ...rest,
    milestones: rest.milestones.map((milestone) => ({ ...milestone, doneAt: milestone.doneAt ?? null })),
    timeEntries: rest.timeEntries.map((entry) => ({ ...entry })),
    rating: rest.rating ? { ...rest.rating } : null,
  };
}

/** The only code that touches crm's projects. Every query is scoped by tenant. */
export class ProjectRepository extends MongoStore<ProjectDocument> {
  private readonly tombstones: ProjectTombstones;

  constructor(connection: Connection) {
    super(connection, 'Project', projectSchema, PROJECTS_COLLECTION);
    this.tombstones = new ProjectTombstones(connection);
  }

  override async ensureIndexes(): Promise<void> {
    await super.ensureIndexes();
    await this.tombstones.ensureIndexes();
  }

  /** How many projects the client has (a client with projects is archived, never deleted). */
  async countOfClient(tenantId: string, clientId: string): Promise<number> {
    return this.model.countDocuments({ tenantId, clientId });
  }

  async insert(project: Project, ...events: OutboxEntry[]): Promise<void> {
    const { id, ...rest } = project;
    await this.model.create({ _id: id, ...rest, _outbox: events });
  }

  async find(tenantId: string, id: string): Promise<Project | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<ProjectDocument>();
    return document ? toProject(document) : undefined;
  }

  /**
   * Writes the project's new state only if it is still at `expectedVersion` (optimistic concurrency):
   * false means someone else changed it meanwhile and nothing was written.
   */
  async replace(project: Project, expectedVersion: number, ...events: OutboxEntry[]): Promise<boolean> {
    const { id, tenantId, clientId: _client, createdAt: _created, createdBy: _by, ...state } = project;
    const result = await this.model.updateOne(
      { _id: id, tenantId, version: expectedVersion },
      withOutbox({ $set: state }, ...events),
    );
    return result.modifiedCount === 1;
  }

  /** Deletes the project, leaving its tombstone with the deletion event; false when it changed meanwhile. */
  async delete(project: Project, deletedBy: string, event: OutboxEntry): Promise<boolean> {
    const current = await this.model
      .findOne({ _id: project.id, tenantId: project.tenantId, version: project.version })
      .lean<ProjectDocument>();
    if (!current) return false;
    await this.tombstones.record(
      {
        _id: project.id,
        tenantId: project.tenantId,
        clientId: project.clientId,
        name: project.name,
        deletedBy,
        deletedAt: new Date(),
      },
      event,
    );
    await this.model.deleteOne({ _id: project.id, tenantId: project.tenantId });
    return true;
  }

  static readonly listOrder = projectsByName;
  static readonly updateOrder = projectsByUpdate;

  /**
   * One page of the tenant's projects, or of one client's: by name (counted on the first page only),
   * or in the sync order (by update, not counted: its caller, the partner API, shows no total).
   */
  async list(
    tenantId: string,
    filter: { clientId: string; status: string; updatedSince: Date | null },
    page: Page,
    byUpdate = false,
  ): Promise<{ projects: Project[]; nextPageToken: string; total: number }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.clientId) query.clientId = filter.clientId;
    if (filter.status) query.status = filter.status;
    if (filter.updatedSince) query.updatedAt = { $gte: filter.updatedSince };
    if (byUpdate) {
      const { documents, nextPageToken } = await this.findPage(query, projectsByUpdate, page);
      return { projects: documents.map(toProject), nextPageToken, total: 0 };
    }
    // The count (first page only) and the page are asked at once (see findPage).
    const counting = page.carriedTotal ?? this.model.countDocuments(query).exec();
    if (counting instanceof Promise) counting.catch(() => undefined);
    const { documents, nextPageToken } = await this.findPage(query, projectsByName, page, counting);
    return { projects: documents.map(toProject), nextPageToken, total: await counting };
  }
}

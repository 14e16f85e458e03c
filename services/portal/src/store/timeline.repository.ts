import { Schema, type Connection } from 'mongoose';
import { Keyset, MongoStore, isDuplicateKeyError, type Page } from '@client-portal/kit';

/** One line of a workspace's timeline: a read model written only by portal's event consumer. */
export interface TimelineEntry {
  /** `<event id>|<workspace id>`: an event recorded twice (redelivery) is one entry. */
  id: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  /** The catalogue event type (portal.note.created, billing.invoice.paid, …). */
  type: string;
  subjectId: string;
  title: string;
  actorName: string;
  occurredAt: Date;
  clientVisible: boolean;
  /** The workspace module it belongs to ('' = the workspace itself): hidden from clients when off. */
  module: string;
}

type TimelineDocument = Omit<TimelineEntry, 'id'> & { _id: string };

const timelineSchema = new Schema<TimelineDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    clientId: { type: String, required: true },
    type: { type: String, required: true },
    subjectId: { type: String, required: true },
    title: { type: String, default: '' },
    actorName: { type: String, default: '' },
    occurredAt: { type: Date, required: true },
    clientVisible: { type: Boolean, required: true },
    module: { type: String, default: '' },
  },
  { versionKey: false },
);

/** Newest first; `_id` breaks ties between events of the same millisecond. */
export const TIMELINE_ORDER = new Keyset('workspace-timeline', { occurredAt: -1, _id: -1 });
timelineSchema.index(TIMELINE_ORDER.index({ tenantId: 1, workspaceId: 1 }));
timelineSchema.index({ tenantId: 1, subjectId: 1 });

export const TIMELINE_COLLECTION = 'workspace_timeline';

const toEntry = (document: TimelineDocument): TimelineEntry => ({
  id: document._id,
  tenantId: document.tenantId,
  workspaceId: document.workspaceId,
  clientId: document.clientId,
  type: document.type,
  subjectId: document.subjectId,
  title: document.title,
  actorName: document.actorName,
  occurredAt: document.occurredAt,
  clientVisible: document.clientVisible,
  module: document.module,
});

export class TimelineRepository extends MongoStore<TimelineDocument> {
  constructor(connection: Connection) {
    super(connection, 'WorkspaceTimelineEntry', timelineSchema, TIMELINE_COLLECTION);
  }

  /** Records an entry once: a redelivered event hits the unique `_id` and changes nothing. */
  async record(entry: TimelineEntry): Promise<void> {
    const { id, ...fields } = entry;
    try {
      await this.model.create({ _id: id, ...fields });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  /**
   * A thing became staff-only (a note made internal): its earlier entries leave the client's timeline
   * too. Never the other way round: what was internal stays out of the client's history.
   */
  async hideSubject(tenantId: string, subjectId: string): Promise<void> {
    await this.model.updateMany(
      { tenantId, subjectId, clientVisible: true },
      { $set: { clientVisible: false } },
    );
  }

  /**
   * One page of a workspace's timeline, newest first. For a client user: client-visible entries of
   * the modules switched on (and the workspace's own), filtered in the query.
   */
  async page(
    tenantId: string,
    workspaceId: string,
    page: Page,
    clientView?: { modules: readonly string[] },
  ): Promise<{ entries: TimelineEntry[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId, workspaceId };
    if (clientView) {
      query.clientVisible = true;
      query.module = { $in: ['', ...clientView.modules] };
    }
    const { documents, nextPageToken } = await this.findPage(query, TIMELINE_ORDER, page);
    return { entries: documents.map(toEntry), nextPageToken };
  }

  /** Whether a client user would see anything (the Timeline tab). */
  async hasClientVisible(
    tenantId: string,
    workspaceId: string,
    modules: readonly string[],
  ): Promise<boolean> {
    const found = await this.model
      .findOne({ tenantId, workspaceId, clientVisible: true, module: { $in: ['', ...modules] } })
      .select({ _id: 1 })
      .lean();
    return found !== null;
  }
}

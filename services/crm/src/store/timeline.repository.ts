import { Schema, type Connection } from 'mongoose';
import { Keyset, MongoStore, isDuplicateKeyError, type Page } from '@client-portal/kit';
import type { TimelineCategory, TimelineEntry } from '../domain/activity.js';

type TimelineDocument = Omit<TimelineEntry, 'id'> & { _id: string };

const timelineSchema = new Schema<TimelineDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    kind: { type: String, required: true },
    category: { type: String, required: true },
    params: { type: Schema.Types.Mixed, default: {} },
    actorId: { type: String, default: '' },
    actorName: { type: String, default: '' },
    occurredAt: { type: Date, required: true },
    linkType: { type: String, default: '' },
    linkId: { type: String, default: '' },
    body: { type: String, default: '' },
    editedAt: { type: Date, default: null },
  },
  { versionKey: false, minimize: false },
);
// A client's timeline, newest first; the kind filter adds its equality before the order.
const newestFirst = new Keyset('timeline.newestFirst', { occurredAt: -1, _id: -1 });
timelineSchema.index(newestFirst.index({ tenantId: 1, clientId: 1 }));
timelineSchema.index(newestFirst.index({ tenantId: 1, clientId: 1, category: 1 }));
// The dashboard's recent activity across clients.
timelineSchema.index(newestFirst.index({ tenantId: 1 }));

export const TIMELINE_COLLECTION = 'timeline';

function toEntry(document: TimelineDocument): TimelineEntry {
  const { _id, ...rest } = document;
  return { id: _id, ...rest, params: { ...rest.params }, editedAt: rest.editedAt ?? null };
}

/** The only code that touches the timeline: one document per event (its id as _id), plus notes. */
export class TimelineRepository extends MongoStore<TimelineDocument> {
  constructor(connection: Connection) {
    super(connection, 'TimelineEntry', timelineSchema, TIMELINE_COLLECTION);
  }

  static readonly order = newestFirst;

  /**
   * Records entries once: the id is the event's, so a redelivered event meets its own entry and
   * changes nothing (a duplicate key is the expected outcome, not an error).
   */
  async record(...entries: TimelineEntry[]): Promise<void> {
    for (const { id, ...rest } of entries) {
      try {
        await this.model.create({ _id: id, ...rest });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }

  async list(
    tenantId: string,
    clientId: string,
    category: TimelineCategory | '',
    page: Page,
  ): Promise<{ entries: TimelineEntry[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId, clientId };
    if (category) query.category = category;
    const { documents, nextPageToken } = await this.findPage(query, newestFirst, page);
    return { entries: documents.map(toEntry), nextPageToken };
  }

  async recent(tenantId: string, limit: number): Promise<TimelineEntry[]> {
    const documents = await this.model
      .find({ tenantId })
      .sort({ ...newestFirst.sort })
      .limit(limit)
      .lean<TimelineDocument[]>();
    return documents.map(toEntry);
  }

  async findNote(tenantId: string, clientId: string, noteId: string): Promise<TimelineEntry | undefined> {
    const document = await this.model
      .findOne({ _id: noteId, tenantId, clientId, kind: 'note' })
      .lean<TimelineDocument>();
    return document ? toEntry(document) : undefined;
  }

  /** Writes the note's new text only if nobody edited it since `readVersion` was read (optimistic). */
  async updateNote(note: TimelineEntry, previousEditedAt: Date | null): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: note.id, tenantId: note.tenantId, kind: 'note', editedAt: previousEditedAt },
      { $set: { body: note.body, editedAt: note.editedAt } },
    );
    return result.modifiedCount === 1;
  }

  async deleteNote(note: TimelineEntry): Promise<boolean> {
    const result = await this.model.deleteOne({
      _id: note.id,
      tenantId: note.tenantId,
      kind: 'note',
      actorId: note.actorId,
    });
    return result.deletedCount === 1;
  }
}

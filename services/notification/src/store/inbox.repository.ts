import { Schema, type Connection, type Model } from 'mongoose';
import {
  fromStored,
  insertWithEvents,
  Keyset,
  MongoStore,
  outboxPlugin,
  withOutbox,
  type OutboxEntry,
  type Page,
  type WithOutbox,
} from '@client-portal/kit';
import type { InboxNotification } from '../domain/inbox.js';

type InboxDocument = Omit<InboxNotification, 'id'> & { _id: string } & WithOutbox;

const inboxSchema = new Schema<InboxDocument>(
  {
    // inboxNotificationId(tenant, event, person): the unique _id is the once-per-event-and-person claim.
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    recipientUserId: { type: String, required: true },
    recipientKind: { type: String, required: true },
    clientId: { type: String, default: '' },
    kind: { type: String, required: true },
    title: { type: String, default: '' },
    body: { type: String, default: '' },
    link: { type: String, default: '' },
    sourceEventId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
  },
  { versionKey: false },
);
// One person's inbox, newest first; the unread ones (the bell's count) from the same prefix.
const inboxNewestFirst = new Keyset('inbox.newestFirst', { createdAt: -1, _id: -1 });
inboxSchema.index(inboxNewestFirst.index({ tenantId: 1, recipientUserId: 1 }));
inboxSchema.index({ tenantId: 1, recipientUserId: 1, readAt: 1 });
inboxSchema.plugin(outboxPlugin);

/**
 * One document per person whose "mark all read" carries the event for their other tabs (a bulk update
 * of many entries has no single document to hold it).
 */
interface ReadMarkDocument extends WithOutbox {
  _id: string;
  tenantId: string;
  recipientUserId: string;
  readAllAt: Date;
}
const readMarkSchema = new Schema<ReadMarkDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    recipientUserId: { type: String, required: true },
    readAllAt: { type: Date, required: true },
  },
  { versionKey: false },
);
readMarkSchema.plugin(outboxPlugin);

export const INBOX_COLLECTION = 'inbox_notifications';
export const INBOX_READ_MARKS_COLLECTION = 'inbox_read_marks';

function toInboxNotification(document: InboxDocument): InboxNotification {
  const { _outbox: _pending, ...rest } = document;
  return fromStored<InboxNotification>({ ...rest, readAt: rest.readAt ?? null });
}

/** The only code that touches the in-app inbox. Every query names the tenant and the person. */
export class InboxRepository extends MongoStore<InboxDocument> {
  private readonly readMarks: Model<ReadMarkDocument>;

  constructor(connection: Connection) {
    super(connection, 'InboxNotification', inboxSchema, INBOX_COLLECTION);
    this.readMarks = this.secondaryModel('InboxReadMark', readMarkSchema, INBOX_READ_MARKS_COLLECTION);
  }

  static readonly listOrder = inboxNewestFirst;

  /** Claims the entry by inserting it with its event; false when this event already reached this person. */
  insert(notification: InboxNotification, event: OutboxEntry): Promise<boolean> {
    return insertWithEvents(this.model, notification, [event]);
  }

  /** One of the person's entries; undefined for anyone else's (or none). */
  async findOwn(
    tenantId: string,
    recipientUserId: string,
    id: string,
  ): Promise<InboxNotification | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId, recipientUserId }).lean<InboxDocument>();
    return document ? toInboxNotification(document) : undefined;
  }

  async list(
    tenantId: string,
    recipientUserId: string,
    filter: { unreadOnly: boolean },
    page: Page,
  ): Promise<{ notifications: InboxNotification[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId, recipientUserId };
    if (filter.unreadOnly) query.readAt = null;
    const { documents, nextPageToken } = await this.findPage(query, inboxNewestFirst, page);
    return { notifications: documents.map(toInboxNotification), nextPageToken };
  }

  /** Counted from the entries themselves, never kept as a counter (FerretDB's $inc is not atomic). */
  countUnread(tenantId: string, recipientUserId: string): Promise<number> {
    return this.model.countDocuments({ tenantId, recipientUserId, readAt: null });
  }

  /** Marks one unread entry read, with its event; false when it was read already. */
  async markRead(notification: InboxNotification, readAt: Date, event: OutboxEntry): Promise<boolean> {
    const result = await this.model.updateOne(
      {
        _id: notification.id,
        tenantId: notification.tenantId,
        recipientUserId: notification.recipientUserId,
        readAt: null,
      },
      withOutbox({ $set: { readAt } }, event),
    );
    return result.modifiedCount > 0;
  }

  /** Marks every unread entry of the person read; the event rides on the person's read mark. */
  async markAllRead(
    tenantId: string,
    recipientUserId: string,
    readAt: Date,
    event: OutboxEntry,
  ): Promise<number> {
    const result = await this.model.updateMany(
      { tenantId, recipientUserId, readAt: null },
      { $set: { readAt } },
    );
    await this.readMarks.updateOne(
      { _id: `${tenantId}|${recipientUserId}` },
      withOutbox({ $set: { tenantId, recipientUserId, readAllAt: readAt } }, event),
      { upsert: true },
    );
    return result.modifiedCount;
  }
}

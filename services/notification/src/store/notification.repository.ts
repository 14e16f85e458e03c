import { Schema, type Connection } from 'mongoose';
import {
  MongoStore,
  outboxPlugin,
  withOutbox,
  Keyset,
  type OutboxEntry,
  type Page,
  type WithOutbox,
  fromStored,
} from '@client-portal/kit';
import type { Notification } from '../domain/notification.js';

type NotificationDocument = Omit<Notification, 'id'> & { _id: string } & WithOutbox;

const notificationSchema = new Schema<NotificationDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    channel: { type: String, required: true },
    recipient: { type: String, required: true },
    subject: { type: String, required: true },
    template: { type: String, required: true },
    status: { type: String, required: true },
    error: { type: String, default: '' },
    sourceEventId: { type: String, required: true },
    attempts: { type: Number, default: 0 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// One e-mail per event and recipient, however often the event is delivered.
notificationSchema.index({ sourceEventId: 1, recipient: 1 }, { unique: true });
// The log: newest first, the tenant's or one recipient's.
const notificationsNewestFirst = new Keyset('notifications.newestFirst', { createdAt: -1, _id: -1 });
notificationSchema.index(notificationsNewestFirst.index({ tenantId: 1 }));
notificationSchema.index(notificationsNewestFirst.index({ tenantId: 1, recipient: 1 }));
notificationSchema.plugin(outboxPlugin);

export const NOTIFICATIONS_COLLECTION = 'notifications';

function toNotification(document: NotificationDocument): Notification {
  return fromStored<Notification>(document);
}

/** The only code that touches notification's log. Every query is scoped by tenant. */
export class NotificationRepository extends MongoStore<NotificationDocument> {
  constructor(connection: Connection) {
    super(connection, 'Notification', notificationSchema, NOTIFICATIONS_COLLECTION);
  }

  async findBySource(
    tenantId: string,
    sourceEventId: string,
    recipient: string,
  ): Promise<Notification | undefined> {
    const document = await this.model
      .findOne({ tenantId, sourceEventId, recipient })
      .lean<NotificationDocument>();
    return document ? toNotification(document) : undefined;
  }

  /** Records an attempt's outcome on the one entry of this event and recipient, with its event. */
  async recordAttempt(notification: Notification, ...events: OutboxEntry[]): Promise<void> {
    const {
      id,
      tenantId,
      sourceEventId,
      recipient,
      createdAt,
      attempts: _attempts,
      ...outcome
    } = notification;
    await this.model.updateOne(
      { tenantId, sourceEventId, recipient },
      withOutbox({ $set: outcome, $setOnInsert: { _id: id, createdAt }, $inc: { attempts: 1 } }, ...events),
      { upsert: true },
    );
  }

  /** The list's order, for reading its page tokens. */
  static readonly listOrder = notificationsNewestFirst;

  /** Newest first. Not counted: "has more" only. */
  async list(
    tenantId: string,
    filter: { recipient: string },
    page: Page,
  ): Promise<{ notifications: Notification[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.recipient) query.recipient = filter.recipient;
    const { documents, nextPageToken } = await this.findPage(query, notificationsNewestFirst, page);
    return { notifications: documents.map(toNotification), nextPageToken };
  }
}

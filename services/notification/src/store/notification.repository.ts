import { Schema, type Connection, type Model } from 'mongoose';
import {
  MongoStore,
  outboxPlugin,
  withOutbox,
  Keyset,
  claimByInsert,
  insertUnique,
  type OutboxEntry,
  type Page,
  type WithOutbox,
  fromStored,
} from '@client-portal/kit';
import type {
  Channel,
  Notification,
  NotificationPayload,
  NotificationStatus,
} from '../domain/notification.js';

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
    nextAttemptAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
// One notification per event and recipient (an address or a number), however often the event comes.
// The claim itself is the `_id` (deliveryId: tenant, event, channel, recipient); this index also holds
// for entries written before issue 12, whose ids were random.
notificationSchema.index({ sourceEventId: 1, recipient: 1 }, { unique: true });
// The log: newest first, the tenant's, one recipient's, or one status's.
const notificationsNewestFirst = new Keyset('notifications.newestFirst', { createdAt: -1, _id: -1 });
notificationSchema.index(notificationsNewestFirst.index({ tenantId: 1 }));
notificationSchema.index(notificationsNewestFirst.index({ tenantId: 1, recipient: 1 }));
notificationSchema.index(notificationsNewestFirst.index({ tenantId: 1, status: 1 }));
// The retrier's scan: what is due, across tenants.
notificationSchema.index({ status: 1, nextAttemptAt: 1 });
notificationSchema.plugin(outboxPlugin);

/** What a notification sends, beside it (the log's documents, scanned by the outbox relay, stay small). */
interface PayloadDocument {
  _id: string;
  payload: NotificationPayload;
  createdAt: Date;
}

const payloadSchema = new Schema<PayloadDocument>(
  {
    _id: { type: String, required: true },
    payload: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** One attempt after the first, claimed by inserting `<notificationId>|<attempt>`: one replica makes it. */
interface AttemptClaimDocument {
  _id: string;
  notificationId: string;
  attempt: number;
  claimedAt: Date;
}

const attemptClaimSchema = new Schema<AttemptClaimDocument>(
  {
    _id: { type: String, required: true },
    notificationId: { type: String, required: true },
    attempt: { type: Number, required: true },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const NOTIFICATIONS_COLLECTION = 'notifications';
export const NOTIFICATION_ATTEMPTS_COLLECTION = 'notification_attempts';
export const NOTIFICATION_PAYLOADS_COLLECTION = 'notification_payloads';

function toNotification(document: NotificationDocument): Notification {
  const notification = fromStored<Notification>(document);
  // Entries written before issue 12 had neither; they were sent or failed for good.
  return { ...notification, nextAttemptAt: notification.nextAttemptAt ?? null };
}

/** What an attempt's outcome changes on the entry. */
export interface AttemptOutcome {
  status: NotificationStatus;
  error: string;
  attempts: number;
  nextAttemptAt: Date | null;
  updatedAt: Date;
}

/**
 * The only code that touches notification's log. Every query the staff's log makes is scoped by
 * tenant; the retrier's scan is the one that reads across tenants (it acts for the platform).
 */
export class NotificationRepository extends MongoStore<NotificationDocument> {
  private readonly attemptClaims: Model<AttemptClaimDocument>;
  private readonly payloads: Model<PayloadDocument>;

  constructor(connection: Connection) {
    super(connection, 'Notification', notificationSchema, NOTIFICATIONS_COLLECTION);
    this.attemptClaims = this.secondaryModel(
      'NotificationAttempt',
      attemptClaimSchema,
      NOTIFICATION_ATTEMPTS_COLLECTION,
    );
    this.payloads = this.secondaryModel(
      'NotificationPayload',
      payloadSchema,
      NOTIFICATION_PAYLOADS_COLLECTION,
    );
  }

  /**
   * Claims the delivery of one event to one recipient on one channel by inserting its entry (status
   * sending, first attempt). False: it exists already (a redelivery, a replay or another replica):
   * whoever inserted it sends it, so nothing goes twice.
   */
  async claim(notification: Notification, payload: NotificationPayload): Promise<boolean> {
    // The payload first: whoever wins the claim finds it there (a duplicate is the same message).
    await insertUnique(this.payloads, { _id: notification.id, payload, createdAt: notification.createdAt });
    return claimByInsert<Notification>(this.model, notification);
  }

  /** What a notification sends; undefined for entries written before issue 12. */
  async payloadOf(id: string): Promise<NotificationPayload | undefined> {
    const document = await this.payloads.findOne({ _id: id }).lean<PayloadDocument>();
    return document?.payload;
  }

  /** Claims attempt number `attempt` (2 or more) of a notification; false when another replica did. */
  async claimAttempt(notificationId: string, attempt: number, now: Date): Promise<boolean> {
    return claimByInsert<{ id: string; notificationId: string; attempt: number; claimedAt: Date }>(
      this.attemptClaims,
      { id: `${notificationId}|${attempt}`, notificationId, attempt, claimedAt: now },
    );
  }

  /** Records an attempt's outcome (only the claimer of that attempt writes it), with its event if any. */
  async record(id: string, outcome: AttemptOutcome, ...events: OutboxEntry[]): Promise<void> {
    const update = { $set: outcome };
    await this.model.updateOne({ _id: id }, events.length > 0 ? withOutbox(update, ...events) : update);
  }

  async find(tenantId: string, id: string): Promise<Notification | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<NotificationDocument>();
    return document ? toNotification(document) : undefined;
  }

  /** The entry of an event to a recipient on a channel (any status), when there is one. */
  async findBySource(
    tenantId: string,
    sourceEventId: string,
    recipient: string,
    channel: Channel = 'email',
  ): Promise<Notification | undefined> {
    const document = await this.model
      .findOne({ tenantId, sourceEventId, recipient, channel })
      .lean<NotificationDocument>();
    return document ? toNotification(document) : undefined;
  }

  /**
   * What the retrier should try now, oldest due first: entries waiting for their next attempt, and
   * entries left "sending" by a replica that stopped mid-attempt (not updated for `staleBefore`).
   */
  async due(now: Date, staleBefore: Date, limit: number): Promise<Notification[]> {
    const [waiting, stale] = await Promise.all([
      this.model
        .find({ status: 'retrying', nextAttemptAt: { $lte: now } })
        .sort({ nextAttemptAt: 1 })
        .limit(limit)
        .lean<NotificationDocument[]>(),
      this.model
        .find({ status: 'sending', updatedAt: { $lte: staleBefore } })
        .sort({ updatedAt: 1 })
        .limit(limit)
        .lean<NotificationDocument[]>(),
    ]);
    return [...waiting, ...stale].slice(0, limit).map(toNotification);
  }

  /** The list's order, for reading its page tokens. */
  static readonly listOrder = notificationsNewestFirst;

  /** Newest first. Not counted: "has more" only. */
  async list(
    tenantId: string,
    filter: { recipient: string; status: NotificationStatus | '' },
    page: Page,
  ): Promise<{ notifications: Notification[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.recipient) query.recipient = filter.recipient;
    if (filter.status) query.status = filter.status;
    const { documents, nextPageToken } = await this.findPage(query, notificationsNewestFirst, page);
    return { notifications: documents.map(toNotification), nextPageToken };
  }
}

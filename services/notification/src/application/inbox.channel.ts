import type { EventEnvelope, EventOutbox, Logger } from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import type { InAppMessage, NotificationKind, Recipient } from '../domain/delivery.js';
import { clientOfEvent, mayReachInbox, newInboxNotification } from '../domain/inbox.js';
import type { InboxRepository } from '../store/inbox.repository.js';
import type { InAppChannel } from './dispatcher.js';

/**
 * The dispatcher's in-app channel: one inbox entry per event and person, claimed by inserting it under
 * an id derived from both (a redelivered or replayed event, or a second replica, finds it taken), and
 * `notification.inbox.posted` with it, which the gateway streams to that person's open screens.
 */
export class InboxChannel implements InAppChannel {
  constructor(
    private readonly inbox: InboxRepository,
    private readonly outbox: EventOutbox<ProducedBy<'notification'>>,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async post(
    event: EventEnvelope,
    recipient: Recipient,
    kind: NotificationKind,
    message: InAppMessage,
  ): Promise<void> {
    if (!mayReachInbox(event.data, recipient)) {
      // A handler chose a client user for something that is not theirs: never shown, and said so.
      this.logger.warn(
        { eventId: event.id, type: event.type, kind },
        'in-app notification held back: the event is not for this client user',
      );
      return;
    }
    const notification = newInboxNotification({
      tenantId: event.tenantId,
      sourceEventId: event.id,
      recipient,
      kind,
      message,
      clientId: clientOfEvent(event.data),
      now: this.clock(),
    });
    await this.inbox.insert(
      notification,
      this.outbox.entry({
        type: 'notification.inbox.posted',
        tenantId: notification.tenantId,
        subject: notification.id,
        data: {
          notificationId: notification.id,
          recipientUserId: notification.recipientUserId,
          recipientKind: notification.recipientKind,
          clientId: notification.clientId,
          kind: notification.kind,
          title: notification.title,
          body: notification.body,
          link: notification.link,
          createdAt: notification.createdAt.toISOString(),
          sourceEventId: notification.sourceEventId,
        },
      }),
    );
  }
}

import { DomainError, pageInfo, type EventOutbox, type Principal } from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import type { InboxNotification } from '../domain/inbox.js';
import { InboxRepository } from '../store/inbox.repository.js';

/** A person's own inbox: who they are is the only key (a staff member or a client user, never a service). */
interface Owner {
  tenantId: string;
  userId: string;
  kind: 'staff' | 'client';
  clientId: string;
}

function ownerOf(principal: Principal): Owner {
  if (principal.kind === 'service') throw DomainError.forbidden('The inbox belongs to a person');
  return {
    tenantId: principal.tenantId,
    userId: principal.userId,
    kind: principal.kind,
    clientId: principal.kind === 'client' ? (principal.clientId ?? '') : '',
  };
}

/** The inbox's use cases: list, count, mark one read, mark all read; the caller's own entries only. */
export class InboxService {
  constructor(
    private readonly inbox: InboxRepository,
    private readonly outbox: EventOutbox<ProducedBy<'notification'>>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(
    principal: Principal,
    request: { page: { pageSize?: number; pageToken?: string } | null; unreadOnly: boolean },
  ) {
    const owner = ownerOf(principal);
    const page = InboxRepository.listOrder.read(request.page);
    const [{ notifications, nextPageToken }, unreadCount] = await Promise.all([
      this.inbox.list(owner.tenantId, owner.userId, { unreadOnly: request.unreadOnly }, page),
      this.inbox.countUnread(owner.tenantId, owner.userId),
    ]);
    return { notifications, page: pageInfo(nextPageToken), unreadCount };
  }

  async countUnread(principal: Principal): Promise<number> {
    const owner = ownerOf(principal);
    return this.inbox.countUnread(owner.tenantId, owner.userId);
  }

  /** Someone else's entry, or one that does not exist, answers NOT_FOUND alike. */
  async markRead(
    principal: Principal,
    notificationId: string,
  ): Promise<{ notification: InboxNotification; unreadCount: number }> {
    const owner = ownerOf(principal);
    const id = notificationId.trim();
    if (!id)
      throw DomainError.invalid('Say which notification', [
        { field: 'notificationId', message: 'Required', code: 'required' },
      ]);
    const found = await this.inbox.findOwn(owner.tenantId, owner.userId, id);
    if (!found) throw DomainError.notFound('Notification', id);
    let notification = found;
    if (!found.readAt) {
      const readAt = this.clock();
      await this.inbox.markRead(
        found,
        readAt,
        this.outbox.entry({
          type: 'notification.inbox.read',
          tenantId: owner.tenantId,
          subject: owner.userId,
          data: {
            recipientUserId: owner.userId,
            recipientKind: owner.kind,
            clientId: owner.clientId,
            notificationId: found.id,
            readAt: readAt.toISOString(),
          },
        }),
      );
      notification = (await this.inbox.findOwn(owner.tenantId, owner.userId, id)) ?? found;
    }
    return { notification, unreadCount: await this.inbox.countUnread(owner.tenantId, owner.userId) };
  }

  async markAllRead(principal: Principal): Promise<{ marked: number; unreadCount: number }> {
    const owner = ownerOf(principal);
    const readAt = this.clock();
    const marked = await this.inbox.markAllRead(
      owner.tenantId,
      owner.userId,
      readAt,
      this.outbox.entry({
        type: 'notification.inbox.read',
        tenantId: owner.tenantId,
        subject: owner.userId,
        data: {
          recipientUserId: owner.userId,
          recipientKind: owner.kind,
          clientId: owner.clientId,
          notificationId: '',
          readAt: readAt.toISOString(),
        },
      }),
    );
    return { marked, unreadCount: await this.inbox.countUnread(owner.tenantId, owner.userId) };
  }
}

import { eventSchemas, type CatalogueEvent, type EventOfType } from '@client-portal/events';
import type { EventSubscriptions, HandlerContext } from '@client-portal/kit';
import type { NotificationService } from '../application/notification.service.js';
import type { BrandingRepository } from '../store/branding.repository.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';
import type { MentionNotifier } from '../application/mention.notifier.js';
import type { EventNotifications } from '../application/event-notifications.service.js';
import type { TaskDueRepository } from '../store/task-due.repository.js';

/**
 * What notification consumes, in one place: invitations and client messages to e-mail, and workspace
 * names for those e-mails. Events arrive checked against the catalogue; one that does not fit is
 * dead-lettered with the reason. A handler that cannot send throws, so the consumer retries and in the
 * end dead-letters the event; deliveries already made are not repeated.
 */
export function notificationSubscriptions(
  notifications: NotificationService,
  workspaces: WorkspaceRepository,
  brandings: BrandingRepository | undefined,
  /** Issue 12 (notify-events): the events that notify real people, through the recipient directory. */
  events: EventNotifications,
  /** Issue 12 (notify-events): the open tasks that will fall due, for the due-task scan. */
  dueTasks: TaskDueRepository,
  /** Message actions (issue 12): kind `mention`. */
  mentions?: MentionNotifier,
): EventSubscriptions<CatalogueEvent> {
  /** Keeps the copy of a task that may fall due: open, dated and assigned; anything else leaves it. */
  const followTask = async (
    event:
      | EventOfType<'portal.task.created'>
      | EventOfType<'portal.task.updated'>
      | EventOfType<'portal.task.completed'>,
    context: HandlerContext,
  ) => {
    const { data } = event;
    if (data.status === 'done' || !data.dueDate || !data.assignee) {
      await dueTasks.forget(event.tenantId, data.taskId);
      return;
    }
    await dueTasks.record(context, {
      id: data.taskId,
      tenantId: event.tenantId,
      workspaceId: data.workspaceId,
      clientId: data.clientId,
      clientVisible: data.clientVisible,
      title: data.title,
      assigneeKind: data.assignee.kind,
      assigneeId: data.assignee.id,
      dueDate: data.dueDate,
    });
  };
  return {
    topics: ['identity.events', 'messaging.events', 'portal.events', 'billing.events'],
    schemas: eventSchemas,
    handlers: {
      'identity.invitation.sent': (event) => notifications.sendInvitation(event),
      'identity.staff.invited': (event) => notifications.sendTeamInvitation(event),
      // ---- notify-events slice (issue 12): each to real people, through the dispatcher ----
      'messaging.message.posted': (event) => events.newMessage(event),
      'billing.document.sent': (event) => events.documentSent(event),
      'billing.quote.accepted': (event) => events.quoteAnswered(event),
      'billing.quote.rejected': (event) => events.quoteAnswered(event),
      'billing.document.commented': (event) => events.documentComment(event),
      'billing.payment.recorded': (event) => events.paymentReceived(event),
      'billing.invoice.reminded': (event) => events.invoiceOverdue(event),
      'billing.invoice.paid': (event) => events.invoicePaid(event),
      'billing.order.placed': (event) => events.orderPlaced(event),
      'portal.file.shared': (event) => events.fileShared(event),
      'portal.deliverable.submitted': (event) => events.deliverableSubmitted(event),
      'portal.deliverable.decided': (event) => events.deliverableDecided(event),
      'portal.task.created': async (event, context) => {
        await followTask(event, context);
        await events.taskAssigned(event);
      },
      'portal.task.updated': async (event, context) => {
        await followTask(event, context);
        await events.taskAssigned(event);
      },
      'portal.task.completed': (event, context) => followTask(event, context),
      'portal.task.deleted': (event) => dueTasks.forget(event.tenantId, event.data.taskId),
      // ---- end of notify-events ----
      'messaging.message.mentioned': async (event) => {
        await mentions?.notify(event);
      },
      // The tenant's branding, for every e-mail's logo, colours and name.
      'identity.branding.changed': async ({ tenantId, data }, context) => {
        await brandings?.record(context, {
          tenantId,
          slug: data.slug,
          name: data.name,
          primaryColor: data.primaryColor,
          accentColor: data.accentColor,
          logoSha256: data.logoSha256,
          senderName: data.senderName,
          replyTo: data.replyTo,
          defaultLanguage: data.defaultLanguage,
          brandingVersion: data.brandingVersion,
        });
      },
      'portal.workspace.created': async ({ tenantId, data }, context) => {
        await workspaces.recordCreated(context, {
          id: data.workspaceId,
          tenantId,
          clientId: data.clientId,
          clientName: data.clientName,
          name: data.name,
        });
      },
    },
  };
}

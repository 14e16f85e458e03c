import type { EventEnvelope, Logger } from '@client-portal/kit';
import type { EventOfType } from '@client-portal/events';
import { normalizeRecipient, type TemplateName } from '../domain/notification.js';
import {
  addressOnly,
  type InAppMessage,
  type NotificationKind,
  type Recipient,
  type Rendered,
} from '../domain/delivery.js';
import type { RenderedEmail } from '../domain/templates.js';
import { newMessageEmail } from '../domain/templates.js';
import { documentCommentEmail, quoteAnsweredEmail } from '../domain/quote-answers.template.js';
import { documentSentEmail } from '../domain/documents.template.js';
import { receiptEmail } from '../domain/payments.template.js';
import { invoiceReminderEmail } from '../domain/invoice-reminder.template.js';
import { formatOrderTotal, orderPlacedEmail } from '../domain/catalog.template.js';
import { fileSharedNotice } from '../domain/file-shared.template.js';
import { deliverableAwaitingNotice } from '../domain/deliverable-awaiting-approval.template.js';
import { deliverableDecidedNotice } from '../domain/deliverable-decided.template.js';
import { invoicePaidNotice } from '../domain/invoice-paid.template.js';
import { taskAssignedNotice } from '../domain/task-assigned.template.js';
import type { Dispatcher } from './dispatcher.js';
import type { RecipientFilter, RecipientLookup } from '../adapters/recipient.directory.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';

/** The tenant's name and language (identity), for the wording of notices. */
export interface TenantNames {
  tenantOf(tenantId: string): Promise<{ name: string; language: string }>;
}

/** Staff who hear of what a client does: the owners and admins (they follow every client). */
const FOLLOWING_STAFF = ['owner', 'admin'];

/**
 * The events that notify (issue 12 §5), each to real people resolved by identity's recipient directory
 * (user ids, so the inbox and preferences apply) and through the dispatcher. Rules:
 * - what a client does reaches the staff who follow clients (owners and admins);
 * - what staff share reaches the client users who may see it there (the workspace, the right it needs);
 * - an internal thing (clientVisible false) never reaches a client user;
 * - the person who acted is not told of their own act.
 */
export class EventNotifications {
  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly people: RecipientLookup,
    private readonly workspaces: WorkspaceRepository,
    private readonly tenants: TenantNames,
    private readonly webUrl: string,
    private readonly logger: Logger,
  ) {}

  private url(path: string): string {
    return `${this.webUrl.replace(/\/$/, '')}${path}`;
  }

  private async find(event: EventEnvelope, filter: RecipientFilter, exceptUserId = ''): Promise<Recipient[]> {
    const found = await this.people.recipients(event.tenantId, filter);
    const recipients = found.filter((person) => !exceptUserId || person.userId !== exceptUserId);
    if (recipients.length === 0)
      this.logger.info({ eventId: event.id, type: event.type }, 'nobody to notify of this event');
    return recipients;
  }

  private async send(
    event: EventEnvelope,
    kind: NotificationKind,
    template: TemplateName,
    recipients: Recipient[],
    render: (recipient: Recipient) =>
      | { email: RenderedEmail; inApp: InAppMessage }
      | Promise<{
          email: RenderedEmail;
          inApp: InAppMessage;
        }>,
  ): Promise<void> {
    if (recipients.length === 0) return;
    await this.dispatcher.dispatch(event, kind, recipients, async (recipient): Promise<Rendered> => {
      const { email, inApp } = await render(recipient);
      return { template, email, inApp };
    });
  }

  /** An e-mail written by an older template and its in-app entry: the subject, and where the link leads. */
  private static withEntry(
    email: RenderedEmail,
    link: string,
    body = '',
  ): { email: RenderedEmail; inApp: InAppMessage } {
    return { email, inApp: { title: email.subject, body: body.slice(0, 200), link: new URL(link).pathname } };
  }

  /**
   * The client's people known by address (billing events carry addresses): those with a portal
   * account get their user id (inbox, preferences); the others are e-mailed by address only.
   */
  private async withAccounts(
    event: EventEnvelope,
    clientId: string,
    addresses: { email: string; name: string; language: string }[],
  ): Promise<Recipient[]> {
    // Matching addresses to accounts only adds the inbox and preferences: while identity cannot be
    // asked, the e-mails still go to the addresses the event carries (nothing waits, nothing is lost).
    const accounts = await this.people.recipients(event.tenantId, { clientId }).catch((error: unknown) => {
      this.logger.warn(
        { eventId: event.id, error: error instanceof Error ? error.message : String(error) },
        'the recipient directory could not be asked: e-mailing the addresses as they are',
      );
      return [];
    });
    const byEmail = new Map(accounts.map((person) => [normalizeRecipient(person.email), person]));
    const seen = new Set<string>();
    const recipients: Recipient[] = [];
    for (const address of addresses) {
      const email = normalizeRecipient(address.email);
      if (!email || seen.has(email)) continue;
      seen.add(email);
      const account = byEmail.get(email);
      // The language the billing contact was given wins: it is what the client chose for documents.
      recipients.push(
        account
          ? { ...account, language: address.language || account.language, name: address.name || account.name }
          : addressOnly(email, { name: address.name, language: address.language }),
      );
    }
    return recipients;
  }

  // ------------------------------------------------------------------------------------------ messages

  /**
   * A new message: a client's reaches the staff who follow clients; a staff member's reaches the client
   * users who may see that conversation (its audience when it has one), never when it is internal —
   * an internal message reaches the following staff instead. The author is never told.
   */
  async newMessage(event: EventOfType<'messaging.message.posted'>): Promise<void> {
    const { data } = event;
    const clientVisible = data.clientVisible;
    const audience = data.clientAudience;
    const workspace = data.workspaceId
      ? await this.workspaces.find(event.tenantId, data.workspaceId)
      : undefined;
    let recipients: Recipient[];
    if (data.author.kind === 'staff' && clientVisible) {
      const clientUsers = await this.find(
        event,
        { clientId: data.clientId, workspaceId: data.workspaceId },
        data.author.userId,
      );
      recipients =
        audience.length > 0 ? clientUsers.filter((person) => audience.includes(person.userId)) : clientUsers;
    } else {
      recipients = await this.find(event, { staffRoles: FOLLOWING_STAFF }, data.author.userId);
    }
    // Whatever the directory answers, an internal message goes to staff only.
    if (!clientVisible) recipients = recipients.filter((person) => person.kind === 'staff');
    const placeName = [workspace?.name || workspace?.clientName || '', data.conversationSubject]
      .filter(Boolean)
      .join(' · ');
    await this.send(event, 'new-message', 'new-message', recipients, (recipient) => {
      const link =
        recipient.kind === 'staff'
          ? this.url(`/app/clients/${encodeURIComponent(data.clientId)}`)
          : this.url(
              data.workspaceId ? `/portal/workspaces/${encodeURIComponent(data.workspaceId)}` : '/portal',
            );
      const email = newMessageEmail(recipient.language, {
        authorName:
          data.author.displayName || (data.author.kind === 'client' ? 'Your client' : 'Your agency'),
        placeName,
        body: data.body,
        link,
      });
      return EventNotifications.withEntry(email, link, data.body);
    });
  }

  // --------------------------------------------------------------------------------- workspace content

  /**
   * A file became visible: shared with the client (clientVisible), staff's upload reaches the client
   * users of that workspace who may view it; a client's upload reaches the following staff. An internal
   * file notifies nobody.
   */
  async fileShared(event: EventOfType<'portal.file.shared'>): Promise<void> {
    const { data } = event;
    if (!data.clientVisible) return;
    const fromClient = data.actorKind === 'client';
    const recipients = fromClient
      ? await this.find(event, { staffRoles: FOLLOWING_STAFF }, data.actorUserId)
      : await this.find(
          event,
          { clientId: data.clientId, workspaceId: data.workspaceId, right: 'view' },
          data.actorUserId,
        );
    const workspace = await this.workspaces.find(event.tenantId, data.workspaceId);
    const tenant = await this.tenants.tenantOf(event.tenantId);
    await this.send(event, 'file-shared', 'file-shared', recipients, (recipient) =>
      fileSharedNotice(recipient.language, {
        recipientName: recipient.name,
        tenantName: tenant.name,
        actorName: data.actorName,
        fileName: data.title,
        workspaceName: workspace?.name ?? '',
        link:
          recipient.kind === 'staff'
            ? this.url(`/app/clients/${encodeURIComponent(data.clientId)}`)
            : this.url(`/portal/workspaces/${encodeURIComponent(data.workspaceId)}`),
      }),
    );
  }

  /** A deliverable version awaits a decision: the client users who may approve in that workspace. */
  async deliverableSubmitted(event: EventOfType<'portal.deliverable.submitted'>): Promise<void> {
    const { data } = event;
    if (!data.clientVisible) return;
    const recipients = await this.find(event, {
      clientId: data.clientId,
      workspaceId: data.workspaceId,
      right: 'approve',
    });
    const workspace = await this.workspaces.find(event.tenantId, data.workspaceId);
    const tenant = await this.tenants.tenantOf(event.tenantId);
    await this.send(
      event,
      'deliverable-awaiting-approval',
      'deliverable-awaiting-approval',
      recipients,
      (recipient) =>
        deliverableAwaitingNotice(recipient.language, {
          recipientName: recipient.name,
          tenantName: tenant.name,
          title: data.title,
          version: data.version,
          workspaceName: workspace?.name ?? '',
          link: this.url(`/portal/workspaces/${encodeURIComponent(data.workspaceId)}`),
        }),
    );
  }

  /** A client user approved a version or asked for changes: the following staff. */
  async deliverableDecided(event: EventOfType<'portal.deliverable.decided'>): Promise<void> {
    const { data } = event;
    const recipients = await this.find(event, { staffRoles: FOLLOWING_STAFF });
    const workspace = await this.workspaces.find(event.tenantId, data.workspaceId);
    const kind: NotificationKind =
      data.decision === 'approved' ? 'deliverable-approved' : 'deliverable-changes-requested';
    await this.send(event, kind, 'deliverable-decided', recipients, (recipient) =>
      deliverableDecidedNotice(recipient.language, {
        recipientName: recipient.name,
        decision: data.decision,
        actorName: data.actorName || workspace?.clientName || '',
        clientName: workspace?.clientName ?? '',
        title: data.title,
        version: data.version,
        fullyApproved: data.versionStatus === 'approved',
        link: this.url(`/app/clients/${encodeURIComponent(data.clientId)}`),
      }),
    );
  }

  /**
   * A task was given to someone (created with an assignee, or handed to another): that person — a
   * staff member, or the client user who is the assigned contact when the task is client-visible.
   */
  async taskAssigned(
    event: EventOfType<'portal.task.created'> | EventOfType<'portal.task.updated'>,
  ): Promise<void> {
    const { data } = event;
    const assignee = data.assignee;
    if (!data.newlyAssigned || !assignee) return;
    if (assignee.kind === 'contact' && !data.clientVisible) return;
    const found =
      assignee.kind === 'staff'
        ? await this.find(event, { userIds: [assignee.id] })
        : await this.find(event, { contactIds: [assignee.id] });
    // A contact's login of another client, or a staff id that names a client user: nobody.
    const recipients = found.filter(
      (person) => person.kind === (assignee.kind === 'staff' ? 'staff' : 'client'),
    );
    const workspace = await this.workspaces.find(event.tenantId, data.workspaceId);
    await this.send(event, 'task-assigned', 'task-assigned', recipients, (recipient) =>
      taskAssignedNotice(recipient.language, {
        recipientName: recipient.name,
        actorName: data.actorName,
        title: data.title,
        dueDate: data.dueDate,
        workspaceName: workspace?.name ?? '',
        link:
          recipient.kind === 'staff'
            ? this.url(`/app/clients/${encodeURIComponent(data.clientId)}`)
            : this.url(`/portal/workspaces/${encodeURIComponent(data.workspaceId)}`),
      }),
    );
  }

  // ------------------------------------------------------------------------------------------- billing

  /** A client answered a quote: the following staff, with the evidence's link. */
  async quoteAnswered(
    event: EventOfType<'billing.quote.accepted'> | EventOfType<'billing.quote.rejected'>,
  ): Promise<void> {
    const { data } = event;
    const recipients = await this.find(event, { staffRoles: FOLLOWING_STAFF });
    const link = this.url(`/app/clients/${encodeURIComponent(data.clientId)}`);
    await this.send(event, 'quote-answered', 'quote-answered', recipients, (recipient) =>
      EventNotifications.withEntry(
        quoteAnsweredEmail(recipient.language, {
          decision: event.type === 'billing.quote.accepted' ? 'accepted' : 'rejected',
          clientName: data.clientName,
          number: data.number,
          signerName: data.signerName,
          comment: data.comment,
          verifyUrl: this.url(`/verify/${encodeURIComponent(data.acceptanceId)}`),
          link,
        }),
        link,
        data.comment,
      ),
    );
  }

  /** A client ordered from the catalog: the following staff. */
  async orderPlaced(event: EventOfType<'billing.order.placed'>): Promise<void> {
    const { data } = event;
    const recipients = await this.find(event, { staffRoles: FOLLOWING_STAFF });
    const tenant = await this.tenants.tenantOf(event.tenantId);
    const link = this.url(`/app/billing/orders/${encodeURIComponent(data.orderId)}`);
    await this.send(event, 'order-placed', 'order-placed', recipients, (recipient) => {
      const language = recipient.language || tenant.language;
      return EventNotifications.withEntry(
        orderPlacedEmail(language, {
          tenantName: tenant.name,
          clientName: data.clientName || 'A client',
          placedByName: data.placedByName || data.clientName || 'A client',
          number: data.number,
          total: formatOrderTotal(data.totalMinor, data.currency, language),
          lineCount: data.lineCount,
          note: data.note,
          link,
        }),
        link,
        data.note,
      );
    });
  }

  /**
   * A comment on a billing document reaches the other side: a client's, the following staff; staff's,
   * the client's billing recipients (their accounts when they have one).
   */
  async documentComment(event: EventOfType<'billing.document.commented'>): Promise<void> {
    const { data } = event;
    const values = { authorName: data.author.name, body: data.body, number: data.number };
    if (data.author.kind === 'client') {
      const recipients = await this.find(event, { staffRoles: FOLLOWING_STAFF });
      const link = this.url(`/app/clients/${encodeURIComponent(data.clientId)}`);
      await this.send(event, 'document-comment', 'document-comment', recipients, (recipient) =>
        EventNotifications.withEntry(
          documentCommentEmail(recipient.language, { ...values, otherPartyName: data.clientName, link }),
          link,
          data.body,
        ),
      );
      return;
    }
    const link = this.url(`/portal/billing/${encodeURIComponent(data.documentId)}`);
    const recipients = await this.withAccounts(event, data.clientId, data.clientRecipients);
    await this.send(event, 'document-comment', 'document-comment', recipients, (recipient) =>
      EventNotifications.withEntry(
        documentCommentEmail(recipient.language, { ...values, otherPartyName: data.tenantName, link }),
        link,
        data.body,
      ),
    );
  }

  /** Staff sent a document: its recipients (an invoice is kind invoice-issued, anything else document-shared). */
  async documentSent(event: EventOfType<'billing.document.sent'>): Promise<void> {
    const { data } = event;
    const link = this.url(`/portal/billing/${encodeURIComponent(data.documentId)}`);
    const recipients = await this.withAccounts(event, data.clientId, data.recipients);
    const kind: NotificationKind = data.kind === 'invoice' ? 'invoice-issued' : 'document-shared';
    await this.send(event, kind, 'document-sent', recipients, (recipient) =>
      EventNotifications.withEntry(
        documentSentEmail(recipient.language, { ...data, recipientName: recipient.name, portalUrl: link }),
        link,
        data.message,
      ),
    );
  }

  /** Money was received: the receipt to its recipients (the paying user, or the client's billing recipients). */
  async paymentReceived(event: EventOfType<'billing.payment.recorded'>): Promise<void> {
    const { data } = event;
    const recipients = await this.withAccounts(event, data.clientId, data.receiptRecipients);
    const link = this.url('/portal/payments');
    await this.send(event, 'payment-received', 'payment-receipt', recipients, (recipient) =>
      EventNotifications.withEntry(
        receiptEmail(recipient.language, {
          recipientName: recipient.name || recipient.email,
          tenantName: data.tenantName,
          clientName: data.clientName,
          currency: data.currency,
          amountMinor: data.amountMinor,
          method: data.method,
          paidAt: data.paidAt,
          allocations: data.allocations,
        }),
        link,
      ),
    );
  }

  /** An overdue invoice reached a reminder step: the client's billing recipients. */
  async invoiceOverdue(event: EventOfType<'billing.invoice.reminded'>): Promise<void> {
    const { data } = event;
    const recipients = await this.withAccounts(event, data.clientId, data.recipients);
    const link = this.url(`/portal/billing/${encodeURIComponent(data.invoiceId)}`);
    await this.send(event, 'invoice-overdue', 'invoice-reminder', recipients, (recipient) =>
      EventNotifications.withEntry(
        invoiceReminderEmail(recipient.language, {
          recipientName: recipient.name,
          tenantName: data.tenantName,
          number: data.number,
          currency: data.currency,
          amountDueMinor: data.amountDueMinor,
          dueDate: data.dueDate,
          daysOverdue: data.daysOverdue,
          payUrl: link,
        }),
        link,
      ),
    );
  }

  /** An invoice became fully paid: the following staff. */
  async invoicePaid(event: EventOfType<'billing.invoice.paid'>): Promise<void> {
    const { data } = event;
    const recipients = await this.find(event, { staffRoles: FOLLOWING_STAFF });
    const clientName = (await this.workspaces.clientName(event.tenantId, data.clientId)) || data.number;
    await this.send(event, 'invoice-paid', 'invoice-paid', recipients, (recipient) =>
      invoicePaidNotice(recipient.language, {
        recipientName: recipient.name,
        clientName,
        number: data.number,
        currency: data.currency,
        totalMinor: data.totalMinor,
        link: this.url(`/app/billing/documents/${encodeURIComponent(data.invoiceId)}`),
      }),
    );
  }
}

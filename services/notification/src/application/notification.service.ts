import {
  assertStaff,
  DomainError,
  pageInfo,
  type EventEnvelope,
  type Logger,
  type Principal,
} from '@client-portal/kit';
import type { EventOfType } from '@client-portal/events';
import {
  NOTIFICATION_STATUSES,
  normalizeRecipient,
  type Email,
  type NotificationStatus,
  type TemplateName,
} from '../domain/notification.js';
import { addressOnly, type NotificationKind } from '../domain/delivery.js';
import type { Dispatcher } from './dispatcher.js';
import { documentCommentEmail, quoteAnsweredEmail } from '../domain/quote-answers.template.js';
import { teamInvitationEmail } from '../domain/team-invitation.template.js';
import { addressUnavailableEmail } from '../domain/address-unavailable.template.js';
import type { InvitationLinks } from '../adapters/invitation.links.js';
import { documentSentEmail } from '../domain/documents.template.js';
import { receiptEmail } from '../domain/payments.template.js';
import { invoiceReminderEmail } from '../domain/invoice-reminder.template.js';
import { formatOrderTotal, orderPlacedEmail } from '../domain/catalog.template.js';
import { invitationEmail, newMessageEmail, type RenderedChannels } from '../domain/templates.js';
import { NotificationLanguages } from './notification-language.js';
import { NotificationRepository } from '../store/notification.repository.js';
import type { StaffDirectory } from '../adapters/staff.directory.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';

/** Turns facts into e-mails, once per event and recipient, and keeps the log of what was sent. */
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly workspaces: WorkspaceRepository,
    private readonly dispatcher: Dispatcher,
    private readonly directory: StaffDirectory,
    private readonly webUrl: string,
    private readonly logger: Logger,
    /** identity's link issuer: invitation links are made when the e-mail goes, never carried by events. */
    private readonly links?: InvitationLinks,
    /** Issue 12: the recipient's language, else the tenant's default (its branding, else its record). */
    private readonly languages: NotificationLanguages = new NotificationLanguages(),
  ) {}

  /** Whether this event's e-mail to this address went out already (a redelivery must not issue a new link). */
  private sentAlready(event: EventEnvelope, to: string): Promise<boolean> {
    return this.dispatcher.sentAlready(event, to);
  }

  /**
   * A working link for the invitation, issued by identity now (the one before dies). Undefined when
   * there is nothing to send: the invitation was accepted, cancelled or expired meanwhile, or is gone.
   */
  private async linkFor(event: EventEnvelope, kind: 'client' | 'staff', id: string) {
    if (!this.links) throw new Error('notification was started without identity’s invitation links');
    try {
      const link = await this.links.issue(event.tenantId, kind, id);
      if (link.status === 'pending') return link;
      this.logger.info({ eventId: event.id, status: link.status }, 'invitation no longer pending: no e-mail');
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'NOT_FOUND')) throw error;
      this.logger.info({ eventId: event.id }, 'invitation withdrawn: no e-mail');
    }
    return undefined;
  }

  /**
   * An invitation e-mail with a link identity issues now (v1 events' acceptUrl is ignored: it may be
   * dead). An address that signs in to another organisation gets the "cannot be used here" e-mail.
   */
  async sendInvitation(event: EventOfType<'identity.invitation.sent'>): Promise<void> {
    const { data } = event;
    if (await this.sentAlready(event, data.email)) return;
    const link = await this.linkFor(event, 'client', data.invitationId);
    if (!link) return;
    const displayName = data.displayName || data.email;
    // The invited person has no language of their own yet: the tenant's default as its branding says
    // now (the event carries the tenant record's, which the branding screen may since have changed).
    const language = await this.languages.for(event.tenantId, '', data.language);
    if (link.addressUnavailable) {
      const rendered = addressUnavailableEmail(language, { displayName, tenantName: data.tenantName });
      await this.deliverAll(event, 'account', 'address-unavailable', [{ to: data.email, ...rendered }]);
      return;
    }
    const rendered = invitationEmail(language, {
      displayName,
      tenantName: data.tenantName,
      clientName: data.clientName,
      workspaceName: data.workspaceName,
      acceptUrl: link.acceptUrl,
    });
    await this.deliverAll(event, 'invitation', 'invitation', [{ to: data.email, ...rendered }]);
  }

  /** Someone was invited to the agency team: the e-mail speaks the tenant's language. */
  async sendTeamInvitation(event: EventOfType<'identity.staff.invited'>): Promise<void> {
    const { data } = event;
    if (await this.sentAlready(event, data.email)) return;
    const link = await this.linkFor(event, 'staff', data.staffId);
    if (!link) return;
    const language = await this.languages.for(event.tenantId, '', data.language);
    if (link.addressUnavailable) {
      const rendered = addressUnavailableEmail(language, {
        displayName: data.displayName || data.email,
        tenantName: data.tenantName,
      });
      await this.deliverAll(event, 'account', 'address-unavailable', [{ to: data.email, ...rendered }]);
      return;
    }
    const rendered = teamInvitationEmail(language, {
      displayName: data.displayName || data.email,
      tenantName: data.tenantName,
      invitedByName: data.invitedByName || data.tenantName,
      role: data.role,
      acceptUrl: link.acceptUrl,
    });
    await this.deliverAll(event, 'invitation', 'team-invitation', [{ to: data.email, ...rendered }]);
  }

  /** Staff sent a billing document: each recipient gets it in their language, with the portal link. */
  async sendDocument(event: EventOfType<'billing.document.sent'>): Promise<void> {
    const { data } = event;
    const portalUrl = `${this.webUrl.replace(/\/$/, '')}/portal/billing/${encodeURIComponent(data.documentId)}`;
    await this.deliverAll(
      event,
      'document-shared',
      'document-sent',
      await Promise.all(
        data.recipients.map(async (recipient) => ({
          to: recipient.email,
          ...documentSentEmail(await this.languages.for(event.tenantId, recipient.language), {
            ...data,
            recipientName: recipient.name,
            portalUrl,
          }),
        })),
      ),
    );
  }

  /** Money was received: the receipt goes to the paying user, or to the client's billing recipients. */
  async sendPaymentReceipt(event: EventOfType<'billing.payment.recorded'>): Promise<void> {
    const { data } = event;
    await this.deliverAll(
      event,
      'payment-received',
      'payment-receipt',
      data.receiptRecipients.map((recipient) => ({
        to: recipient.email,
        ...receiptEmail(recipient.language, {
          recipientName: recipient.name || recipient.email,
          tenantName: data.tenantName,
          clientName: data.clientName,
          currency: data.currency,
          amountMinor: data.amountMinor,
          method: data.method,
          paidAt: data.paidAt,
          allocations: data.allocations,
        }),
      })),
    );
  }

  /** A client wrote: the tenant's owners hear of it. Messages from staff notify nobody. */
  async notifyNewMessage(event: EventOfType<'messaging.message.posted'>): Promise<void> {
    const { data } = event;
    if (data.author.kind !== 'client') return;
    const owners = (await this.directory.staffOf(event.tenantId)).filter((member) => member.role === 'owner');
    if (owners.length === 0) {
      this.logger.warn({ eventId: event.id }, 'a client wrote but the tenant has no owner to tell');
      return;
    }
    const workspace = await this.workspaces.find(event.tenantId, data.workspaceId);
    // Staff hear in the agency's language (the directory's own language per person comes with issue 12's recipients).
    const rendered = newMessageEmail(await this.languages.tenantDefault(event.tenantId), {
      authorName: data.author.displayName,
      placeName: workspace?.name || workspace?.clientName || '',
      body: data.body,
      link: `${this.webUrl.replace(/\/$/, '')}/portal/workspaces/${encodeURIComponent(data.workspaceId)}`,
    });
    await this.deliverAll(
      event,
      'new-message',
      'new-message',
      owners.map((owner) => ({ to: owner.email, ...rendered })),
    );
  }

  /** A client answered a quote: the tenant's owners and admins hear of it, with the evidence's link. */
  async notifyQuoteAnswered(
    event: EventOfType<'billing.quote.accepted'> | EventOfType<'billing.quote.rejected'>,
  ): Promise<void> {
    const { data } = event;
    const staff = await this.billingStaff(event.tenantId);
    if (staff.length === 0) return;
    const base = this.webUrl.replace(/\/$/, '');
    const rendered = quoteAnsweredEmail(await this.languages.tenantDefault(event.tenantId), {
      decision: event.type === 'billing.quote.accepted' ? 'accepted' : 'rejected',
      clientName: data.clientName,
      number: data.number,
      signerName: data.signerName,
      comment: data.comment,
      verifyUrl: `${base}/verify/${encodeURIComponent(data.acceptanceId)}`,
      link: `${base}/app/clients/${encodeURIComponent(data.clientId)}`,
    });
    await this.deliverAll(
      event,
      'quote-answered',
      'quote-answered',
      staff.map((member) => ({ to: member.email, ...rendered })),
    );
  }

  /** A client ordered from the catalog: the tenant's owners and admins hear of it, in the agency's language. */
  async notifyOrderPlaced(event: EventOfType<'billing.order.placed'>): Promise<void> {
    const { data } = event;
    const staff = (await this.directory.staffOf(event.tenantId)).filter(
      (member) => member.role === 'owner' || member.role === 'admin',
    );
    if (staff.length === 0) {
      this.logger.warn(
        { eventId: event.id },
        'an order was placed but the tenant has no owner or admin to tell',
      );
      return;
    }
    const tenant = await this.directory.tenantOf(event.tenantId);
    const language = await this.languages.for(event.tenantId, '', tenant.language);
    const rendered = orderPlacedEmail(language, {
      tenantName: tenant.name,
      clientName: data.clientName || 'A client',
      placedByName: data.placedByName || data.clientName || 'A client',
      number: data.number,
      total: formatOrderTotal(data.totalMinor, data.currency, language),
      lineCount: data.lineCount,
      note: data.note,
      link: `${this.webUrl.replace(/\/$/, '')}/app/billing/orders/${encodeURIComponent(data.orderId)}`,
    });
    await this.deliverAll(
      event,
      'order-placed',
      'order-placed',
      staff.map((member) => ({ to: member.email, ...rendered })),
    );
  }

  /**
   * A comment on a document reaches the other side: a client's goes to the tenant's owners and admins,
   * staff's to the client's billing recipients (carried by the event, each in their language).
   */
  async notifyDocumentComment(event: EventOfType<'billing.document.commented'>): Promise<void> {
    const { data } = event;
    const base = this.webUrl.replace(/\/$/, '');
    const values = { authorName: data.author.name, body: data.body, number: data.number };
    if (data.author.kind === 'client') {
      const staff = await this.billingStaff(event.tenantId);
      const rendered = documentCommentEmail(await this.languages.tenantDefault(event.tenantId), {
        ...values,
        otherPartyName: data.clientName,
        link: `${base}/app/clients/${encodeURIComponent(data.clientId)}`,
      });
      await this.deliverAll(
        event,
        'document-comment',
        'document-comment',
        staff.map((member) => ({ to: member.email, ...rendered })),
      );
      return;
    }
    const link = `${base}/portal/billing/${encodeURIComponent(data.documentId)}`;
    await this.deliverAll(
      event,
      'document-comment',
      'document-comment',
      data.clientRecipients.map((recipient) => ({
        to: recipient.email,
        ...documentCommentEmail(recipient.language, { ...values, otherPartyName: data.tenantName, link }),
      })),
    );
  }

  /** An overdue invoice reached a reminder step: each of the client's billing recipients, in their language. */
  async sendInvoiceReminder(event: EventOfType<'billing.invoice.reminded'>): Promise<void> {
    const { data } = event;
    if (data.recipients.length === 0) {
      this.logger.warn(
        { eventId: event.id },
        'an invoice reminder has no recipient: the client has no billing e-mail',
      );
      return;
    }
    // The portal's invoice page, where the client pays.
    const payUrl = `${this.webUrl.replace(/\/$/, '')}/portal/billing/${encodeURIComponent(data.invoiceId)}`;
    await this.deliverAll(
      event,
      'invoice-overdue',
      'invoice-reminder',
      data.recipients.map((recipient) => ({
        to: recipient.email,
        ...invoiceReminderEmail(recipient.language, {
          recipientName: recipient.name,
          tenantName: data.tenantName,
          number: data.number,
          currency: data.currency,
          amountDueMinor: data.amountDueMinor,
          dueDate: data.dueDate,
          daysOverdue: data.daysOverdue,
          payUrl,
        }),
      })),
    );
  }

  /** Who is told of billing news from a client: the owners and admins (they sign off documents). */
  private async billingStaff(tenantId: string) {
    const staff = (await this.directory.staffOf(tenantId)).filter(
      (member) => member.role === 'owner' || member.role === 'admin',
    );
    if (staff.length === 0)
      this.logger.warn({ tenantId }, 'billing news but the tenant has no owner or admin');
    return staff;
  }

  /** Staff: the tenant's log, newest first, by recipient and/or status (sending, sent, retrying, failed). */
  async list(
    principal: Principal,
    request: { page: { pageSize?: number; pageToken?: string } | null; recipient: string; status?: string },
  ) {
    assertStaff(principal, 'member');
    const status = request.status ?? '';
    if (status && !(NOTIFICATION_STATUSES as readonly string[]).includes(status))
      throw DomainError.invalid('Unknown status', [
        {
          field: 'status',
          code: 'invalid_value',
          message: `must be one of ${NOTIFICATION_STATUSES.join(', ')}`,
        },
      ]);
    const page = NotificationRepository.listOrder.read(request.page);
    const { notifications, nextPageToken } = await this.notifications.list(
      principal.tenantId,
      { recipient: normalizeRecipient(request.recipient), status: status as NotificationStatus | '' },
      page,
    );
    return { notifications, page: pageInfo(nextPageToken) };
  }

  /** Owners and admins: one attempt at once at a failed (or waiting) notification; the entry as it ends. */
  async retry(principal: Principal, request: { id: string }) {
    assertStaff(principal, 'admin');
    if (!request.id)
      throw DomainError.invalid('The notification is required', [
        { field: 'id', code: 'required', message: 'is required' },
      ]);
    return this.dispatcher.retryNow(principal.tenantId, request.id);
  }

  /**
   * E-mails to addresses (the handlers written before issue 12): each recipient known by address only,
   * the same e-mail for each, through the dispatcher (inbox, preferences and exactly-once included).
   */
  private async deliverAll(
    event: EventEnvelope,
    kind: NotificationKind,
    template: TemplateName,
    emails: (Email & RenderedChannels)[],
  ): Promise<void> {
    const byAddress = new Map(emails.map((email) => [normalizeRecipient(email.to), email]));
    await this.dispatcher.dispatch(
      event,
      kind,
      [...byAddress.keys()].map((to) => addressOnly(to)),
      (recipient) => {
        const found = byAddress.get(normalizeRecipient(recipient.email));
        if (!found) throw new Error(`no e-mail was rendered for ${recipient.email}`);
        const { to: _to, sms, inApp, ...email } = found;
        return { template, email, ...(sms ? { sms } : {}), ...(inApp ? { inApp } : {}) };
      },
    );
  }
}

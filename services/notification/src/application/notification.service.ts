import { randomUUID } from 'node:crypto';
import {
  assertStaff,
  DomainError,
  pageInfo,
  type EventEnvelope,
  type EventOutbox,
  type Logger,
  type OutboxRelay,
  type Principal,
} from '@client-portal/kit';
import type { EventOfType, ProducedBy } from '@client-portal/events';
import {
  normalizeRecipient,
  type Email,
  type Notification,
  type TemplateName,
} from '../domain/notification.js';
import { documentCommentEmail, quoteAnsweredEmail } from '../domain/quote-answers.template.js';
import { teamInvitationEmail } from '../domain/team-invitation.template.js';
import { addressUnavailableEmail } from '../domain/address-unavailable.template.js';
import type { InvitationLinks } from '../adapters/invitation.links.js';
import { documentSentEmail } from '../domain/documents.template.js';
import { receiptEmail } from '../domain/payments.template.js';
import { invoiceReminderEmail } from '../domain/invoice-reminder.template.js';
import { formatOrderTotal, orderPlacedEmail } from '../domain/catalog.template.js';
import { brandEmail, invitationEmail, newMessageEmail, type EmailBrand } from '../domain/templates.js';
import { NotificationRepository } from '../store/notification.repository.js';
import type { SmtpMailer } from '../adapters/smtp.mailer.js';
import type { StaffDirectory } from '../adapters/staff.directory.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';
import type { BrandingRepository } from '../store/branding.repository.js';

/** Raised after every recipient was tried, when at least one could not be reached: the consumer retries those. */
export class DeliveryError extends Error {
  constructor(failures: { recipient: string; error: string }[]) {
    super(
      `${failures.length} e-mail(s) could not be sent: ${failures.map((failure) => failure.error).join('; ')}`,
    );
    this.name = 'DeliveryError';
  }
}

/** Turns facts into e-mails, once per event and recipient, and keeps the log of what was sent. */
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly workspaces: WorkspaceRepository,
    private readonly mailer: SmtpMailer,
    private readonly directory: StaffDirectory,
    private readonly outbox: EventOutbox<ProducedBy<'notification'>>,
    private readonly relay: OutboxRelay,
    private readonly webUrl: string,
    private readonly logger: Logger,
    /** The tenants' branding (read model): every e-mail wears its tenant's logo, colours and name. */
    private readonly brandings?: BrandingRepository,
    /** identity's link issuer: invitation links are made when the e-mail goes, never carried by events. */
    private readonly links?: InvitationLinks,
  ) {}

  /** Whether this event's e-mail to this address went out already (a redelivery must not issue a new link). */
  private async sentAlready(event: EventEnvelope, to: string): Promise<boolean> {
    const previous = await this.notifications.findBySource(event.tenantId, event.id, normalizeRecipient(to));
    return previous?.status === 'sent';
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

  /** The tenant's look for its e-mails; none (the platform's look) until the tenant brands its portal. */
  private async brandOf(tenantId: string): Promise<EmailBrand | undefined> {
    const brand = await this.brandings?.find(tenantId);
    if (!brand) return undefined;
    const logoUrl = brand.logoSha256
      ? new URL(
          `/api/branding/logos/${encodeURIComponent(brand.slug)}?v=${brand.logoSha256.slice(0, 16)}`,
          this.webUrl,
        ).toString()
      : '';
    return { name: brand.name, logoUrl, primaryColor: brand.primaryColor, accentColor: brand.accentColor };
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
    if (link.addressUnavailable) {
      const rendered = addressUnavailableEmail(data.language, { displayName, tenantName: data.tenantName });
      await this.deliverAll(event, 'address-unavailable', [{ to: data.email, ...rendered }]);
      return;
    }
    const rendered = invitationEmail(data.language, {
      displayName,
      tenantName: data.tenantName,
      clientName: data.clientName,
      workspaceName: data.workspaceName,
      acceptUrl: link.acceptUrl,
    });
    await this.deliverAll(event, 'invitation', [{ to: data.email, ...rendered }]);
  }

  /** Someone was invited to the agency team: the e-mail speaks the tenant's language. */
  async sendTeamInvitation(event: EventOfType<'identity.staff.invited'>): Promise<void> {
    const { data } = event;
    if (await this.sentAlready(event, data.email)) return;
    const link = await this.linkFor(event, 'staff', data.staffId);
    if (!link) return;
    if (link.addressUnavailable) {
      const rendered = addressUnavailableEmail(data.language, {
        displayName: data.displayName || data.email,
        tenantName: data.tenantName,
      });
      await this.deliverAll(event, 'address-unavailable', [{ to: data.email, ...rendered }]);
      return;
    }
    const rendered = teamInvitationEmail(data.language, {
      displayName: data.displayName || data.email,
      tenantName: data.tenantName,
      invitedByName: data.invitedByName || data.tenantName,
      role: data.role,
      acceptUrl: link.acceptUrl,
    });
    await this.deliverAll(event, 'team-invitation', [{ to: data.email, ...rendered }]);
  }

  /** Staff sent a billing document: each recipient gets it in their language, with the portal link. */
  async sendDocument(event: EventOfType<'billing.document.sent'>): Promise<void> {
    const { data } = event;
    const portalUrl = `${this.webUrl.replace(/\/$/, '')}/portal/billing/${encodeURIComponent(data.documentId)}`;
    await this.deliverAll(
      event,
      'document-sent',
      data.recipients.map((recipient) => ({
        to: recipient.email,
        ...documentSentEmail(recipient.language, { ...data, recipientName: recipient.name, portalUrl }),
      })),
    );
  }

  /** Money was received: the receipt goes to the paying user, or to the client's billing recipients. */
  async sendPaymentReceipt(event: EventOfType<'billing.payment.recorded'>): Promise<void> {
    const { data } = event;
    await this.deliverAll(
      event,
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
    const rendered = newMessageEmail('en', {
      authorName: data.author.displayName || 'Your client',
      placeName: workspace?.name || workspace?.clientName || '',
      body: data.body,
      link: `${this.webUrl.replace(/\/$/, '')}/portal/workspaces/${encodeURIComponent(data.workspaceId)}`,
    });
    await this.deliverAll(
      event,
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
    const rendered = quoteAnsweredEmail('en', {
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
    const rendered = orderPlacedEmail(tenant.language, {
      tenantName: tenant.name,
      clientName: data.clientName || 'A client',
      placedByName: data.placedByName || data.clientName || 'A client',
      number: data.number,
      total: formatOrderTotal(data.totalMinor, data.currency, tenant.language),
      lineCount: data.lineCount,
      note: data.note,
      link: `${this.webUrl.replace(/\/$/, '')}/app/billing/orders/${encodeURIComponent(data.orderId)}`,
    });
    await this.deliverAll(
      event,
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
      const rendered = documentCommentEmail('en', {
        ...values,
        otherPartyName: data.clientName,
        link: `${base}/app/clients/${encodeURIComponent(data.clientId)}`,
      });
      await this.deliverAll(
        event,
        'document-comment',
        staff.map((member) => ({ to: member.email, ...rendered })),
      );
      return;
    }
    const link = `${base}/portal/billing/${encodeURIComponent(data.documentId)}`;
    await this.deliverAll(
      event,
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

  async list(
    principal: Principal,
    request: { page: { pageSize?: number; pageToken?: string } | null; recipient: string },
  ) {
    assertStaff(principal, 'member');
    const page = NotificationRepository.listOrder.read(request.page);
    const { notifications, nextPageToken } = await this.notifications.list(
      principal.tenantId,
      { recipient: normalizeRecipient(request.recipient) },
      page,
    );
    return { notifications, page: pageInfo(nextPageToken) };
  }

  private async deliverAll(event: EventEnvelope, template: TemplateName, emails: Email[]): Promise<void> {
    const failures: { recipient: string; error: string }[] = [];
    for (const email of emails) {
      const error = await this.deliver(event, template, { ...email, to: normalizeRecipient(email.to) });
      if (error) failures.push({ recipient: email.to, error });
    }
    if (failures.length > 0) throw new DeliveryError(failures);
  }

  /** Sends one e-mail unless it was sent for this event already; records the outcome. Returns the error, if any. */
  private async deliver(
    event: EventEnvelope,
    template: TemplateName,
    email: Email,
  ): Promise<string | undefined> {
    const previous = await this.notifications.findBySource(event.tenantId, event.id, email.to);
    if (previous?.status === 'sent') return undefined;
    const now = new Date();
    const notification: Notification = {
      id: previous?.id ?? randomUUID(),
      tenantId: event.tenantId,
      channel: 'email',
      recipient: email.to,
      subject: email.subject,
      template,
      status: 'sent',
      error: '',
      sourceEventId: event.id,
      attempts: 0,
      createdAt: now,
      updatedAt: now,
    };
    const facts = {
      notificationId: notification.id,
      channel: notification.channel,
      recipient: email.to,
      template,
      sourceEventId: event.id,
    };
    try {
      await this.mailer.send({ ...email, html: brandEmail(email.html, await this.brandOf(event.tenantId)) });
    } catch (caught) {
      const error = caught instanceof Error ? caught.message : String(caught);
      await this.notifications.recordAttempt(
        { ...notification, status: 'failed', error },
        this.outbox.entry({
          type: 'notification.notification.failed',
          tenantId: event.tenantId,
          subject: notification.id,
          data: { ...facts, error },
        }),
      );
      this.relay.nudge();
      return error;
    }
    await this.notifications.recordAttempt(
      notification,
      this.outbox.entry({
        type: 'notification.notification.delivered',
        tenantId: event.tenantId,
        subject: notification.id,
        data: facts,
      }),
    );
    this.relay.nudge();
    return undefined;
  }
}

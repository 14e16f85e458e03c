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
import { teamInvitationEmail } from '../domain/team-invitation.template.js';
import { addressUnavailableEmail } from '../domain/address-unavailable.template.js';
import type { InvitationLinks } from '../adapters/invitation.links.js';
import { invitationEmail, type RenderedChannels } from '../domain/templates.js';
import { NotificationLanguages } from './notification-language.js';
import { NotificationRepository } from '../store/notification.repository.js';

/**
 * Invitations (by address: the invitee has no account yet) and the log of what was sent. The events
 * that notify people with accounts are EventNotifications' (issue 12).
 */
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly dispatcher: Dispatcher,
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

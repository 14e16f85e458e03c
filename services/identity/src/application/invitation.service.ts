import {
  assertPermission,
  assertStaff,
  DomainError,
  principalIssuer,
  type EventOutbox,
  type Page,
  type Principal,
  FIELD_LIMITS,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { randomUUID } from 'node:crypto';
import { newExternalUser, UNLINKED_PREFIX, type ExternalUser } from '../domain/external-user.js';
import {
  assertPending,
  checkNewPassword,
  hashToken,
  inviteRequest,
  newInvitation,
  newLinkToken,
  shownStatus,
  SHOWN_INVITATION_STATUSES,
  type Invitation,
  type InviteInput,
  type InviteRequest,
  type ShownInvitationStatus,
  inviteeFormatProblem,
  e164,
  type InviteeCheck,
} from '../domain/invitation.js';
import { normalizeEmail } from '../domain/people.js';
import type { Tenant } from '../domain/tenant.js';
import type { PortalAccessService } from './portal-access.service.js';
import type { ExternalUserRepository } from '../store/external-user.repository.js';
import { InvitationRepository } from '../store/invitation.repository.js';
import type { KeycloakGateway } from '../adapters/keycloak.gateway.js';
import type { StaffRepository } from '../store/staff.repository.js';
import type { TenantRepository } from '../store/tenant.repository.js';

/**
 * What the invitation page shows to whoever holds the link. Only a pending link shows who it is for;
 * a used, cancelled or expired one shows its status and nothing else (the fields are empty).
 */
export interface InvitationPreview {
  email: string;
  displayName: string;
  tenantName: string;
  clientName: string;
  workspaceName: string;
  status: ShownInvitationStatus;
  hasPassword: boolean;
}

/** The working link notification puts in an e-mail, issued at send time (the old link dies). */
export interface IssuedInvitationLink {
  /** pending, accepted, expired or cancelled: only a pending invitation gets a link. */
  status: ShownInvitationStatus;
  /** Empty unless pending and the address can be used here. */
  acceptUrl: string;
  /** The address signs in to another organisation: the e-mail says it cannot be used here, with no link. */
  addressUnavailable: boolean;
}

/** Who may ask for a working link: the notification service, and only it (checked by the signing key). */
export function assertNotificationService(principal: Principal): void {
  if (
    principal.kind !== 'service' ||
    principal.userId !== 'service:notification' ||
    principalIssuer(principal) !== 'notification'
  )
    throw DomainError.forbidden('Only the notification service may obtain invitation links');
}

/** What a staff member asks for when listing invitations. */
export interface InvitationListRequest {
  clientId: string;
  status: string;
  page: { pageSize?: number; pageToken?: string } | null;
}

/** The most addresses one bulk invitation takes. */
export const BULK_INVITE_LIMIT = FIELD_LIMITS.identity.bulkInvitationLines;

const UNKNOWN_LINK =
  'This invitation link is not valid. Check that you opened the whole link, or ask for a new invitation.';

/** Inviting a client's contacts to workspaces, and their acceptance through the e-mailed link. */
export class InvitationService {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly staff: StaffRepository,
    private readonly externalUsers: ExternalUserRepository,
    private readonly invitations: InvitationRepository,
    private readonly keycloak: KeycloakGateway,
    private readonly outbox: EventOutbox<ProducedBy<'identity'>>,
    private readonly webUrl: string,
    /** The tenant's role catalogue (issue 11): an invitation names one of its roles. */
    private readonly roles?: Pick<PortalAccessService, 'roleExists'>,
  ) {}

  async invite(
    principal: Principal,
    input: InviteInput,
  ): Promise<{ invitation: Invitation; user: ExternalUser }> {
    assertPermission(principal, 'portal.configure');
    return this.sendInvitation(principal, input);
  }

  /**
   * The invitation flow itself, for a caller whose permission was checked (invite above; adding a
   * workspace member, WorkspaceAccessService): the Keycloak login, the external user in the workspace,
   * the invitation and its e-mail event.
   */
  async sendInvitation(
    principal: Principal,
    input: InviteInput,
  ): Promise<{ invitation: Invitation; user: ExternalUser }> {
    const role = input.role.trim() || 'decision-maker';
    const roleKnown = this.roles ? await this.roles.roleExists(principal.tenantId, role) : undefined;
    const request = inviteRequest(input, roleKnown);
    const tenant = await this.tenants.find(principal.tenantId);
    if (!tenant)
      throw DomainError.precondition('Your organisation is not set up yet, so nobody can be invited to it');
    if (await this.staff.findByEmail(tenant.id, request.email))
      throw DomainError.precondition(
        `${request.email} is a member of your team; invite the client's own contacts`,
      );

    let user = await this.externalUsers.findByEmail(tenant.id, request.email);
    if (user && user.clientId !== request.clientId)
      throw DomainError.precondition(
        `${request.email} already has access to another client's portal; a person belongs to one client only`,
      );
    // A revoked person comes back only through "restore access", which is recorded; a converted one
    // is on the team now (revocation slice).
    if (user?.status === 'revoked')
      throw DomainError.precondition(
        `${request.email} had their portal access revoked: restore their access from the client page first`,
        'invitation.revoked_user',
      );
    if (user?.status === 'converted')
      throw DomainError.precondition(
        `${request.email} is now a member of your team; invite the client's own contacts`,
        'invitation.converted_user',
      );
    if (user) {
      await this.externalUsers.addWorkspace(tenant.id, user.id, request.workspaceId, request.role);
      if (request.mobile) await this.keycloak.setMobileNumber(user.keycloakId, request.mobile);
    } else {
      const keycloakId = await this.portalLogin(tenant, request);
      if (!keycloakId.startsWith(UNLINKED_PREFIX)) await this.keycloak.grantRealmRole(keycloakId, 'client');
      const inserted = await this.externalUsers.insert(newExternalUser(tenant.id, keycloakId, request));
      await this.externalUsers.addWorkspace(tenant.id, inserted.id, request.workspaceId, request.role);
    }
    user = await this.externalUsers.findByEmail(tenant.id, request.email);
    if (!user) throw new Error('The invited user vanished while being invited');

    // A new invitation to the same workspace replaces the pending one: only the latest link works.
    await this.invitations.cancelPending(tenant.id, request.email, request.workspaceId);
    // The token made here is never sent anywhere: notification asks for a working link when it sends.
    const { invitation } = newInvitation(
      tenant.id,
      request,
      user.id,
      principal.userId,
      new Date(),
      user.keycloakId.startsWith(UNLINKED_PREFIX),
    );
    await this.invitations.insert(invitation, this.sentEvent(tenant, invitation, false));
    return { invitation, user };
  }

  /**
   * A page of the tenant's invitations, or one client's: pending, accepted, expired, cancelled. Staff
   * (member and up) see them; the status filter is one of those four or empty (all).
   */
  async listPage(
    principal: Principal,
    request: InvitationListRequest,
  ): Promise<{ invitations: Invitation[]; nextPageToken: string }> {
    assertStaff(principal, 'member');
    const status = request.status.trim();
    if (status && !(SHOWN_INVITATION_STATUSES as readonly string[]).includes(status))
      throw DomainError.invalid('Unknown status', [
        {
          field: 'status',
          message: `The status must be one of ${SHOWN_INVITATION_STATUSES.join(', ')}`,
          code: 'invalid_value',
        },
      ]);
    const page: Page = InvitationRepository.listOrder.read(request.page);
    return this.invitations.page(
      principal.tenantId,
      { clientId: request.clientId.trim(), status: status as ShownInvitationStatus | '' },
      page,
    );
  }

  /**
   * Sends the invitation again with a new link: the previous link dies at once (its secret is replaced
   * before the e-mail goes) and the new one works for 7 days. Only a pending or expired invitation.
   */
  async resend(principal: Principal, invitationId: string): Promise<Invitation> {
    assertPermission(principal, 'portal.configure');
    const invitation = await this.ofTenant(principal, invitationId);
    if (invitation.status !== 'pending')
      throw DomainError.precondition(
        `This invitation was ${invitation.status}: only a pending or expired invitation can be resent`,
        'invitation.not_pending',
      );
    const tenant = await this.tenants.find(principal.tenantId);
    if (!tenant) throw DomainError.precondition('Your organisation is not set up yet');
    const sentAt = new Date();
    const resent: Invitation = { ...invitation, sentAt };
    if (
      !(await this.invitations.replaceToken(
        invitation,
        newLinkToken().tokenHash,
        sentAt,
        this.sentEvent(tenant, resent, true),
      ))
    )
      throw DomainError.precondition(
        'This invitation changed meanwhile: reload the list',
        'invitation.changed',
      );
    return resent;
  }

  /** Withdraws a pending invitation: its link dies at once. The person keeps any access they had. */
  async cancel(principal: Principal, invitationId: string): Promise<Invitation> {
    assertPermission(principal, 'portal.configure');
    const invitation = await this.ofTenant(principal, invitationId);
    if (invitation.status !== 'pending')
      throw DomainError.precondition(
        `This invitation was ${invitation.status} already: there is nothing to cancel`,
        'invitation.not_pending',
      );
    const now = new Date();
    if (!(await this.invitations.cancel(principal.tenantId, invitation.id, now)))
      throw DomainError.precondition(
        'This invitation changed meanwhile: reload the list',
        'invitation.changed',
      );
    return { ...invitation, status: 'cancelled', cancelledAt: now };
  }

  /**
   * The working link for the e-mail notification is about to send: a new secret replaces the stored
   * one (any earlier link dies), and the link exists only in that e-mail. Only for notification.
   */
  async issueLink(principal: Principal, invitationId: string): Promise<IssuedInvitationLink> {
    assertNotificationService(principal);
    const invitation = await this.invitations.find(principal.tenantId, invitationId.trim());
    if (!invitation) throw DomainError.notFound('Invitation', invitationId);
    const status = shownStatus(invitation);
    if (status !== 'pending') return { status, acceptUrl: '', addressUnavailable: false };
    if (invitation.addressUnavailable) return { status, acceptUrl: '', addressUnavailable: true };
    const { token, tokenHash } = newLinkToken();
    if (!(await this.invitations.replaceToken(invitation, tokenHash, undefined)))
      return { status: 'cancelled', acceptUrl: '', addressUnavailable: false };
    return {
      status,
      acceptUrl: `${this.webUrl.replace(/\/$/, '')}/invitations/${token}`,
      addressUnavailable: false,
    };
  }

  /**
   * What each address of a bulk invitation would meet, before anything is written: a member of the
   * team, or a portal user of another client of this tenant. Another organisation's logins read as
   * nothing, exactly like a fresh address.
   */
  async checkInvitees(
    principal: Principal,
    clientId: string,
    emails: readonly string[],
  ): Promise<InviteeCheck[]> {
    assertPermission(principal, 'portal.configure');
    if (emails.length > BULK_INVITE_LIMIT)
      throw DomainError.invalid('Too many addresses', [
        {
          field: 'emails',
          message: `At most ${BULK_INVITE_LIMIT} addresses at once`,
          code: 'too_big',
        },
      ]);
    const seen = new Set<string>();
    const checks: InviteeCheck[] = [];
    for (const raw of emails) {
      const email = normalizeEmail(raw);
      const problem = inviteeFormatProblem(email, seen);
      seen.add(email);
      checks.push(problem ? { email, ...problem } : await this.inviteeStanding(principal, clientId, email));
    }
    return checks;
  }

  /** A well-formed address against this tenant: a team member, another client's user, or free. */
  private async inviteeStanding(
    principal: Principal,
    clientId: string,
    email: string,
  ): Promise<InviteeCheck> {
    if (await this.staff.findByEmail(principal.tenantId, email))
      return {
        email,
        problem: 'staff_member',
        message: `${email} is a member of your team; invite the client's own contacts`,
      };
    const user = await this.externalUsers.findByEmail(principal.tenantId, email);
    if (user && user.clientId !== clientId.trim())
      return {
        email,
        problem: 'other_client',
        message: `${email} already has access to another client's portal; a person belongs to one client only`,
      };
    return { email, problem: '', message: '' };
  }

  /**
   * The contact's mobile changed in the CRM: their portal login (if they have one) gets it as
   * `mobile_number`, E.164 or nothing (a number without a country code cannot take an SMS).
   */
  async followContactMobile(
    tenantId: string,
    clientId: string,
    contactId: string,
    mobile: string,
  ): Promise<void> {
    const user = await this.externalUsers.findByContact(tenantId, clientId, contactId);
    if (!user) return;
    await this.keycloak.setMobileNumber(user.keycloakId, e164(mobile));
  }

  private sentEvent(tenant: Tenant, invitation: Invitation, resent: boolean) {
    return this.outbox.entry({
      type: 'identity.invitation.sent',
      tenantId: tenant.id,
      subject: invitation.id,
      data: {
        invitationId: invitation.id,
        email: invitation.email,
        displayName: invitation.displayName,
        tenantName: tenant.name,
        clientId: invitation.clientId,
        clientName: invitation.clientName,
        workspaceId: invitation.workspaceId,
        workspaceName: invitation.workspaceName,
        invitedBy: invitation.invitedBy,
        language: tenant.defaultLanguage,
        resent,
      },
    });
  }

  private async ofTenant(principal: Principal, invitationId: string): Promise<Invitation> {
    const invitation = invitationId.trim()
      ? await this.invitations.find(principal.tenantId, invitationId.trim())
      : undefined;
    if (!invitation) throw DomainError.notFound('Invitation', invitationId);
    return invitation;
  }

  /** The first 500 of one client's invitations (the older, unpaged API). */
  async list(principal: Principal, clientId: string): Promise<Invitation[]> {
    assertStaff(principal, 'member');
    return this.invitations.listByClient(principal.tenantId, clientId.trim());
  }

  /** What the invitation page shows to whoever holds the link; no principal needed. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.byToken(token);
    const status = shownStatus(invitation);
    // A dead link says only that it is dead: whoever finds it later learns nobody's name or address.
    if (status !== 'pending')
      return {
        email: '',
        displayName: '',
        tenantName: '',
        clientName: '',
        workspaceName: '',
        status,
        hasPassword: false,
      };
    const [tenant, user] = await Promise.all([
      this.tenants.find(invitation.tenantId),
      this.externalUsers.find(invitation.tenantId, invitation.externalUserId),
    ]);
    return {
      email: invitation.email,
      displayName: invitation.displayName,
      tenantName: tenant?.name ?? '',
      clientName: invitation.clientName,
      workspaceName: invitation.workspaceName,
      status,
      hasPassword: user?.status === 'active',
    };
  }

  /**
   * Accepts a pending invitation. Someone without a password yet chooses one; someone already active
   * (invited to another workspace before) keeps theirs: the link only opens the new workspace.
   */
  async accept(token: string, password: string): Promise<ExternalUser> {
    const invitation = await this.byToken(token);
    assertPending(invitation);
    const user = await this.externalUsers.find(invitation.tenantId, invitation.externalUserId);
    if (!user)
      throw DomainError.precondition('The invited person no longer has access. Ask for a new invitation.');
    if (user.status === 'invited') checkNewPassword(password, user.email);
    // One acceptance per link, even when two arrive at once: the loser is told the link is in use.
    if (!(await this.invitations.claim(invitation.id)))
      throw DomainError.precondition(
        'This invitation link is being used right now or was already used. Sign in, or ask for a new invitation.',
        'invitation.already_accepted',
      );
    try {
      return await this.completeAcceptance(invitation, user, password);
    } catch (error) {
      await this.invitations.releaseClaim(invitation.id);
      throw error;
    }
  }

  private async completeAcceptance(
    invitation: Invitation,
    user: ExternalUser,
    password: string,
  ): Promise<ExternalUser> {
    if (user.status === 'invited') {
      await this.keycloak.setPassword(user.keycloakId, password);
      // Opening the e-mailed link proves the address.
      await this.keycloak.updateUser(user.keycloakId, { emailVerified: true });
    }
    await this.externalUsers.addWorkspace(user.tenantId, user.id, invitation.workspaceId, invitation.role);
    const withWorkspace = (await this.externalUsers.find(user.tenantId, user.id)) ?? user;
    const now = new Date();
    // The user is activated before the link is used up: a crash in between leaves a link that still works.
    await this.externalUsers.activate(
      user.tenantId,
      user.id,
      now,
      this.outbox.entry({
        type: 'identity.user.activated',
        tenantId: user.tenantId,
        subject: user.id,
        data: {
          userId: user.id,
          keycloakId: user.keycloakId,
          email: user.email,
          clientId: user.clientId,
          workspaceIds: withWorkspace.workspaceIds,
        },
      }),
    );
    if (!(await this.invitations.markAccepted(invitation.tenantId, invitation.id, now))) {
      const current = await this.invitations.find(invitation.tenantId, invitation.id);
      if (current) assertPending(current);
    }
    return (await this.externalUsers.find(user.tenantId, user.id)) ?? withWorkspace;
  }

  private async byToken(token: string): Promise<Invitation> {
    const trimmed = token.trim();
    const invitation = trimmed ? await this.invitations.findByTokenHash(hashToken(trimmed)) : undefined;
    if (!invitation) throw new DomainError('NOT_FOUND', UNKNOWN_LINK);
    return invitation;
  }

  /** The Keycloak login of a first-time invitee: created without a password, or reused from an earlier attempt. */
  private async portalLogin(tenant: Tenant, request: InviteRequest): Promise<string> {
    const existing = await this.keycloak.findUserByEmail(request.email);
    if (existing) {
      // Another organisation's login: staff get the same answer as for a fresh address (nothing tells
      // them who signs in elsewhere); nothing is created in Keycloak, and the person is told by e-mail
      // that this address cannot be used here (IssueInvitationLink: addressUnavailable).
      if (existing.tenantId !== tenant.id) return `${UNLINKED_PREFIX}${randomUUID()}`;
      if (request.mobile) await this.keycloak.setMobileNumber(existing.id, request.mobile);
      return existing.id;
    }
    return this.keycloak.createUser({
      email: request.email,
      displayName: request.displayName,
      tenantId: tenant.id,
      emailVerified: false,
      mobileNumber: request.mobile ?? '',
    });
  }
}

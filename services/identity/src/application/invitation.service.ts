import {
  assertPermission,
  assertStaff,
  DomainError,
  type EventOutbox,
  type OutboxRelay,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { newExternalUser, type ExternalUser } from '../domain/external-user.js';
import {
  assertPending,
  checkNewPassword,
  hashToken,
  inviteRequest,
  newInvitation,
  type Invitation,
  type InvitationStatus,
  type InviteInput,
  type InviteRequest,
} from '../domain/invitation.js';
import type { Tenant } from '../domain/tenant.js';
import type { PortalAccessService } from './portal-access.service.js';
import type { ExternalUserRepository } from '../store/external-user.repository.js';
import type { InvitationRepository } from '../store/invitation.repository.js';
import type { KeycloakGateway } from '../adapters/keycloak.gateway.js';
import type { StaffRepository } from '../store/staff.repository.js';
import type { TenantRepository } from '../store/tenant.repository.js';

export interface InvitationPreview {
  email: string;
  displayName: string;
  tenantName: string;
  clientName: string;
  workspaceName: string;
  status: InvitationStatus;
  hasPassword: boolean;
}

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
    private readonly relay: OutboxRelay,
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
    if (user) {
      await this.externalUsers.addWorkspace(tenant.id, user.id, request.workspaceId, request.role);
    } else {
      const keycloakId = await this.portalLogin(tenant, request);
      await this.keycloak.grantRealmRole(keycloakId, 'client');
      const inserted = await this.externalUsers.insert(newExternalUser(tenant.id, keycloakId, request));
      await this.externalUsers.addWorkspace(tenant.id, inserted.id, request.workspaceId, request.role);
    }
    user = await this.externalUsers.findByEmail(tenant.id, request.email);
    if (!user) throw new Error('The invited user vanished while being invited');

    // A new invitation to the same workspace replaces the pending one: only the latest link works.
    await this.invitations.cancelPending(tenant.id, request.email, request.workspaceId);
    const { invitation, token } = newInvitation(tenant.id, request, user.id, principal.userId);
    await this.invitations.insert(
      invitation,
      this.outbox.entry({
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
          acceptUrl: `${this.webUrl.replace(/\/$/, '')}/invitations/${token}`,
          language: tenant.defaultLanguage,
        },
      }),
    );
    this.relay.nudge();
    return { invitation, user };
  }

  async list(principal: Principal, clientId: string): Promise<Invitation[]> {
    assertStaff(principal, 'member');
    return this.invitations.listByClient(principal.tenantId, clientId.trim());
  }

  /** What the invitation page shows to whoever holds the link; no principal needed. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.byToken(token);
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
      status: invitation.status,
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
    const activated = await this.externalUsers.activate(
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
    if (activated) this.relay.nudge();
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
      if (existing.tenantId !== tenant.id)
        throw DomainError.precondition(
          `${request.email} already signs in to another organisation's portal. One login for several organisations is not supported yet: invite another address for this person.`,
        );
      return existing.id;
    }
    return this.keycloak.createUser({
      email: request.email,
      displayName: request.displayName,
      tenantId: tenant.id,
      emailVerified: false,
    });
  }
}

import {
  assertPermission,
  DomainError,
  type EventOutbox,
  type OutboxEntry,
  type Principal,
  type StaffRole,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { randomUUID } from 'node:crypto';
import { UNLINKED_PREFIX } from '../domain/external-user.js';
import { checkNewPassword, hashToken } from '../domain/invitation.js';
import { assertNotificationService } from './invitation.service.js';
import {
  inviteStaffRequest,
  isStaffInvitationExpired,
  newInvitedStaff,
  newInviteToken,
  staffRoleOf,
  teamRules,
  type InviteStaffInput,
} from '../domain/staff.js';
import type { StaffMember, Tenant } from '../domain/tenant.js';
import type { KeycloakGateway } from '../adapters/keycloak.gateway.js';
import type { ExternalUserRepository } from '../store/external-user.repository.js';
import type { InvitationRepository } from '../store/invitation.repository.js';
import type { StaffChanges, StaffRepository } from '../store/staff.repository.js';
import type { TenantRepository } from '../store/tenant.repository.js';

export type StaffInvitationStatus = 'pending' | 'accepted' | 'expired';

export interface StaffInvitationPreview {
  email: string;
  displayName: string;
  tenantName: string;
  role: StaffRole;
  status: StaffInvitationStatus;
}

const UNKNOWN_LINK =
  'This invitation link is not valid: it was cancelled or replaced by a newer one. Ask for a new invitation.';
const CHANGED_MEANWHILE =
  'This team member was changed by someone else meanwhile: reload the team and try again';

/**
 * The agency team: inviting staff, their acceptance through the e-mailed link, role changes,
 * deactivation. The permission matrix (team.manage) and the team's own rules are checked here, whoever
 * calls; every change is published as identity.staff.changed for the directories other services keep.
 */
export class TeamService {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly staff: StaffRepository,
    private readonly externalUsers: ExternalUserRepository,
    private readonly invitations: InvitationRepository,
    private readonly keycloak: KeycloakGateway,
    private readonly outbox: EventOutbox<ProducedBy<'identity'>>,
    private readonly webUrl: string,
  ) {}

  async invite(principal: Principal, input: InviteStaffInput): Promise<StaffMember> {
    assertPermission(principal, 'team.manage');
    const request = inviteStaffRequest(input);
    if (request.role === 'owner' && principal.kind === 'staff' && principal.staffRole !== 'owner')
      throw DomainError.forbidden(
        'Only an owner can grant or remove the owner role (you are an admin)',
        'team.owner_only',
      );
    const tenant = await this.tenantOf(principal);
    const existing = await this.staff.findByEmail(tenant.id, request.email);
    if (existing)
      throw DomainError.conflict(
        existing.status === 'invited'
          ? `${request.email} has a pending invitation already: resend it from the team page`
          : existing.status === 'deactivated'
            ? `${request.email} is a deactivated member of your team: reactivate them instead`
            : `${request.email} is a member of your team already`,
        'team.already_member',
      );
    if (await this.externalUsers.findByEmail(tenant.id, request.email))
      throw DomainError.precondition(
        `${request.email} signs in to a client's portal; a person is either staff or a client's contact`,
        'team.client_user',
      );
    const keycloakId = await this.teamLogin(tenant, request.email, request.displayName);
    await this.keycloak.grantRealmRole(keycloakId, request.role);
    // This token is never sent: notification asks for a working link when it sends (issueLink).
    const { tokenHash } = newInviteToken();
    const member = newInvitedStaff(tenant.id, keycloakId, request, principal.userId, tokenHash);
    const inserted = await this.staff.insert(
      member,
      await this.invitedEvent(tenant, member, principal),
      this.changedEvent(member, principal),
    );
    if (!inserted)
      throw DomainError.conflict(`${request.email} was invited meanwhile`, 'team.already_member');
    return member;
  }

  /** A new link for a pending invitation; the previous one stops working. */
  async resend(principal: Principal, staffId: string): Promise<StaffMember> {
    assertPermission(principal, 'team.manage');
    const member = await this.pendingInvitation(principal, staffId);
    teamRules.assertMayTouchOwnerRole(principal, member);
    const tenant = await this.tenantOf(principal);
    // The stored secret is replaced at once, so the previous link dies before the new e-mail goes.
    const { tokenHash } = newInviteToken();
    const next: StaffMember = { ...member, inviteTokenHash: tokenHash, invitedAt: new Date() };
    await this.apply(
      member,
      { inviteTokenHash: tokenHash, invitedAt: next.invitedAt },
      await this.invitedEvent(tenant, next, principal),
    );
    return next;
  }

  /**
   * The working team invitation link for the e-mail notification is sending: a new secret replaces the
   * stored one (earlier links die). Only for the notification service; empty unless still pending.
   */
  async issueLink(
    principal: Principal,
    staffId: string,
  ): Promise<{ status: StaffInvitationStatus; acceptUrl: string; addressUnavailable: boolean }> {
    assertNotificationService(principal);
    const member = await this.memberOf(principal, staffId);
    if (member.status !== 'invited') return { status: 'accepted', acceptUrl: '', addressUnavailable: false };
    if (isStaffInvitationExpired(member))
      return { status: 'expired', acceptUrl: '', addressUnavailable: false };
    // The address signs in to another organisation: no link; the e-mail says it cannot be used here.
    if (member.keycloakId.startsWith(UNLINKED_PREFIX))
      return { status: 'pending', acceptUrl: '', addressUnavailable: true };
    const { token, tokenHash } = newInviteToken();
    if (!(await this.staff.update(member.tenantId, member.id, member, { inviteTokenHash: tokenHash })))
      throw DomainError.precondition(CHANGED_MEANWHILE, 'team.changed');
    return {
      status: 'pending',
      acceptUrl: `${this.webUrl.replace(/\/$/, '')}/team-invitations/${token}`,
      addressUnavailable: false,
    };
  }

  /** Withdraws a pending invitation: the member, its link and its login go. */
  async cancel(principal: Principal, staffId: string): Promise<StaffMember> {
    assertPermission(principal, 'team.manage');
    const member = await this.pendingInvitation(principal, staffId);
    teamRules.assertMayTouchOwnerRole(principal, member);
    if (!(await this.staff.remove(member.tenantId, member.id)))
      throw DomainError.precondition(CHANGED_MEANWHILE, 'team.changed');
    const gone: StaffMember = { ...member, status: 'deactivated', inviteTokenHash: null };
    // The member's document is gone, so the tenant's carries the news: directories drop the person.
    await this.tenants.publish(member.tenantId, this.changedEvent(gone, principal));
    await this.keycloak.deleteUser(member.keycloakId);
    return gone;
  }

  async changeRole(principal: Principal, staffId: string, role: string): Promise<StaffMember> {
    assertPermission(principal, 'team.manage');
    const newRole = staffRoleOf(role);
    const member = await this.memberOf(principal, staffId);
    if (member.role === newRole) return member;
    teamRules.assertMayTouchOwnerRole(principal, member, newRole);
    if (member.role === 'owner')
      teamRules.assertNotLastOwner(member, await this.activeOwners(member.tenantId));
    const next: StaffMember = { ...member, role: newRole };
    await this.apply(member, { role: newRole }, this.changedEvent(next, principal));
    // The realm role mirrors the team's: tokens carry it, identity stays the authority.
    await this.keycloak.grantRealmRole(member.keycloakId, newRole);
    await this.keycloak.revokeRealmRole(member.keycloakId, member.role);
    return next;
  }

  /**
   * Deactivates a member: identity refuses them first (the gateway answers 401 at its next look-up),
   * then Keycloak disables the login and ends its sessions. Deactivating again finishes a half-done one.
   */
  async deactivate(principal: Principal, staffId: string): Promise<StaffMember> {
    assertPermission(principal, 'team.manage');
    const member = await this.memberOf(principal, staffId);
    teamRules.assertNotSelf(principal, member);
    teamRules.assertMayTouchOwnerRole(principal, member);
    if (member.status === 'invited')
      throw DomainError.precondition(
        `${member.email} has not accepted the invitation yet: cancel the invitation instead`,
        'team.invitation_pending',
      );
    let result = member;
    if (member.status === 'active') {
      teamRules.assertNotLastOwner(member, await this.activeOwners(member.tenantId));
      result = { ...member, status: 'deactivated', deactivatedAt: new Date() };
      await this.apply(
        member,
        { status: 'deactivated', deactivatedAt: result.deactivatedAt },
        this.changedEvent(result, principal),
      );
    }
    await this.keycloak.updateUser(member.keycloakId, { enabled: false });
    await this.keycloak.endSessions(member.keycloakId);
    return result;
  }

  async reactivate(principal: Principal, staffId: string): Promise<StaffMember> {
    assertPermission(principal, 'team.manage');
    const member = await this.memberOf(principal, staffId);
    teamRules.assertMayTouchOwnerRole(principal, member);
    if (member.status === 'invited')
      throw DomainError.precondition(
        `${member.email} has not accepted the invitation yet: there is nothing to reactivate`,
        'team.invitation_pending',
      );
    let result = member;
    if (member.status === 'deactivated') {
      result = { ...member, status: 'active', deactivatedAt: null };
      await this.apply(
        member,
        { status: 'active', deactivatedAt: null },
        this.changedEvent(result, principal),
      );
    }
    await this.keycloak.updateUser(member.keycloakId, { enabled: true });
    return result;
  }

  /** What the team invitation page shows to whoever holds the link; no principal needed. */
  async preview(token: string): Promise<StaffInvitationPreview> {
    const member = await this.byToken(token);
    const status: StaffInvitationStatus =
      member.status !== 'invited' ? 'accepted' : isStaffInvitationExpired(member) ? 'expired' : 'pending';
    // A dead link says only that it is dead: nobody's name, address or role.
    if (status !== 'pending')
      return { email: '', displayName: '', tenantName: '', role: member.role, status };
    const tenant = await this.tenants.find(member.tenantId);
    return {
      email: member.email,
      displayName: member.displayName,
      tenantName: tenant?.name ?? '',
      role: member.role,
      status,
    };
  }

  /** Accepts a team invitation: the chosen password is set in Keycloak and the member becomes active. */
  async accept(token: string, password: string): Promise<StaffMember> {
    const member = await this.byToken(token);
    if (member.status !== 'invited')
      throw DomainError.precondition(
        'This invitation link was already used. Sign in with your e-mail address and password.',
        'invitation.already_accepted',
      );
    if (isStaffInvitationExpired(member))
      throw DomainError.precondition(
        'This invitation link has expired (links work for 7 days). Ask for a new invitation.',
        'invitation.expired',
      );
    checkNewPassword(password, member.email);
    // One acceptance per link, even when two arrive at once (a unique insert is atomic on FerretDB).
    const claim = `staff:${member.inviteTokenHash ?? member.id}`;
    if (!(await this.invitations.claim(claim)))
      throw DomainError.precondition(
        'This invitation link is being used right now or was already used. Sign in, or ask for a new invitation.',
        'invitation.already_accepted',
      );
    try {
      await this.keycloak.setPassword(member.keycloakId, password);
      // Opening the e-mailed link proves the address.
      await this.keycloak.updateUser(member.keycloakId, { emailVerified: true, enabled: true });
      const active: StaffMember = { ...member, status: 'active' };
      await this.apply(member, { status: 'active' }, this.changedEvent(active, { userId: member.id }));
      return active;
    } catch (error) {
      await this.invitations.releaseClaim(claim);
      throw error;
    }
  }

  private async apply(member: StaffMember, changes: StaffChanges, ...events: OutboxEntry[]): Promise<void> {
    if (!(await this.staff.update(member.tenantId, member.id, member, changes, ...events)))
      throw DomainError.precondition(CHANGED_MEANWHILE, 'team.changed');
  }

  private async byToken(token: string): Promise<StaffMember> {
    const trimmed = token.trim();
    const member = trimmed ? await this.staff.findByInviteTokenHash(hashToken(trimmed)) : undefined;
    if (!member) throw new DomainError('NOT_FOUND', UNKNOWN_LINK);
    return member;
  }

  private async tenantOf(principal: Principal): Promise<Tenant> {
    const tenant = await this.tenants.find(principal.tenantId);
    if (!tenant) throw DomainError.precondition('Your organisation is not set up yet');
    return tenant;
  }

  /** A member of the caller's tenant; another tenant's members do not exist for it. */
  private async memberOf(principal: Principal, staffId: string): Promise<StaffMember> {
    const member = staffId.trim() ? await this.staff.find(principal.tenantId, staffId.trim()) : undefined;
    if (!member) throw DomainError.notFound('Team member', staffId);
    return member;
  }

  private async pendingInvitation(principal: Principal, staffId: string): Promise<StaffMember> {
    const member = await this.memberOf(principal, staffId);
    if (member.status !== 'invited')
      throw DomainError.precondition(
        `${member.email} accepted the invitation already: there is no pending invitation`,
        'team.not_invited',
      );
    return member;
  }

  private async activeOwners(tenantId: string): Promise<number> {
    return (await this.staff.list(tenantId)).filter(
      (member) => member.role === 'owner' && member.status === 'active',
    ).length;
  }

  /** The login of an invitee: created without a password, or a leftover of an earlier attempt reused. */
  private async teamLogin(tenant: Tenant, email: string, displayName: string): Promise<string> {
    const existing = await this.keycloak.findUserByEmail(email);
    if (existing) {
      // Another organisation's login: the inviting admin gets the same answer as for a fresh address
      // (nothing tells one tenant who signs in to another); nothing is created in Keycloak, and the
      // person is told by e-mail that this address cannot be used here (issueLink: addressUnavailable).
      if (existing.tenantId !== tenant.id) return `${UNLINKED_PREFIX}${randomUUID()}`;
      return existing.id;
    }
    return this.keycloak.createUser({ email, displayName, tenantId: tenant.id, emailVerified: false });
  }

  private async invitedEvent(
    tenant: Tenant,
    member: StaffMember,
    principal: Principal,
  ): Promise<OutboxEntry> {
    const inviter =
      principal.kind === 'staff' ? await this.staff.find(tenant.id, principal.userId) : undefined;
    return this.outbox.entry({
      type: 'identity.staff.invited',
      tenantId: tenant.id,
      subject: member.id,
      data: {
        staffId: member.id,
        email: member.email,
        displayName: member.displayName,
        role: member.role,
        tenantName: tenant.name,
        invitedByName: inviter?.displayName ?? principal.displayName ?? tenant.name,
        language: tenant.defaultLanguage,
      },
    });
  }

  /** The member as they are now, for the directories other services keep. */
  changedEvent(member: StaffMember, by: Pick<Principal, 'userId'>): OutboxEntry {
    return staffChangedEntry(this.outbox, member, by.userId);
  }
}

export function staffChangedEntry(
  outbox: EventOutbox<ProducedBy<'identity'>>,
  member: StaffMember,
  changedBy: string,
): OutboxEntry {
  return outbox.entry({
    type: 'identity.staff.changed',
    tenantId: member.tenantId,
    subject: member.id,
    data: {
      staffId: member.id,
      email: member.email,
      displayName: member.displayName,
      role: member.role,
      status: member.status,
      changedBy,
    },
  });
}

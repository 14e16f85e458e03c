import {
  assertPermission,
  DomainError,
  type EventOutbox,
  type OutboxEntry,
  type Principal,
  type StaffPermission,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { checkReason, newAccessLogEntry, type AccessLogEntry } from '../domain/access-log.js';
import type { ExternalUser } from '../domain/external-user.js';
import { staffRoleOf } from '../domain/staff.js';
import { newStaffMember, type StaffMember } from '../domain/tenant.js';
import type { KeycloakGateway } from '../adapters/keycloak.gateway.js';
import type { AccessLogRepository } from '../store/access-log.repository.js';
import type { ExternalUserRepository } from '../store/external-user.repository.js';
import type { InvitationRepository } from '../store/invitation.repository.js';
import type { StaffRepository } from '../store/staff.repository.js';
import { staffChangedEntry } from './team.service.js';

/** How long Keycloak's password reset link works (its action token's lifespan). */
export const PASSWORD_RESET_LIFESPAN_SECONDS = 12 * 60 * 60;

const CHANGED_MEANWHILE =
  "This person's access was changed by someone else meanwhile: reload the page and try again";

export interface RevocationSettings {
  /** The web app's public origin: where Keycloak sends the person after the reset. */
  webUrl: string;
  /** The web app's Keycloak client (the reset link returns to it). */
  webClientId: string;
}

/** The access.revoked event of a user: every gateway replica forgets them and closes their live streams. */
export function accessRevokedEntry(
  outbox: EventOutbox<ProducedBy<'identity'>>,
  user: Pick<ExternalUser, 'tenantId' | 'id' | 'keycloakId' | 'clientId'>,
  revokedBy: string,
  workspaceId: string,
  reason: 'workspace_removed' | 'portal_revoked' | 'converted_to_staff',
): OutboxEntry {
  return outbox.entry({
    type: 'identity.access.revoked',
    tenantId: user.tenantId,
    subject: user.id,
    data: {
      userId: user.id,
      keycloakId: user.keycloakId,
      clientId: user.clientId,
      workspaceId,
      revokedBy,
      reason,
    },
  });
}

/**
 * Taking a client user's access away (at once, everywhere) and giving it back; turning a client's
 * contact into a staff member with the same login; Keycloak's password reset e-mail sent by staff.
 * Each change is written to the client's access log. Order matters for "at once": identity refuses the
 * person first (the write), the event then makes every gateway forget its cached principal, and
 * Keycloak ends the sessions last (a Keycloak hiccup cannot leave them in).
 */
export class RevocationService {
  constructor(
    private readonly externalUsers: ExternalUserRepository,
    private readonly staff: StaffRepository,
    private readonly invitations: InvitationRepository,
    private readonly accessLog: AccessLogRepository,
    private readonly keycloak: KeycloakGateway,
    private readonly outbox: EventOutbox<ProducedBy<'identity'>>,
    private readonly settings: RevocationSettings,
  ) {}

  async listClientUsers(principal: Principal, clientId: string): Promise<ExternalUser[]> {
    this.assertStaff(principal, 'clients.view');
    if (!clientId.trim())
      throw DomainError.invalid('Choose a client', [
        { field: 'clientId', code: 'required', message: 'Choose a client' },
      ]);
    return this.externalUsers.listByClient(principal.tenantId, clientId.trim());
  }

  async listAccessLog(principal: Principal, clientId: string): Promise<AccessLogEntry[]> {
    this.assertStaff(principal, 'clients.view');
    if (!clientId.trim())
      throw DomainError.invalid('Choose a client', [
        { field: 'clientId', code: 'required', message: 'Choose a client' },
      ]);
    return this.accessLog.listByClient(principal.tenantId, clientId.trim());
  }

  async revokePortal(
    principal: Principal,
    request: { externalUserId: string; reason: string },
  ): Promise<ExternalUser> {
    this.assertStaff(principal, 'workspaces.manage');
    const reason = checkReason(request.reason);
    const user = await this.userOf(principal, request.externalUserId);
    if (user.status === 'revoked') {
      // Revoking again finishes a revocation whose Keycloak part failed (identity refuses them anyway).
      await this.endLogin(user.keycloakId);
      throw DomainError.conflict(`${user.displayName} has no access to the portal already`, 'access.revoked');
    }
    if (user.status === 'converted')
      throw DomainError.precondition(
        `${user.displayName} is a member of your team now: deactivate them from the team page`,
        'access.converted',
      );
    const now = new Date();
    const changed = await this.externalUsers.changeStatus(
      user.tenantId,
      user.id,
      user.status,
      { status: 'revoked', revokedAt: now, revokedReason: reason },
      now,
      accessRevokedEntry(this.outbox, user, principal.userId, '', 'portal_revoked'),
    );
    if (!changed) throw DomainError.precondition(CHANGED_MEANWHILE, 'access.changed');
    // A link still waiting in their inbox must not bring them back in.
    for (const workspaceId of user.workspaceIds)
      await this.invitations.cancelPending(user.tenantId, user.email, workspaceId);
    await this.endLogin(user.keycloakId);
    await this.accessLog.append(newAccessLogEntry(principal, user, 'portal_revoked', { reason }, now));
    return { ...user, status: 'revoked', revokedAt: now, revokedReason: reason };
  }

  async restorePortal(principal: Principal, externalUserId: string): Promise<ExternalUser> {
    this.assertStaff(principal, 'workspaces.manage');
    const user = await this.userOf(principal, externalUserId);
    if (user.status !== 'revoked')
      throw DomainError.conflict(`${user.displayName} has not lost their access`, 'access.not_revoked');
    // Back to where they were: someone who never accepted their invitation is invited again.
    const status = user.activatedAt ? 'active' : 'invited';
    const now = new Date();
    const changed = await this.externalUsers.changeStatus(
      user.tenantId,
      user.id,
      'revoked',
      { status, revokedAt: null, revokedReason: '' },
      now,
    );
    if (!changed) throw DomainError.precondition(CHANGED_MEANWHILE, 'access.changed');
    await this.keycloak.updateUser(user.keycloakId, { enabled: true });
    await this.accessLog.append(newAccessLogEntry(principal, user, 'portal_restored', {}, now));
    return { ...user, status, revokedAt: null, revokedReason: '' };
  }

  /**
   * Makes a client's contact a staff member with the same login. The staff record is inserted first
   * (its unique e-mail and login indexes make the conversion happen once); the external user is kept,
   * `converted`, so everything they did as a client keeps its author.
   */
  async convertToStaff(
    principal: Principal,
    request: { externalUserId: string; role: string },
  ): Promise<StaffMember> {
    this.assertStaff(principal, 'team.manage');
    const role = staffRoleOf(request.role);
    if (role === 'owner' && principal.kind === 'staff' && principal.staffRole !== 'owner')
      throw DomainError.forbidden(
        'Only an owner can grant or remove the owner role (you are an admin)',
        'team.owner_only',
      );
    const user = await this.userOf(principal, request.externalUserId);
    if (user.status === 'converted')
      throw DomainError.conflict(
        `${user.displayName} is a member of your team already`,
        'team.already_member',
      );
    if (user.status === 'invited')
      throw DomainError.precondition(
        `${user.displayName} has not accepted their portal invitation yet: invite them to the team instead`,
        'access.not_active',
      );
    if (user.status === 'revoked')
      throw DomainError.precondition(
        `${user.displayName} has no access to the portal: restore it first, or invite them to the team`,
        'access.revoked',
      );
    if (await this.staff.findByEmail(user.tenantId, user.email))
      throw DomainError.precondition(`${user.email} is a member of your team already`, 'team.already_member');
    const member = newStaffMember(
      user.tenantId,
      { keycloakId: user.keycloakId, email: user.email, displayName: user.displayName },
      role,
    );
    if (!(await this.staff.insert(member, staffChangedEntry(this.outbox, member, principal.userId))))
      throw DomainError.precondition(`${user.email} is a member of your team already`, 'team.already_member');
    const now = new Date();
    await this.externalUsers.changeStatus(
      user.tenantId,
      user.id,
      'active',
      { status: 'converted', staffId: member.id },
      now,
      accessRevokedEntry(this.outbox, user, principal.userId, '', 'converted_to_staff'),
    );
    for (const workspaceId of user.workspaceIds)
      await this.invitations.cancelPending(user.tenantId, user.email, workspaceId);
    // The realm roles mirror identity's answer (staff is found first at sign-in); the client session
    // ends so the next sign-in opens the staff app.
    await this.keycloak.grantRealmRole(user.keycloakId, role);
    await this.keycloak.revokeRealmRole(user.keycloakId, 'client');
    await this.keycloak.endSessions(user.keycloakId);
    await this.accessLog.append(
      newAccessLogEntry(principal, user, 'converted_to_staff', { reason: role }, now),
    );
    return member;
  }

  /** Keycloak's own reset e-mail (UPDATE_PASSWORD action token), to a client user with a password. */
  async sendPasswordReset(principal: Principal, externalUserId: string): Promise<void> {
    this.assertStaff(principal, 'workspaces.manage');
    const user = await this.userOf(principal, externalUserId);
    if (user.status === 'invited')
      throw DomainError.precondition(
        `${user.displayName} has not chosen a password yet: resend their invitation instead`,
        'access.not_active',
      );
    if (user.status === 'revoked')
      throw DomainError.precondition(
        `${user.displayName} has no access to the portal: restore it first`,
        'access.revoked',
      );
    if (user.status === 'converted')
      throw DomainError.precondition(
        `${user.displayName} is a member of your team now and changes their password from their menu`,
        'access.converted',
      );
    await this.keycloak.executeActionsEmail(user.keycloakId, ['UPDATE_PASSWORD'], {
      clientId: this.settings.webClientId,
      redirectUri: `${this.settings.webUrl.replace(/\/$/, '')}/portal`,
      lifespanSeconds: PASSWORD_RESET_LIFESPAN_SECONDS,
    });
    await this.accessLog.append(newAccessLogEntry(principal, user, 'password_reset_sent'));
  }

  /** The login stays (restoring gives it back) but cannot sign in, and its sessions end now. */
  private async endLogin(keycloakId: string): Promise<void> {
    await this.keycloak.updateUser(keycloakId, { enabled: false });
    await this.keycloak.endSessions(keycloakId);
  }

  /** Staff with the permission; a client user is told nothing exists (these are decisions about them). */
  private assertStaff(principal: Principal, permission: StaffPermission): void {
    if (principal.kind === 'client') throw DomainError.notFound('Portal user');
    assertPermission(principal, permission);
  }

  private async userOf(principal: Principal, externalUserId: string): Promise<ExternalUser> {
    const id = externalUserId.trim();
    const user = id ? await this.externalUsers.find(principal.tenantId, id) : undefined;
    if (!user) throw DomainError.notFound('Portal user', externalUserId);
    return user;
  }
}

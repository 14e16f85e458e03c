import {
  assertPermission,
  DomainError,
  type EventOutbox,
  type FieldViolation,
  type OutboxEntry,
  type PortalRight,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  checkRights,
  defaultRights,
  rightsIn,
  withRights,
  type ExternalUser,
} from '../domain/external-user.js';
import { normalizeEmail } from '../domain/people.js';
import type { InvitationService } from './invitation.service.js';
import type { PortalAccessService } from './portal-access.service.js';
import type { RoleRights } from '../domain/portal-role.js';
import type { ExternalUserRepository } from '../store/external-user.repository.js';
import type { InvitationRepository } from '../store/invitation.repository.js';
import type { AccessLogRepository } from '../store/access-log.repository.js';
import { newAccessLogEntry } from '../domain/access-log.js';
import { accessRevokedEntry } from './revocation.service.js';

/** A member of a workspace as staff manage them. */
export interface WorkspaceMember {
  workspaceId: string;
  user: ExternalUser;
  rights: PortalRight[];
}

export interface AddMemberInput {
  workspaceId: string;
  workspaceName: string;
  clientId: string;
  clientName: string;
  contactId: string;
  email: string;
  displayName: string;
  role: string;
  /** Empty: the role's default rights. */
  rights: string[];
  /** The contact's mobile number (stored on a new login as mobile_number). */
  mobile?: string;
}

type MemberEvent =
  | 'identity.workspace_member.added'
  | 'identity.workspace_member.rights_changed'
  | 'identity.workspace_member.removed';

/**
 * Who of a client is in which workspace with which rights. A contact is invited to the portal once
 * (the invitation flow) and added separately to each workspace; the rights stored here are what the
 * principal carries (PrincipalService), so every service enforces them.
 */
export class WorkspaceAccessService {
  constructor(
    private readonly externalUsers: ExternalUserRepository,
    private readonly invitations: InvitationRepository,
    private readonly invitationFlow: InvitationService,
    private readonly outbox: EventOutbox<ProducedBy<'identity'>>,
    /** Revocation slice: removals are written to the client's access log. */
    private readonly accessLog?: AccessLogRepository,
    /** Tenant roles and the "members may invite" option (issue 11, roles slice). */
    private readonly roles?: Pick<PortalAccessService, 'assertMayInvite' | 'roleRights'>,
  ) {}

  async addMember(principal: Principal, input: AddMemberInput): Promise<WorkspaceMember> {
    // Adding someone is inviting them: a manager's, or a member's when the tenant allows it and they
    // keep the role's rights (issue 11).
    if (principal.kind === 'client') throw DomainError.notFound('Workspace', input.workspaceId);
    if (this.roles) await this.roles.assertMayInvite(principal, { customRights: input.rights.length > 0 });
    else this.assertManager(principal, input.workspaceId);
    const workspaceId = input.workspaceId.trim();
    const clientId = input.clientId.trim();
    const contactId = input.contactId.trim();
    const violations: FieldViolation[] = [];
    if (!workspaceId)
      violations.push({ field: 'workspaceId', message: 'Choose the workspace', code: 'required' });
    if (!contactId)
      violations.push({ field: 'contactId', message: 'Choose a contact of the client', code: 'required' });
    if (violations.length > 0)
      throw DomainError.invalid('The member could not be added: check the highlighted fields', violations);
    const asked = input.rights.length > 0 ? checkRights(input.rights) : undefined;

    const known =
      (await this.externalUsers.findByContact(principal.tenantId, clientId, contactId)) ??
      (input.email.trim()
        ? await this.externalUsers.findByEmail(principal.tenantId, normalizeEmail(input.email))
        : undefined);
    if (known && known.clientId !== clientId)
      throw DomainError.precondition(
        `${known.email} already has access to another client's portal; a person belongs to one client only`,
      );
    if (known?.workspaceIds.includes(workspaceId))
      throw DomainError.conflict(
        `${known.displayName} is a member of this workspace already`,
        'member.exists',
      );

    let user: ExternalUser;
    if (known) {
      // A portal user already (invited or active): they get the workspace, and no second invitation.
      user = known;
    } else {
      // Not a portal user yet: invited once, through the invitation flow (which puts them in the workspace).
      const invited = await this.invitationFlow.sendInvitation(principal, {
        email: input.email,
        displayName: input.displayName,
        clientId,
        contactId,
        workspaceId,
        workspaceName: input.workspaceName,
        clientName: input.clientName,
        role: input.role,
        mobile: input.mobile ?? '',
      });
      user = invited.user;
    }
    // Without rights asked for, the member's rights follow their role (a role changed later changes them).
    const rights = asked ?? (await this.roleRights(principal.tenantId))(user.role);
    const updated: ExternalUser = {
      ...user,
      workspaceIds: user.workspaceIds.includes(workspaceId)
        ? user.workspaceIds
        : [...user.workspaceIds, workspaceId],
      workspaceAccess: asked
        ? withRights(user.workspaceAccess, workspaceId, asked)
        : user.workspaceAccess.filter((access) => access.workspaceId !== workspaceId),
    };
    await this.save(principal, updated, workspaceId, rights, 'identity.workspace_member.added');
    return { workspaceId, user: updated, rights };
  }

  async setRights(
    principal: Principal,
    request: { workspaceId: string; externalUserId: string; rights: string[] },
  ): Promise<WorkspaceMember> {
    this.assertManager(principal, request.workspaceId);
    const rights = checkRights(request.rights);
    if (rights.length === 0)
      throw DomainError.invalid('A member needs at least one right', [
        {
          field: 'rights',
          message: 'Give at least one right, or remove the member from the workspace',
          code: 'too_small',
        },
      ]);
    const user = await this.member(principal, request.workspaceId, request.externalUserId);
    const updated = {
      ...user,
      workspaceAccess: withRights(user.workspaceAccess, request.workspaceId, rights),
    };
    await this.save(
      principal,
      updated,
      request.workspaceId,
      rights,
      'identity.workspace_member.rights_changed',
    );
    return { workspaceId: request.workspaceId, user: updated, rights };
  }

  async removeMember(
    principal: Principal,
    request: { workspaceId: string; externalUserId: string },
  ): Promise<void> {
    this.assertManager(principal, request.workspaceId);
    const user = await this.member(principal, request.workspaceId, request.externalUserId);
    const updated = {
      ...user,
      workspaceIds: user.workspaceIds.filter((id) => id !== request.workspaceId),
      workspaceAccess: user.workspaceAccess.filter((access) => access.workspaceId !== request.workspaceId),
    };
    // identity.access.revoked rides with the removal: every gateway replica forgets the cached principal
    // (which still lists the workspace) and closes the person's live streams at once (revocation slice).
    await this.save(
      principal,
      updated,
      request.workspaceId,
      [],
      'identity.workspace_member.removed',
      accessRevokedEntry(this.outbox, user, principal.userId, request.workspaceId, 'workspace_removed'),
    );
    // A link still waiting in their inbox must not bring them back in.
    await this.invitations.cancelPending(user.tenantId, user.email, request.workspaceId);
    await this.accessLog?.append(
      newAccessLogEntry(principal, user, 'workspace_removed', { workspaceId: request.workspaceId }),
    );
  }

  async listMembers(principal: Principal, workspaceId: string): Promise<WorkspaceMember[]> {
    this.assertManager(principal, workspaceId);
    const users = await this.externalUsers.listInWorkspace(principal.tenantId, workspaceId.trim());
    const roleRights = await this.roleRights(principal.tenantId);
    return users.map((user) => ({ workspaceId, user, rights: rightsIn(user, workspaceId, roleRights) }));
  }

  private async roleRights(tenantId: string): Promise<RoleRights> {
    return this.roles ? this.roles.roleRights(tenantId) : defaultRights;
  }

  /** Staff with workspaces.manage; a client user is told nothing exists (member configuration is not theirs). */
  private assertManager(principal: Principal, workspaceId: string): void {
    if (principal.kind === 'client') throw DomainError.notFound('Workspace', workspaceId);
    assertPermission(principal, 'workspaces.manage');
  }

  private async member(
    principal: Principal,
    workspaceId: string,
    externalUserId: string,
  ): Promise<ExternalUser> {
    const user = await this.externalUsers.find(principal.tenantId, externalUserId.trim());
    if (!user || !user.workspaceIds.includes(workspaceId.trim()))
      throw DomainError.notFound('Workspace member', externalUserId);
    return user;
  }

  private async save(
    principal: Principal,
    user: ExternalUser,
    workspaceId: string,
    rights: readonly PortalRight[],
    type: MemberEvent,
    ...more: OutboxEntry[]
  ): Promise<void> {
    const data = {
      workspaceId,
      clientId: user.clientId,
      clientVisible: false as const,
      actorName: principal.displayName ?? '',
      title: user.displayName,
      externalUserId: user.id,
      contactId: user.contactId,
      rights: [...rights],
    };
    await this.externalUsers.saveAccess(
      user,
      new Date(),
      this.outbox.entry({ type, tenantId: user.tenantId, subject: user.id, data }),
      ...more,
    );
  }
}

import { DomainError, roleAllows, type Principal } from '@client-portal/kit';
import { accessOf, type ExternalUser } from '../domain/external-user.js';
import type { CodeActivationService } from './code-activation.service.js';
import type { PortalAccessService } from './portal-access.service.js';
import type { ExternalUserRepository } from '../store/external-user.repository.js';
import type { StaffRepository } from '../store/staff.repository.js';
import type { TenantRepository } from '../store/tenant.repository.js';

export interface ResolvedPrincipal {
  principal: Principal;
  displayName: string;
  email: string;
  tenantName: string;
  /** The tenant's step-up limit (security settings), seconds; 0 = none. Only on a sign-in's resolution. */
  stepUpMaxAgeSeconds?: number;
}

/** Turns a signed-in Keycloak subject into who they are here: staff with a role, or a client's user. */
export class PrincipalService {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly staff: StaffRepository,
    private readonly externalUsers: ExternalUserRepository,
    /** The tenant's step-up limit (passkeys-stepup slice): the gateway puts it on the signed principal. */
    private readonly stepUpLimit: (tenantId: string) => Promise<number> = () => Promise.resolve(0),
    /** Activates an invited client who signed in by code (login-codes slice); absent: never. */
    private readonly codeActivation?: CodeActivationService,
    /** The tenant's role catalogue (issue 11: tenant roles); without it only built-in roles are known. */
    private readonly roles?: Pick<PortalAccessService, 'roleRights'>,
  ) {}

  async resolve(
    caller: Principal | undefined,
    subject: string,
    tenantId: string,
  ): Promise<ResolvedPrincipal> {
    const resolved = await this.resolveSignIn(caller, subject, tenantId);
    return { ...resolved, stepUpMaxAgeSeconds: await this.stepUpLimit(resolved.principal.tenantId) };
  }

  private async resolveSignIn(
    caller: Principal | undefined,
    subject: string,
    tenantId: string,
  ): Promise<ResolvedPrincipal> {
    // Only the platform itself (the gateway) resolves sign-ins: a call without a service principal is refused.
    if (!caller) throw DomainError.unauthenticated('Resolving a sign-in needs the platform service identity');
    if (caller.kind !== 'service') throw DomainError.forbidden('Only the platform itself resolves sign-ins');
    if (!subject.trim()) throw DomainError.unauthenticated('The sign-in token names no user');
    const member = await this.staff.findByKeycloakId(subject);
    if (member) {
      this.assertSameTenant(member.tenantId, tenantId);
      if (member.status === 'deactivated')
        throw DomainError.unauthenticated(
          'This account was deactivated by your organisation. Ask an owner or admin if you need access again.',
        );
      if (member.status === 'invited')
        throw DomainError.unauthenticated(
          'This invitation has not been accepted yet: open the link in the invitation e-mail to choose a password.',
        );
      return {
        principal: {
          userId: member.id,
          tenantId: member.tenantId,
          kind: 'staff',
          staffRole: member.role,
          workspaceIds: [],
          displayName: member.displayName,
        },
        displayName: member.displayName,
        email: member.email,
        tenantName: await this.tenantName(member.tenantId),
      };
    }
    const user = await this.externalUsers.findByKeycloakId(subject);
    if (!user)
      throw DomainError.unauthenticated(
        'This account is not known to the client portal. Ask the agency for an invitation.',
      );
    this.assertSameTenant(user.tenantId, tenantId);
    // Revocation slice: a revoked user's old token is refused at its next look-up (the gateway forgets
    // the cached principal on identity.access.revoked), whatever it still says.
    if (user.status === 'revoked')
      throw DomainError.unauthenticated(
        'Your access to this portal was removed. Contact the agency if you think this is a mistake.',
      );
    if (user.status === 'converted')
      throw DomainError.unauthenticated(
        'This login belongs to a member of the agency team now: sign in again',
      );
    if (user.status !== 'active') {
      const activated = await this.codeActivation?.activateIfSignedInByCode(user);
      if (activated) return this.asClientUser(activated);
      throw DomainError.unauthenticated(
        'This invitation has not been accepted yet: open the link in the invitation e-mail to choose a password.',
      );
    }
    return this.asClientUser(user);
  }

  /**
   * "View as client" (issue 10): the principal of a client's portal user, for a staff member of the
   * same tenant allowed portal.view_as_client. Only the platform (the gateway) asks; the gateway marks
   * the answer viewedBy the staff member and refuses every change made through it.
   */
  async resolveExternalUser(
    caller: Principal | undefined,
    request: { tenantId: string; staffUserId: string; externalUserId: string },
  ): Promise<ResolvedPrincipal> {
    if (!caller) throw DomainError.unauthenticated('Resolving a sign-in needs the platform service identity');
    if (caller.kind !== 'service') throw DomainError.forbidden('Only the platform itself resolves sign-ins');
    const member = await this.staff.find(request.tenantId, request.staffUserId);
    if (!member || member.status !== 'active')
      throw DomainError.forbidden('Only active members of the agency team may view the portal as a client');
    if (!roleAllows(member.role, 'portal.view_as_client'))
      throw DomainError.forbidden(
        'Viewing the portal as a client needs the manager role or higher',
        'permission.portal.view_as_client',
      );
    const user = await this.externalUsers.find(request.tenantId, request.externalUserId.trim());
    // Someone of another tenant, or nobody: the same answer.
    if (!user) throw DomainError.notFound('Portal user', request.externalUserId);
    if (user.status !== 'active')
      throw DomainError.precondition('This contact has not accepted their invitation to the portal yet');
    return this.asClientUser(user);
  }

  /** Staff with portal.view_as_client: the client's portal users who may be viewed as (active ones). */
  async listPortalUsers(caller: Principal | undefined, clientId: string): Promise<ExternalUser[]> {
    if (!caller) throw DomainError.unauthenticated();
    if (
      caller.kind !== 'staff' ||
      !caller.staffRole ||
      !roleAllows(caller.staffRole, 'portal.view_as_client')
    )
      throw DomainError.forbidden(
        'Viewing the portal as a client needs the manager role or higher',
        'permission.portal.view_as_client',
      );
    if (!clientId.trim())
      throw DomainError.invalid('Choose a client', [
        { field: 'clientId', code: 'required', message: 'Choose a client' },
      ]);
    return (await this.externalUsers.listByClient(caller.tenantId, clientId.trim())).filter(
      (user) => user.status === 'active',
    );
  }

  private async asClientUser(user: ExternalUser): Promise<ResolvedPrincipal> {
    return {
      principal: {
        userId: user.id,
        tenantId: user.tenantId,
        kind: 'client',
        clientId: user.clientId,
        contactId: user.contactId,
        workspaceIds: user.workspaceIds,
        // The rights staff stored per workspace; the role's default where none were stored.
        workspaceAccess: accessOf(user, await this.roles?.roleRights(user.tenantId)),
        displayName: user.displayName,
      },
      displayName: user.displayName,
      email: user.email,
      tenantName: await this.tenantName(user.tenantId),
    };
  }

  private assertSameTenant(known: string, claimed: string): void {
    if (known !== claimed)
      throw DomainError.unauthenticated(
        'The sign-in token names another organisation than this account belongs to',
      );
  }

  private async tenantName(tenantId: string): Promise<string> {
    return (await this.tenants.find(tenantId))?.name ?? '';
  }
}

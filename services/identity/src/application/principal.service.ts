import { DomainError, type Principal } from '@client-portal/kit';
import { accessOf } from '../domain/external-user.js';
import type { ExternalUserRepository } from '../store/external-user.repository.js';
import type { StaffRepository } from '../store/staff.repository.js';
import type { TenantRepository } from '../store/tenant.repository.js';

export interface ResolvedPrincipal {
  principal: Principal;
  displayName: string;
  email: string;
  tenantName: string;
}

/** Turns a signed-in Keycloak subject into who they are here: staff with a role, or a client's user. */
export class PrincipalService {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly staff: StaffRepository,
    private readonly externalUsers: ExternalUserRepository,
  ) {}

  async resolve(
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
    if (user.status !== 'active')
      throw DomainError.unauthenticated(
        'This invitation has not been accepted yet: open the link in the invitation e-mail to choose a password.',
      );
    return {
      principal: {
        userId: user.id,
        tenantId: user.tenantId,
        kind: 'client',
        clientId: user.clientId,
        contactId: user.contactId,
        workspaceIds: user.workspaceIds,
        // The rights staff stored per workspace; the role's default where none were stored.
        workspaceAccess: accessOf(user),
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

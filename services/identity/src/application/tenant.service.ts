import { randomUUID } from 'node:crypto';
import {
  assertPermission,
  assertStaff,
  DomainError,
  type EventOutbox,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  newStaffMember,
  newTenant,
  tenantRequest,
  type EnsureTenantInput,
  type StaffMember,
  type Tenant,
  type TenantRequest,
} from '../domain/tenant.js';
import type { KeycloakGateway, RealmUser } from '../adapters/keycloak.gateway.js';
import type { StaffRepository } from '../store/staff.repository.js';
import type { TenantRepository } from '../store/tenant.repository.js';
import { staffChangedEntry } from './team.service.js';

/** Tenants and their team: seeding, lookups. */
export class TenantService {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly staff: StaffRepository,
    private readonly keycloak: KeycloakGateway,
    private readonly outbox: EventOutbox<ProducedBy<'identity'>>,
  ) {}

  /**
   * Creates the tenant and its owner unless the slug exists. Safe to run again after a crash or on a
   * reseed: an owner login that exists in Keycloak is reused as it is (its password untouched), and
   * its tenant_id gives the tenant back its former id, so tokens already issued stay valid.
   */
  async ensure(
    principal: Principal | undefined,
    input: EnsureTenantInput,
  ): Promise<{ tenant: Tenant; owner: StaffMember; created: boolean }> {
    if (!principal)
      throw DomainError.unauthenticated('Setting up an organisation needs the platform service identity');
    if (principal.kind !== 'service')
      throw DomainError.forbidden('Only the platform itself can set up an organisation');
    const request = tenantRequest(input);
    const existing = await this.tenants.findBySlug(request.slug);
    if (existing) {
      // Seeding again with another e-mail must not add an owner: the tenant's owner is the answer.
      const owner = (await this.staff.list(existing.id)).find((member) => member.role === 'owner');
      if (owner) {
        // Republished on every seed: tenants set up before the team directory existed get their owner in it.
        await this.staff.publish(
          existing.id,
          owner.id,
          staffChangedEntry(this.outbox, owner, principal.userId),
        );
      }
      return {
        tenant: existing,
        owner: owner ?? (await this.ensureOwner(existing.id, request)),
        created: false,
      };
    }

    const login = await this.keycloak.findUserByEmail(request.owner.email);
    const tenantId = login?.tenantId ?? randomUUID();
    const holder = login?.tenantId ? await this.tenants.find(login.tenantId) : undefined;
    if (holder)
      throw DomainError.precondition(
        `${request.owner.email} already owns the organisation "${holder.name}"; choose another owner e-mail`,
      );
    const tenant = newTenant(request, tenantId);
    const owner = await this.ensureOwner(tenant.id, request, login);
    const inserted = await this.tenants.insert(
      tenant,
      this.outbox.entry({
        type: 'identity.tenant.created',
        tenantId: tenant.id,
        subject: tenant.id,
        data: {
          tenantId: tenant.id,
          slug: tenant.slug,
          name: tenant.name,
          ownerUserId: owner.id,
          ownerEmail: owner.email,
        },
      }),
    );
    if (!inserted) {
      // A concurrent seed took the slug between our look-up and our insert: its tenant is the answer.
      const winner = await this.tenants.findBySlug(request.slug);
      if (!winner) throw new Error(`Tenant slug ${request.slug} is taken but cannot be read`);
      return { tenant: winner, owner: await this.ensureOwner(winner.id, request), created: false };
    }
    return { tenant, owner, created: true };
  }

  async get(principal: Principal, tenantId: string): Promise<Tenant> {
    const id = tenantId || principal.tenantId;
    // Outside the platform's own services, a tenant sees only itself; others do not exist for it.
    const tenant =
      principal.kind === 'service' || id === principal.tenantId ? await this.tenants.find(id) : undefined;
    if (!tenant) throw DomainError.notFound('Organisation', id);
    return tenant;
  }

  /**
   * The active team; with includeInactive also the invited and deactivated members (the team page,
   * which needs team.manage).
   */
  async listStaff(principal: Principal, tenantId: string, includeInactive = false): Promise<StaffMember[]> {
    assertStaff(principal, 'member');
    if (includeInactive) assertPermission(principal, 'team.manage');
    const all = await this.staff.list(
      principal.kind === 'service' ? tenantId || principal.tenantId : principal.tenantId,
    );
    return includeInactive ? all : all.filter((member) => member.status === 'active');
  }

  private async ensureOwner(
    tenantId: string,
    request: TenantRequest,
    knownLogin?: RealmUser,
  ): Promise<StaffMember> {
    const { email, displayName, password } = request.owner;
    const member = await this.staff.findByEmail(tenantId, email);
    if (member) return member;
    const login = knownLogin ?? (await this.keycloak.findUserByEmail(email));
    let keycloakId: string;
    if (login) {
      if (login.tenantId && login.tenantId !== tenantId)
        throw DomainError.precondition(
          `${email} already signs in to another organisation; choose another owner e-mail`,
        );
      keycloakId = login.id;
      if (!login.tenantId) await this.keycloak.updateUser(keycloakId, { tenantId });
    } else {
      keycloakId = await this.keycloak.createUser({
        email,
        displayName,
        tenantId,
        emailVerified: true,
        password,
      });
    }
    await this.keycloak.grantRealmRole(keycloakId, 'owner');
    const owner = newStaffMember(tenantId, { keycloakId, email, displayName }, 'owner');
    const stored = await this.staff.ensure(owner, staffChangedEntry(this.outbox, owner, 'platform'));
    return stored;
  }
}

import { createHash } from 'node:crypto';
import {
  assertPermission,
  DomainError,
  type EventOutbox,
  type OutboxEntry,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  assertValidLogo,
  checkBrandingInput,
  defaultBranding,
  normalizeSubdomain,
  subdomainProblem,
  subdomainTaken,
  type Branding,
  type BrandingInput,
} from '../domain/branding.js';
import type { Tenant } from '../domain/tenant.js';
import type { BrandingRepository } from '../store/branding.repository.js';
import type { TenantRepository } from '../store/tenant.repository.js';

const CHANGED_MEANWHILE = 'The branding was changed meanwhile by someone else: reload and try again';

export interface BrandingWithTenant {
  branding: Branding;
  tenant: Tenant;
}

/** What anybody may see of a tenant's branding without logging in. */
export interface PublicBrandingView {
  slug: string;
  name: string;
  primaryColor: string;
  accentColor: string;
  defaultLanguage: string;
  logoSha256: string;
}

export interface SubdomainCheck {
  subdomain: string;
  available: boolean;
  reason: string;
  message: string;
}

/**
 * The tenant's branding: everyone of the tenant reads it, staff with portal.configure change it. The
 * sub-domain is claimed platform-wide by inserting `subdomain:<label>` (unique `_id`) BEFORE the
 * branding is saved, and the old one is freed after: a crash in between leaves a claim its tenant
 * still holds (it may claim it again), never two tenants on one label.
 */
export class BrandingService {
  constructor(
    private readonly brandings: BrandingRepository,
    private readonly tenants: TenantRepository,
    private readonly outbox: EventOutbox<ProducedBy<'identity'>>,
  ) {}

  async get(principal: Principal): Promise<BrandingWithTenant> {
    return this.of(principal.tenantId);
  }

  async update(
    principal: Principal,
    input: BrandingInput,
    expectedVersion: number,
  ): Promise<BrandingWithTenant> {
    assertPermission(principal, 'portal.configure');
    const checked = checkBrandingInput(input);
    const { branding: current, tenant } = await this.of(principal.tenantId);
    if (current.version !== expectedVersion)
      throw DomainError.precondition(CHANGED_MEANWHILE, 'branding.changed');
    const changingSubdomain = checked.subdomain !== current.subdomain;
    if (changingSubdomain && checked.subdomain) {
      const claimed = await this.brandings.claim(checked.subdomain, tenant.id);
      if (!claimed) throw subdomainTaken(checked.subdomain);
    }
    const next: Branding = {
      ...current,
      ...checked,
      version: current.version + 1,
      updatedAt: new Date(),
      updatedBy: principal.userId,
    };
    const saved = await this.brandings.save(next, expectedVersion, this.changedEntry(next, tenant));
    if (!saved) {
      if (changingSubdomain && checked.subdomain) await this.brandings.release(checked.subdomain, tenant.id);
      throw DomainError.precondition(CHANGED_MEANWHILE, 'branding.changed');
    }
    if (changingSubdomain && current.subdomain) await this.brandings.release(current.subdomain, tenant.id);
    return { branding: next, tenant };
  }

  /** The last upload wins unless the caller names the version it read (expectedVersion > 0). */
  async setLogo(principal: Principal, content: Buffer, expectedVersion: number): Promise<BrandingWithTenant> {
    assertPermission(principal, 'portal.configure');
    const contentType = assertValidLogo(content);
    const { branding: current, tenant } = await this.of(principal.tenantId);
    if (expectedVersion > 0 && current.version !== expectedVersion)
      throw DomainError.precondition(CHANGED_MEANWHILE, 'branding.changed');
    const sha256 = createHash('sha256').update(content).digest('hex');
    // The bytes first: the branding only points at a logo that is stored (the public URL carries its hash).
    await this.brandings.saveLogo(tenant.id, { contentType, sha256, content });
    const next: Branding = {
      ...current,
      logo: { contentType, size: content.length, sha256, uploadedAt: new Date() },
      version: current.version + 1,
      updatedAt: new Date(),
      updatedBy: principal.userId,
    };
    if (!(await this.brandings.save(next, current.version, this.changedEntry(next, tenant))))
      throw DomainError.precondition(CHANGED_MEANWHILE, 'branding.changed');
    return { branding: next, tenant };
  }

  /** Idempotent: removing a logo that is not there changes nothing. */
  async removeLogo(principal: Principal, expectedVersion: number): Promise<BrandingWithTenant> {
    assertPermission(principal, 'portal.configure');
    const { branding: current, tenant } = await this.of(principal.tenantId);
    if (!current.logo) return { branding: current, tenant };
    if (expectedVersion > 0 && current.version !== expectedVersion)
      throw DomainError.precondition(CHANGED_MEANWHILE, 'branding.changed');
    const next: Branding = {
      ...current,
      logo: null,
      version: current.version + 1,
      updatedAt: new Date(),
      updatedBy: principal.userId,
    };
    if (!(await this.brandings.save(next, current.version, this.changedEntry(next, tenant))))
      throw DomainError.precondition(CHANGED_MEANWHILE, 'branding.changed');
    await this.brandings.removeLogo(tenant.id);
    return { branding: next, tenant };
  }

  async checkSubdomain(principal: Principal, value: string): Promise<SubdomainCheck> {
    assertPermission(principal, 'portal.configure');
    const subdomain = normalizeSubdomain(value);
    const problem = subdomainProblem(subdomain);
    if (problem) return { subdomain, available: false, reason: problem.code, message: problem.message };
    const holder = await this.brandings.holderOf(subdomain);
    if (holder && holder !== principal.tenantId)
      return { subdomain, available: false, reason: 'taken', message: `“${subdomain}” is already taken` };
    return { subdomain, available: true, reason: '', message: '' };
  }

  /** By sub-domain or by the tenant's slug; NOT_FOUND for anything unknown (nothing else is said). */
  async publicBranding(query: { subdomain: string; slug: string }): Promise<PublicBrandingView> {
    const { branding, tenant } = await this.resolve(query);
    return {
      slug: tenant.slug,
      name: branding.portalName || tenant.name,
      primaryColor: branding.primaryColor,
      accentColor: branding.accentColor,
      defaultLanguage: branding.defaultLanguage,
      logoSha256: branding.logo?.sha256 ?? '',
    };
  }

  async publicLogo(slug: string): Promise<{ content: Buffer; contentType: string; sha256: string }> {
    const tenant = slug ? await this.tenants.findBySlug(slug.trim().toLowerCase()) : undefined;
    const logo = tenant ? await this.brandings.findLogo(tenant.id) : undefined;
    if (!logo) throw DomainError.notFound('Logo');
    return logo;
  }

  private async resolve(query: { subdomain: string; slug: string }): Promise<BrandingWithTenant> {
    const subdomain = normalizeSubdomain(query.subdomain);
    if (subdomain) {
      const branding = await this.brandings.findBySubdomain(subdomain);
      const tenant = branding ? await this.tenants.find(branding.tenantId) : undefined;
      if (!branding || !tenant) throw DomainError.notFound('Portal');
      return { branding, tenant };
    }
    const slug = query.slug.trim().toLowerCase();
    const tenant = slug ? await this.tenants.findBySlug(slug) : undefined;
    if (!tenant) throw DomainError.notFound('Portal');
    return {
      branding: (await this.brandings.find(tenant.id)) ?? defaultBranding(tenant.id, tenant.defaultLanguage),
      tenant,
    };
  }

  private async of(tenantId: string): Promise<BrandingWithTenant> {
    const tenant = await this.tenants.find(tenantId);
    if (!tenant) throw DomainError.notFound('Tenant', tenantId);
    const branding =
      (await this.brandings.find(tenantId)) ?? defaultBranding(tenantId, tenant.defaultLanguage);
    return { branding, tenant };
  }

  private changedEntry(branding: Branding, tenant: Tenant): OutboxEntry {
    return this.outbox.entry({
      type: 'identity.branding.changed',
      tenantId: tenant.id,
      subject: tenant.id,
      data: {
        tenantId: tenant.id,
        slug: tenant.slug,
        name: branding.portalName || tenant.name,
        primaryColor: branding.primaryColor,
        accentColor: branding.accentColor,
        defaultLanguage: branding.defaultLanguage,
        subdomain: branding.subdomain,
        logoSha256: branding.logo?.sha256 ?? '',
        senderName: branding.senderName,
        replyTo: branding.replyTo,
        brandingVersion: branding.version,
      },
    });
  }
}

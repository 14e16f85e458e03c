import { DomainError, principalIssuer, type Logger, type Principal } from '@client-portal/kit';
import {
  checkPartnerApplicationInput,
  epochSeconds,
  newPartnerApplicationIds,
  newSecret,
  type PartnerApplication,
  type PartnerApplicationInput,
} from '../domain/partner-application.js';
import type { PartnerClient } from '../adapters/keycloak.gateway.js';
import type { PartnerApplicationRepository } from '../store/partner-application.repository.js';
import type { StaffRepository } from '../store/staff.repository.js';

/** The audience every partner token carries and the partner API checks. */
export const PARTNER_API_AUDIENCE = 'client-portal-partner-api';

/** What the service needs of Keycloak (the KeycloakGateway). */
export interface PartnerClientDirectory {
  readonly tokenUrl: string;
  createPartnerClient(client: PartnerClient): Promise<string>;
  setPartnerClientSecret(keycloakId: string, secret: string): Promise<void>;
  deletePartnerClient(keycloakId: string): Promise<void>;
}

export interface IssuedSecret {
  application: PartnerApplication;
  /** Shown once; identity keeps only its hash. */
  clientSecret: string;
  tokenUrl: string;
}

const CHANGED_MEANWHILE =
  'The partner application was changed meanwhile by someone else: reload it and try again';

/**
 * Partner applications (issue 13): admins and owners of a tenant create them (one Keycloak client
 * each), choose their scopes and rate limit, rotate their secret or revoke them. The gateway's partner
 * server asks ResolvePartnerClient on every call, so a change takes effect on the next call.
 */
export class PartnerApplicationService {
  constructor(
    private readonly applications: PartnerApplicationRepository,
    private readonly staff: StaffRepository,
    private readonly keycloak: PartnerClientDirectory,
    private readonly logger: Logger,
  ) {}

  async create(principal: Principal, input: PartnerApplicationInput): Promise<IssuedSecret> {
    assertManager(principal);
    const checked = checkPartnerApplicationInput(input);
    const { id, clientId } = newPartnerApplicationIds();
    const secret = newSecret();
    const keycloakId = await this.keycloak.createPartnerClient({
      clientId,
      name: `Partner application: ${checked.name}`.slice(0, 200),
      description: `Tenant ${principal.tenantId}, application ${id} (managed by the identity service)`,
      secret: secret.secret,
      audience: PARTNER_API_AUDIENCE,
      tenantId: principal.tenantId,
      applicationId: id,
    });
    const now = new Date();
    const application: PartnerApplication = {
      id,
      tenantId: principal.tenantId,
      ...checked,
      clientId,
      keycloakId,
      status: 'active',
      secretHash: secret.hash,
      secretHint: secret.hint,
      tokensValidAfter: 0,
      createdAt: now,
      createdBy: principal.userId,
      createdByName: await this.nameOf(principal),
      secretRotatedAt: null,
      revokedAt: null,
      lastUsedAt: null,
      updatedAt: now,
      version: 1,
    };
    try {
      await this.applications.insert(application);
    } catch (error) {
      // Not recorded: the Keycloak client must not outlive it as credentials nobody can see or revoke.
      await this.keycloak.deletePartnerClient(keycloakId).catch((cleanup: unknown) => {
        this.logger.error({ err: cleanup, clientId }, 'orphan partner client left in Keycloak');
      });
      throw error;
    }
    this.logger.info(
      { applicationId: id, clientId, tenantId: principal.tenantId },
      'partner application created',
    );
    return { application, clientSecret: secret.secret, tokenUrl: this.keycloak.tokenUrl };
  }

  async list(principal: Principal): Promise<PartnerApplication[]> {
    assertManager(principal);
    return this.applications.list(principal.tenantId);
  }

  async get(principal: Principal, id: string): Promise<PartnerApplication> {
    assertManager(principal);
    return this.find(principal.tenantId, id);
  }

  async update(
    principal: Principal,
    id: string,
    input: PartnerApplicationInput,
  ): Promise<PartnerApplication> {
    assertManager(principal);
    const current = await this.find(principal.tenantId, id);
    if (current.status === 'revoked')
      throw DomainError.precondition('A revoked application cannot be changed', 'partner_app.revoked');
    const checked = checkPartnerApplicationInput(input);
    const next: PartnerApplication = {
      ...current,
      ...checked,
      updatedAt: new Date(),
      version: current.version + 1,
    };
    if (!(await this.applications.replace(next, current.version)))
      throw DomainError.precondition(CHANGED_MEANWHILE, 'partner_app.changed');
    return next;
  }

  async rotate(principal: Principal, id: string): Promise<IssuedSecret> {
    assertManager(principal);
    const current = await this.find(principal.tenantId, id);
    if (current.status === 'revoked')
      throw DomainError.precondition('A revoked application has no secret to rotate', 'partner_app.revoked');
    const secret = newSecret();
    // Keycloak first: if it fails, the old secret still works and nothing was recorded.
    await this.keycloak.setPartnerClientSecret(current.keycloakId, secret.secret);
    const now = new Date();
    const next: PartnerApplication = {
      ...current,
      secretHash: secret.hash,
      secretHint: secret.hint,
      // Tokens of the old secret still live (Keycloak signs stateless tokens): the gateway refuses those
      // issued before now.
      tokensValidAfter: epochSeconds(now),
      secretRotatedAt: now,
      updatedAt: now,
      version: current.version + 1,
    };
    if (!(await this.applications.replace(next, current.version)))
      throw DomainError.precondition(CHANGED_MEANWHILE, 'partner_app.changed');
    this.logger.info({ applicationId: id, tenantId: principal.tenantId }, 'partner secret rotated');
    return { application: next, clientSecret: secret.secret, tokenUrl: this.keycloak.tokenUrl };
  }

  /**
   * Revoked first in identity (the gateway refuses the application's tokens from the next call on),
   * then the Keycloak client is deleted. Revoking again retries the deletion, so a Keycloak failure is
   * mended by repeating the action.
   */
  async revoke(principal: Principal, id: string): Promise<PartnerApplication> {
    assertManager(principal);
    let current = await this.find(principal.tenantId, id);
    if (current.status === 'active') {
      const now = new Date();
      const next: PartnerApplication = {
        ...current,
        status: 'revoked',
        revokedAt: now,
        updatedAt: now,
        version: current.version + 1,
      };
      if (!(await this.applications.replace(next, current.version)))
        throw DomainError.precondition(CHANGED_MEANWHILE, 'partner_app.changed');
      current = next;
    }
    await this.keycloak.deletePartnerClient(current.keycloakId);
    this.logger.info({ applicationId: id, tenantId: principal.tenantId }, 'partner application revoked');
    return current;
  }

  /**
   * The gateway's partner server only: the application behind a token's client id, in the token's
   * tenant (the principal's). Revoked applications are answered too (status says so). Marks it used.
   */
  async resolve(principal: Principal, clientId: string): Promise<PartnerApplication> {
    if (
      principal.kind !== 'service' ||
      principal.userId !== 'service:gateway' ||
      principalIssuer(principal) !== 'gateway'
    )
      throw DomainError.forbidden('Only the gateway resolves partner clients');
    const application = await this.applications.findByClientId(principal.tenantId, clientId.trim());
    if (!application) throw DomainError.notFound('Partner client', clientId);
    if (application.status === 'active') {
      await this.applications.touch(application, new Date()).catch((error: unknown) => {
        // A missed "last used" hint must not refuse the partner's call.
        this.logger.warn({ err: error, applicationId: application.id }, 'partner last-used not recorded');
      });
    }
    return application;
  }

  private async find(tenantId: string, id: string): Promise<PartnerApplication> {
    const application = id.trim() ? await this.applications.find(tenantId, id.trim()) : undefined;
    if (!application) throw DomainError.notFound('Partner application', id);
    return application;
  }

  private async nameOf(principal: Principal): Promise<string> {
    if (principal.kind === 'staff') {
      const member = await this.staff.find(principal.tenantId, principal.userId).catch(() => undefined);
      if (member?.displayName) return member.displayName;
    }
    return principal.displayName ?? '';
  }
}

/** Admins and owners of the tenant; anyone else is refused before anything is looked up. */
function assertManager(principal: Principal): void {
  if (principal.kind === 'staff' && (principal.staffRole === 'admin' || principal.staffRole === 'owner'))
    return;
  throw DomainError.forbidden(
    principal.kind === 'staff'
      ? `Partner applications are managed by the agency's admins and owners (you are ${principal.staffRole === 'member' ? 'a member' : `a ${principal.staffRole ?? 'team member'}`})`
      : "Partner applications are managed by the agency's admins and owners",
    'permission.partner_apps.manage',
  );
}

import { assertPermission, DomainError, type Principal } from '@client-portal/kit';
import {
  checkStepUpMaxAge,
  defaultSecuritySettings,
  type SecuritySettings,
} from '../domain/security-settings.js';
import type { SecuritySettingsRepository } from '../store/security-settings.repository.js';

const CHANGED_MEANWHILE =
  'The security settings were changed meanwhile by someone else: reload them and try again';

/**
 * The tenant's sign-in security settings. Staff read them; admins and owners (portal.configure)
 * change them. The step-up limit reaches the services on every principal (ResolvePrincipal), so a
 * change applies within the gateway's principal cache (PRINCIPAL_CACHE_MS).
 */
export class SecuritySettingsService {
  constructor(private readonly settings: SecuritySettingsRepository) {}

  async get(principal: Principal): Promise<SecuritySettings> {
    if (principal.kind === 'client')
      throw DomainError.forbidden('Only the agency team sees the security settings');
    return this.of(principal.tenantId);
  }

  /** What ResolvePrincipal hands the gateway: the tenant's limit, 0 when none was set. */
  async stepUpMaxAgeSeconds(tenantId: string): Promise<number> {
    return (await this.of(tenantId)).stepUpMaxAgeSeconds;
  }

  async update(
    principal: Principal,
    input: { stepUpMaxAgeSeconds: number },
    expectedVersion: number,
  ): Promise<SecuritySettings> {
    assertPermission(principal, 'portal.configure');
    const stepUpMaxAgeSeconds = checkStepUpMaxAge(input.stepUpMaxAgeSeconds);
    const current = await this.of(principal.tenantId);
    if (current.version !== expectedVersion)
      throw DomainError.precondition(CHANGED_MEANWHILE, 'security_settings.changed');
    const next: SecuritySettings = {
      ...current,
      stepUpMaxAgeSeconds,
      version: current.version + 1,
      updatedAt: new Date(),
      updatedBy: principal.userId,
    };
    if (!(await this.settings.save(next, expectedVersion)))
      throw DomainError.precondition(CHANGED_MEANWHILE, 'security_settings.changed');
    return next;
  }

  private async of(tenantId: string): Promise<SecuritySettings> {
    return (await this.settings.find(tenantId)) ?? defaultSecuritySettings(tenantId);
  }
}

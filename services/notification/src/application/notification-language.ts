import { languageOf, LANGUAGES, type Language } from '../domain/templates.js';
import type { BrandingRepository } from '../store/branding.repository.js';

/** Where the tenant's default language comes from when notification's branding read model has none. */
export interface TenantLanguageSource {
  tenantOf(tenantId: string): Promise<{ language: string }>;
}

const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value.trim().toLowerCase());

/**
 * Which language a notification speaks to someone (issue 12): the person's own language when it is
 * one of the four, else the tenant's default (its branding, as identity.branding.changed told
 * notification; a tenant that never saved its branding: identity's tenant record), else English.
 */
export class NotificationLanguages {
  constructor(
    private readonly brandings?: BrandingRepository,
    private readonly tenants?: TenantLanguageSource,
  ) {}

  /**
   * The tenant's default language. `known`: what the event already says of the tenant's language
   * (saves asking identity when the branding read model has none).
   */
  async tenantDefault(tenantId: string, known = ''): Promise<Language> {
    const brand = await this.brandings?.find(tenantId);
    if (brand && isLanguage(brand.defaultLanguage)) return languageOf(brand.defaultLanguage);
    if (isLanguage(known)) return languageOf(known);
    const tenant = await this.tenants?.tenantOf(tenantId);
    return languageOf(tenant?.language ?? '');
  }

  /** The recipient's language, else the tenant's default. */
  async for(tenantId: string, recipientLanguage: string, knownTenantLanguage = ''): Promise<Language> {
    return isLanguage(recipientLanguage)
      ? languageOf(recipientLanguage)
      : this.tenantDefault(tenantId, knownTenantLanguage);
  }
}

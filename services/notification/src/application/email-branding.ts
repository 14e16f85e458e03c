import type { Email } from '../domain/notification.js';
import { brandEmail, type EmailBrand } from '../domain/templates.js';
import type { BrandingRepository } from '../store/branding.repository.js';
import type { EmailDresser } from './dispatcher.js';

/** Every e-mail wears its tenant's logo, colours and name; the platform's look until the tenant brands its portal. */
export class EmailBranding implements EmailDresser {
  constructor(
    private readonly webUrl: string,
    private readonly brandings?: BrandingRepository,
  ) {}

  async brandOf(tenantId: string): Promise<EmailBrand | undefined> {
    const brand = await this.brandings?.find(tenantId);
    if (!brand) return undefined;
    const logoUrl = brand.logoSha256
      ? new URL(
          `/api/branding/logos/${encodeURIComponent(brand.slug)}?v=${brand.logoSha256.slice(0, 16)}`,
          this.webUrl,
        ).toString()
      : '';
    return { name: brand.name, logoUrl, primaryColor: brand.primaryColor, accentColor: brand.accentColor };
  }

  async dress(tenantId: string, email: Email): Promise<Email> {
    return { ...email, html: brandEmail(email.html, await this.brandOf(tenantId)) };
  }
}

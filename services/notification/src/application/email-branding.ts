import type { Email } from '../domain/notification.js';
import { brandEmail, type EmailBrand } from '../domain/templates.js';
import type { BrandingRepository, TenantBrand } from '../store/branding.repository.js';
import type { EmailDresser } from './dispatcher.js';

/** A tenant's e-mail identity: its look, and who the e-mails come from and answers go to. */
export interface EmailIdentity {
  brand?: EmailBrand;
  /** The From display name: the sender name the tenant chose, else its portal's name; empty: the platform's. */
  fromName: string;
  /** Empty: no Reply-To. */
  replyTo: string;
}

export function emailIdentityOf(brand: TenantBrand | undefined, webUrl: string): EmailIdentity {
  if (!brand) return { fromName: '', replyTo: '' };
  const logoUrl = brand.logoSha256
    ? new URL(
        `/api/branding/logos/${encodeURIComponent(brand.slug)}?v=${brand.logoSha256.slice(0, 16)}`,
        webUrl,
      ).toString()
    : '';
  return {
    brand: { name: brand.name, logoUrl, primaryColor: brand.primaryColor, accentColor: brand.accentColor },
    fromName: brand.senderName || brand.name,
    replyTo: brand.replyTo,
  };
}

/**
 * Every e-mail wears its tenant's logo, colours and name, comes from the tenant's sender name and
 * sends answers to its reply-to address (issue 12); the platform's look and sender until the tenant
 * brands its portal. The address itself stays the platform's (MAIL_FROM): only the platform's domain
 * may send (SPF/DKIM), so a tenant's own address goes in Reply-To.
 */
export class EmailBranding implements EmailDresser {
  constructor(
    private readonly webUrl: string,
    private readonly brandings?: BrandingRepository,
  ) {}

  async identityOf(tenantId: string): Promise<EmailIdentity> {
    return emailIdentityOf(await this.brandings?.find(tenantId), this.webUrl);
  }

  async brandOf(tenantId: string): Promise<EmailBrand | undefined> {
    return (await this.identityOf(tenantId)).brand;
  }

  async dress(tenantId: string, email: Email): Promise<Email> {
    return dressEmail(email, await this.identityOf(tenantId));
  }
}

/** An e-mail in a tenant's identity: what is already set on the e-mail (a handler's choice) wins. */
export function dressEmail(email: Email, identity: EmailIdentity): Email {
  const fromName = email.fromName || identity.fromName;
  const replyTo = email.replyTo || identity.replyTo;
  return {
    ...email,
    html: brandEmail(email.html, identity.brand),
    ...(fromName ? { fromName } : {}),
    ...(replyTo ? { replyTo } : {}),
  };
}

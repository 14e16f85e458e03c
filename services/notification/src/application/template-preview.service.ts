import { assertStaff, DomainError, type Principal } from '@client-portal/kit';
import { TEMPLATE_SAMPLES, sampleOf, type TemplateAudience } from '../domain/template-samples.js';
import { LANGUAGES, type Language } from '../domain/templates.js';
import type { TemplateName } from '../domain/notification.js';
import { dressEmail, type EmailBranding } from './email-branding.js';
import type { NotificationLanguages } from './notification-language.js';

/** The tenant's name when its branding never reached notification (identity's record). */
export interface TenantNames {
  tenantOf(tenantId: string): Promise<{ name: string }>;
}

export interface TemplateSummary {
  template: TemplateName;
  audience: TemplateAudience;
  hasSms: boolean;
  hasInApp: boolean;
}

export interface TemplatePreview {
  template: TemplateName;
  language: Language;
  audience: TemplateAudience;
  subject: string;
  html: string;
  text: string;
  fromName: string;
  fromAddress: string;
  replyTo: string;
  sms: string;
  inAppTitle: string;
  inAppBody: string;
  inAppLink: string;
}

/** The bare address of a "Name <address>" sender. */
const addressOf = (from: string): string => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

/**
 * What each template looks like for the caller's tenant (issue 12): sample data, the chosen language,
 * dressed exactly as the dispatcher dresses a real e-mail (logo, colours, sender name, reply-to).
 * Staff of any role may look: the samples hold nothing of the tenant but its public branding.
 */
export class TemplatePreviewService {
  constructor(
    private readonly branding: EmailBranding,
    private readonly languages: NotificationLanguages,
    private readonly tenants: TenantNames,
    private readonly webUrl: string,
    private readonly mailFrom: string,
  ) {}

  async list(principal: Principal): Promise<{ templates: TemplateSummary[]; defaultLanguage: Language }> {
    assertStaff(principal, 'member');
    const templates = TEMPLATE_SAMPLES.map((sample) => {
      const rendered = sample.render('en', 'Acme', this.base());
      return {
        template: sample.template,
        audience: sample.audience,
        hasSms: Boolean(rendered.sms),
        hasInApp: Boolean(rendered.inApp),
      };
    });
    return { templates, defaultLanguage: await this.languages.tenantDefault(principal.tenantId) };
  }

  async preview(
    principal: Principal,
    request: { template: string; language: string },
  ): Promise<TemplatePreview> {
    assertStaff(principal, 'member');
    const asked = request.language.trim().toLowerCase();
    if (asked && !(LANGUAGES as readonly string[]).includes(asked))
      throw DomainError.invalid('Unknown language', [
        { field: 'language', code: 'invalid_value', message: `One of ${LANGUAGES.join(', ')}` },
      ]);
    const sample = sampleOf(request.template.trim());
    if (!sample) throw DomainError.notFound('Template', request.template.trim());
    const language = await this.languages.for(principal.tenantId, asked);
    const identity = await this.branding.identityOf(principal.tenantId);
    const tenantName = identity.brand?.name || (await this.tenants.tenantOf(principal.tenantId)).name;
    const rendered = sample.render(language, tenantName, this.base());
    const dressed = dressEmail(
      { to: 'preview@example.invalid', subject: rendered.subject, text: rendered.text, html: rendered.html },
      identity,
    );
    return {
      template: sample.template,
      language,
      audience: sample.audience,
      subject: dressed.subject,
      html: dressed.html,
      text: dressed.text,
      fromName: dressed.fromName ?? '',
      fromAddress: addressOf(this.mailFrom),
      replyTo: dressed.replyTo ?? '',
      sms: rendered.sms ?? '',
      inAppTitle: rendered.inApp?.title ?? '',
      inAppBody: rendered.inApp?.body ?? '',
      inAppLink: rendered.inApp?.link ?? '',
    };
  }

  private base(): string {
    return this.webUrl.replace(/\/$/, '');
  }
}

import { dressEmail, emailIdentityOf } from './email-branding.js';
import { NotificationLanguages } from './notification-language.js';
import type { BrandingRepository, TenantBrand } from '../store/branding.repository.js';

const brand: TenantBrand = {
  tenantId: 't1',
  slug: 'acme',
  name: 'Acme Client Portal',
  primaryColor: '#0b5e55',
  accentColor: '#7a2e8f',
  logoSha256: '0123456789abcdef0123456789abcdef',
  senderName: 'Acme team',
  replyTo: 'hello@acme.test',
  defaultLanguage: 'fr',
  brandingVersion: 3,
};
const email = {
  to: 'dana@globex.test',
  subject: 'Hi',
  text: 'Hi\n',
  html: '<!doctype html><html><body><!--brand--><p>Hi</p></body></html>',
};

describe("the tenant's e-mail identity", () => {
  it('sends from the sender name with its reply-to, logo and colours', () => {
    const dressed = dressEmail(email, emailIdentityOf(brand, 'https://portal.example.com'));
    expect(dressed.fromName).toBe('Acme team');
    expect(dressed.replyTo).toBe('hello@acme.test');
    expect(dressed.html).toContain(
      '<img src="https://portal.example.com/api/branding/logos/acme?v=0123456789abcdef" alt="Acme Client Portal"',
    );
    expect(dressed.html).toContain('border-top:4px solid #0b5e55');
  });

  it("falls back to the portal's name without a sender name, to no reply-to, and to the platform without branding", () => {
    const dressed = dressEmail(
      email,
      emailIdentityOf({ ...brand, senderName: '', replyTo: '' }, 'https://portal.example.com'),
    );
    expect(dressed.fromName).toBe('Acme Client Portal');
    expect(dressed).not.toHaveProperty('replyTo');
    const bare = dressEmail(email, emailIdentityOf(undefined, 'https://portal.example.com'));
    expect(bare).toEqual({ ...email, html: email.html });
  });
});

describe('the language of a notification', () => {
  const brandings = (found?: Partial<TenantBrand>) =>
    ({
      find: () => Promise.resolve(found ? { ...brand, ...found } : undefined),
    }) as unknown as BrandingRepository;
  const tenants = { tenantOf: () => Promise.resolve({ language: 'es' }) };

  it("is the recipient's own, else the tenant's branding default, else what the event knows, else the tenant record", async () => {
    expect(await new NotificationLanguages(brandings({}), tenants).for('t1', 'pt')).toBe('pt');
    expect(await new NotificationLanguages(brandings({}), tenants).for('t1', '')).toBe('fr');
    expect(await new NotificationLanguages(brandings(), tenants).for('t1', '', 'pt')).toBe('pt');
    expect(await new NotificationLanguages(brandings(), tenants).for('t1', 'xx')).toBe('es');
    expect(await new NotificationLanguages(brandings({ defaultLanguage: '' }), undefined).for('t1', '')).toBe(
      'en',
    );
  });
});

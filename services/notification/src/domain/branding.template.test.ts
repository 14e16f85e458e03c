import { brandEmail, invitationEmail } from './templates.js';

describe("e-mails in the tenant's brand", () => {
  const rendered = invitationEmail('en', {
    displayName: 'Dana',
    tenantName: 'Acme',
    clientName: 'Globex',
    workspaceName: '',
    acceptUrl: 'https://portal.example.com/invitations/token',
  });

  it('keeps the platform look for a tenant without branding', () => {
    expect(brandEmail(rendered.html)).toBe(rendered.html);
    expect(rendered.html).toContain('background:#2563eb');
    expect(rendered.html).not.toContain('data-brand');
  });

  it('adds the logo and the name in a header and draws buttons in the primary colour, escaping the name', () => {
    const html = brandEmail(rendered.html, {
      name: 'Acme <Studio>',
      logoUrl: 'https://portal.example.com/api/branding/logos/acme?v=0123456789abcdef',
      primaryColor: '#0b5e55',
      accentColor: '#7a2e8f',
    });
    expect(html).toContain(
      '<img src="https://portal.example.com/api/branding/logos/acme?v=0123456789abcdef" alt="Acme &lt;Studio&gt;"',
    );
    expect(html).toContain('Acme &lt;Studio&gt;</span>');
    expect(html).toContain('border-top:4px solid #0b5e55');
    expect(html).toContain('background:#0b5e55');
    expect(html).not.toContain('background:#2563eb');
  });
});

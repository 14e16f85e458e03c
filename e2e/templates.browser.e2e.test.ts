import { passwordToken, uniqueName, waitForMail, type MailpitMessage } from '@client-portal/testing';
import { demoLogoPng } from '../deploy/local/demo-logo.js';
import { byTestId, checkLayout, DESKTOP, PHONE, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { Api } from './support/http.js';
import { createTenant, type Person } from './support/people.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18112;

type Mail = MailpitMessage & { ReplyTo?: { Address: string; Name: string }[] };

/**
 * Issue 12, templates: an owner gives the agency's e-mails a sender name and a reply-to (a bad address
 * is refused next to the field) in French; a French client's invitation, read back from Mailpit, speaks
 * French, comes from the sender name with the reply-to, and wears the logo and colour; the staff
 * preview shows each template in each language.
 */
describe('branded e-mails in four languages, in a real browser', () => {
  const suite = browserSuite('templates', PORT);
  let owner: Person;
  let api: Api;
  const slug = uniqueName('tplweb').replaceAll('_', '-').toLowerCase();

  beforeAll(async () => {
    const agency = await createTenant(suite.platform, { name: 'Atelier Lumière', slug });
    owner = { ...agency.owner, displayName: 'Olivia Owner' };
    api = new Api(suite.platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
    expect((await api.upload('PUT', '/branding/logo', demoLogoPng(), 'image/png')).status).toBe(200);
  });

  it('a French client gets French e-mails in the tenant branding; staff preview every template', async () => {
    const page = await suite.signIn(owner, { landing: /\/app/ });
    await page.goto(`${suite.base}/app/settings/branding`);
    await byTestId(page, 'branding-form').waitFor({ timeout: 30_000 });
    await byTestId(page, 'branding-primary').fill('#0b5e55');
    await byTestId(page, 'branding-language').selectOption('fr');
    await byTestId(page, 'branding-sender-name').fill("L'équipe Lumière");
    await byTestId(page, 'branding-reply-to').fill('bonjour at lumiere');
    await byTestId(page, 'branding-save').click();
    // Refused next to the field; nothing saved.
    await byTestId(page, 'branding-reply-to-error').waitFor();
    expect(await byTestId(page, 'branding-saved').count()).toBe(0);
    await byTestId(page, 'branding-reply-to').fill('bonjour@lumiere.test');
    expect(await byTestId(page, 'branding-reply-to-error').count()).toBe(0);
    await byTestId(page, 'branding-save').click();
    await byTestId(page, 'branding-saved').waitFor();
    await checkLayout(page, 'templates-branding-phone', PHONE, [byTestId(page, 'branding-sender-name')]);
    await page.setViewportSize(DESKTOP);

    // The French client: invited through the client list's "send the portal link".
    const email = `${uniqueName('chloe')}@dubois.test`;
    const client = await api.post<{ id: string }>('/clients', {
      name: 'Maison Dubois',
      primaryContact: { firstName: 'Chloé', lastName: 'Dubois', email, role: 'decision-maker' },
    });
    expect((await api.post('/clients/portal-links', { clientIds: [client.body.id] })).status).toBe(200);
    const mail = (await waitForMail(email, {
      subject: 'Atelier Lumière vous invite sur son portail client',
      timeoutMs: 30_000,
    })) as Mail;
    expect(mail.From.Name).toBe("L'équipe Lumière");
    expect(mail.ReplyTo?.map((address) => address.Address)).toEqual(['bonjour@lumiere.test']);
    expect(mail.Text).toContain('Bonjour Chloé Dubois,');
    expect(mail.Text).toContain('où vos projets, documents, factures et messages sont réunis');
    expect(mail.HTML).toContain(`/api/branding/logos/${slug}?v=`);
    expect(mail.HTML).toContain('background:#0b5e55');
    // The e-mail as the client sees it (the logo is served by this gateway).
    const mailPage = await (await suite.browser.newContext()).newPage();
    await mailPage.setContent(
      mail.HTML.replaceAll(/https?:\/\/[^/"]+\/api\/branding/g, `${suite.base}/api/branding`),
    );
    await mailPage.locator('[data-brand="header"] img').waitFor();
    await screenshot(mailPage, 'templates-french-invitation');

    // The staff preview: each template, each language, the branding applied.
    await page.goto(`${suite.base}/app/settings/notifications/templates`);
    await page.locator('[data-testid="template-preview"][data-language="fr"]').waitFor({ timeout: 30_000 });
    await byTestId(page, 'template-invitation').click();
    await byTestId(page, 'template-subject')
      .filter({ hasText: 'vous invite sur son portail client' })
      .waitFor();
    expect(await byTestId(page, 'template-from').textContent()).toContain("L'équipe Lumière");
    expect(await byTestId(page, 'template-reply-to').textContent()).toContain('bonjour@lumiere.test');
    await byTestId(page, 'template-in-app-none').waitFor();
    await byTestId(page, 'template-language-es').click();
    await byTestId(page, 'template-subject')
      .filter({ hasText: 'le ha invitado a su portal de clientes' })
      .waitFor();
    await byTestId(page, 'template-new-message').click();
    await byTestId(page, 'template-language-pt').click();
    await byTestId(page, 'template-in-app').filter({ hasText: 'Nova mensagem de Dana Scully' }).waitFor();
    expect(await byTestId(page, 'template-sms').textContent()).toContain('Nova mensagem');
    const frame = page.frameLocator('[data-testid="template-html"]');
    await frame.locator('[data-brand="header"]').waitFor();
    expect(await frame.locator('body').textContent()).toContain('Responder no portal');
    await screenshot(page, 'templates-preview-desktop');
    await checkLayout(page, 'templates-preview-phone', PHONE, [
      byTestId(page, 'template-language-fr'),
      byTestId(page, 'template-invitation'),
    ]);
  });
});

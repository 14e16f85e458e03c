import type { Browser } from 'playwright-core';
import { uniqueName, waitForMail } from '@client-portal/testing';
import {
  builtWebApp,
  byTestId,
  checkLayout,
  DESKTOP,
  expectText,
  keepScreenshots,
  logIn,
  NARROWEST,
  PHONE,
  startBrowser,
} from './support/browser.js';
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

/** The browser test's gateway port: registered as a redirect URI of client-portal-web in the realm. */
const PORT = 18081;

/**
 * The walking skeleton's flow clicked through in Debian's Chromium (headless, driven by Playwright):
 * Keycloak's own login pages, the staff app and the client portal served by the gateway.
 */
describe('the flow in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  const owner = { email: `${uniqueName('owner')}@acme.test`, password: 'Acme-Owner-2026' };
  const contactEmail = `${uniqueName('grace')}@globex.test`;
  const contactPassword = 'Globex-Portal-2026';
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    await createTenant(platform, { name: 'Acme Agency', email: owner.email, password: owner.password });
    browser = await startBrowser();
  }, 240_000);

  // On failure, what each page showed is kept under test-results/ (looked at by a person, or CI artifacts).
  afterEach(() => keepScreenshots(browser, 'browser'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  it('staff create a client, enable the portal and invoice; the client joins, pays attention and writes; staff see it live', async () => {
    // The owner logs in through Keycloak and lands in the staff app.
    const ownerPage = await (await browser.newContext()).newPage();
    await ownerPage.goto(`${base}/`);
    await logIn(ownerPage, owner.email, owner.password);
    // The staff home is the agency dashboard.
    await ownerPage.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
    await byTestId(ownerPage, 'dashboard-kpis').waitFor();
    // The login callback's one-time code and state do not stay in the address bar.
    await ownerPage.waitForURL((url) => !/[#&?](code|state|session_state)=/.test(url.href));
    expect(ownerPage.url()).toBe(`${base}/app/dashboard`);
    await byTestId(ownerPage, 'nav-clients').click();
    await byTestId(ownerPage, 'client-list-empty').waitFor();

    // Create Globex with its decision-maker contact; a bad e-mail is refused next to the field first.
    await byTestId(ownerPage, 'client-new-button').click();
    await checkLayout(ownerPage, 'phone-client-form', PHONE, [
      byTestId(ownerPage, 'client-form-name'),
      byTestId(ownerPage, 'client-form-contact-role'),
      byTestId(ownerPage, 'client-form-submit'),
    ]);
    await ownerPage.setViewportSize(DESKTOP);
    await byTestId(ownerPage, 'client-form-name').fill('Globex');
    await byTestId(ownerPage, 'client-form-industry').fill('Manufacturing');
    await byTestId(ownerPage, 'client-form-contact-first-name').fill('Grace');
    await byTestId(ownerPage, 'client-form-contact-last-name').fill('Hopper');
    await byTestId(ownerPage, 'client-form-contact-email').fill('not-an-email');
    await byTestId(ownerPage, 'client-form-submit').click();
    await ownerPage.locator('#contact-email-error').waitFor();
    await byTestId(ownerPage, 'client-form-contact-email').fill(contactEmail);
    await byTestId(ownerPage, 'client-form-contact-role').selectOption('decision-maker');
    await byTestId(ownerPage, 'client-form-submit').click();
    await ownerPage.waitForURL(/\/app\/clients\/[\w-]+$/);
    await expectText(byTestId(ownerPage, 'client-name'), 'Globex');

    // Enable the portal: workspace created, invitation e-mailed.
    await byTestId(ownerPage, 'enable-portal-button').click();
    await expectText(byTestId(ownerPage, 'portal-invitation-sent'), contactEmail);
    const invitation = await waitForMail(contactEmail, { timeoutMs: 30_000 });
    const link = /https?:\/\/\S+\/invitations\/[\w-]+/.exec(invitation.Text)?.[0] ?? '';
    expect(link).not.toBe('');

    // Issue an invoice with two lines, in the document editor opened from the client page's Documents.
    await byTestId(ownerPage, 'client-no-documents').waitFor();
    await byTestId(ownerPage, 'client-new-document-kind').selectOption('invoice');
    await byTestId(ownerPage, 'client-new-document').click();
    await byTestId(ownerPage, 'document-form').waitFor();
    const lines = byTestId(ownerPage, 'document-line');
    await lines.nth(0).locator('[data-testid="document-line-description"]').fill('Brand workshop');
    await lines.nth(0).locator('[data-testid="document-line-quantity"]').fill('2');
    await lines.nth(0).locator('[data-testid="document-line-price"]').fill('750');
    await byTestId(ownerPage, 'document-add-line').click();
    await lines.nth(1).locator('[data-testid="document-line-description"]').fill('Logo design');
    await lines.nth(1).locator('[data-testid="document-line-quantity"]').fill('1');
    await lines.nth(1).locator('[data-testid="document-line-price"]').fill('1200');
    // The editor on a phone: no sideways scrolling, its fields and actions on screen and clickable.
    await checkLayout(ownerPage, 'phone-invoice-form', PHONE, [
      byTestId(ownerPage, 'document-line-description').first(),
      byTestId(ownerPage, 'document-line-price').first(),
      byTestId(ownerPage, 'document-currency'),
      byTestId(ownerPage, 'document-add-line'),
      byTestId(ownerPage, 'document-save'),
    ]);
    await ownerPage.setViewportSize(DESKTOP);
    await byTestId(ownerPage, 'document-save').click();
    await byTestId(ownerPage, 'document-issue').click();
    await expectText(byTestId(ownerPage, 'document-heading-number'), 'INV-');
    const invoiceNumber = ((await byTestId(ownerPage, 'document-heading-number').textContent()) ?? '').trim();
    expect(invoiceNumber).toMatch(/^INV-\d{4}-0001$/);

    // Back on the client page, the Documents section lists it.
    await byTestId(ownerPage, 'nav-clients').click();
    await byTestId(ownerPage, 'client-row-link').first().click();
    await expectText(byTestId(ownerPage, 'document-number').first(), invoiceNumber);
    await byTestId(ownerPage, 'messages-panel').first().waitFor();

    // The staff screens on a phone: no sideways scrolling, the main actions on screen and clickable.
    await checkLayout(ownerPage, 'desktop-client-page', DESKTOP);
    await checkLayout(ownerPage, 'phone-client-page', PHONE, [
      byTestId(ownerPage, 'client-name'),
      byTestId(ownerPage, 'document-number').first(),
      // Send stays disabled until something is written: the composer is the action here.
      byTestId(ownerPage, 'message-composer').first(),
      byTestId(ownerPage, 'logout-button'),
    ]);
    await byTestId(ownerPage, 'nav-clients').click();
    await byTestId(ownerPage, 'client-row').first().waitFor();
    // Counts are pluralised ("1 client", never "1 clients").
    expect((await byTestId(ownerPage, 'client-list-total').textContent())?.trim()).toBe('1 client');
    await checkLayout(ownerPage, 'phone-client-list', PHONE, [
      byTestId(ownerPage, 'client-new-button'),
      byTestId(ownerPage, 'client-search'),
      byTestId(ownerPage, 'client-row-link').first(),
      byTestId(ownerPage, 'nav-portal'),
    ]);
    await checkLayout(ownerPage, 'narrowest-client-list', NARROWEST, [
      byTestId(ownerPage, 'client-new-button'),
    ]);
    // French labels are longer: the header and the cards still fit, and the count is French.
    await byTestId(ownerPage, 'locale-fr').click();
    await expectText(byTestId(ownerPage, 'client-list-total'), '1 client');
    await checkLayout(ownerPage, 'narrowest-client-list-fr', NARROWEST, [
      byTestId(ownerPage, 'client-new-button'),
      byTestId(ownerPage, 'logout-button'),
    ]);
    await byTestId(ownerPage, 'locale-en').click();
    await checkLayout(ownerPage, 'desktop-client-list', DESKTOP);
    await byTestId(ownerPage, 'client-row-link').first().click();
    await byTestId(ownerPage, 'messages-panel').first().waitFor();
    await checkLayout(ownerPage, 'narrowest-client-page', NARROWEST, [
      byTestId(ownerPage, 'client-new-document'),
    ]);
    await ownerPage.setViewportSize(DESKTOP);

    // The contact follows the link in a browser of their own, sets a password and logs in.
    const contactPage = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await contactPage.goto(link.replace(/^https?:\/\/[^/]+/, base));
    await byTestId(contactPage, 'invitation-title').waitFor();
    await checkLayout(contactPage, 'phone-invitation', PHONE, [byTestId(contactPage, 'invitation-submit')]);
    await contactPage.setViewportSize(DESKTOP);
    await byTestId(contactPage, 'invitation-password').fill(contactPassword);
    await byTestId(contactPage, 'invitation-password-confirm').fill(contactPassword);
    await byTestId(contactPage, 'invitation-submit').click();
    await byTestId(contactPage, 'invitation-success').waitFor();
    await byTestId(contactPage, 'invitation-login').click();
    await logIn(contactPage, contactEmail, contactPassword);
    await contactPage.waitForURL(/\/portal/, { timeout: 30_000 });
    // The client lands on their home (action inbox); the workspace is one click away in the navigation.
    await byTestId(contactPage, 'client-home').waitFor();
    await byTestId(contactPage, 'workspace-nav-item').first().click();
    await expectText(byTestId(contactPage, 'workspace-title'), 'Globex');

    // The portal workspace on a phone, then on a laptop.
    await checkLayout(contactPage, 'phone-portal-workspace', PHONE, [
      byTestId(contactPage, 'workspace-title'),
      byTestId(contactPage, 'workspace-tab-billing'),
      byTestId(contactPage, 'workspace-tab-messages'),
    ]);
    await byTestId(contactPage, 'workspace-tab-billing').click();
    await checkLayout(contactPage, 'phone-portal-billing', PHONE, [
      byTestId(contactPage, 'billing-tab-invoice'),
      byTestId(contactPage, 'billing-document-link').first(),
    ]);
    await byTestId(contactPage, 'workspace-tab-messages').click();
    await checkLayout(contactPage, 'phone-portal-messages', PHONE, [
      byTestId(contactPage, 'message-composer'),
    ]);
    await contactPage.setViewportSize(DESKTOP);

    // The invoice is in the Billing tab's Invoices (the client's issued documents); it opens and
    // downloads as a PDF named by its number.
    await byTestId(contactPage, 'workspace-tab-billing').click();
    await byTestId(contactPage, 'billing-tab-invoice').click();
    await expectText(byTestId(contactPage, 'billing-document-row').first(), invoiceNumber);
    await byTestId(contactPage, 'billing-document-link').first().click();
    await expectText(byTestId(contactPage, 'billing-document-number'), invoiceNumber);
    await checkLayout(contactPage, 'phone-portal-invoice', PHONE, [
      byTestId(contactPage, 'billing-document-download'),
    ]);
    await contactPage.setViewportSize(DESKTOP);
    const [download] = await Promise.all([
      contactPage.waitForEvent('download'),
      byTestId(contactPage, 'billing-document-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${invoiceNumber}.pdf`);
    await contactPage.goBack();
    await byTestId(contactPage, 'workspace-title').waitFor();

    // The contact writes; the owner's open page shows it without a reload.
    await byTestId(contactPage, 'workspace-tab-messages').click();
    await byTestId(contactPage, 'message-composer').fill('Hello from Globex: invoice received.');
    await byTestId(contactPage, 'message-send').click();
    await expectText(byTestId(contactPage, 'message-body').last(), 'Hello from Globex: invoice received.');
    await expectText(
      byTestId(ownerPage, 'message-body').last(),
      'Hello from Globex: invoice received.',
      30_000,
    );
    const notified = await waitForMail(owner.email, { subject: 'New message', timeoutMs: 30_000 });
    expect(notified.Text).toContain('Hello from Globex: invoice received.');

    // The contact cannot reach the staff app.
    await contactPage.goto(`${base}/app/clients`);
    await byTestId(contactPage, 'forbidden').waitFor();
  }, 240_000);
});

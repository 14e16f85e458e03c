import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { passwordToken, waitForMail } from '@client-portal/testing';
import {
  builtWebApp,
  byTestId,
  checkBothLayouts,
  DESKTOP,
  expectText,
  keepScreenshots,
  openAs,
  startBrowser,
} from './support/browser.js';
import { Api } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18093;

/**
 * The walk, every step clicked through the real screens (only the tenant, its staff, the
 * client and the client's user are set up through the API): a manager writes, issues and sends a
 * quote; the client's user downloads it and accepts it with their typed name in the portal; the
 * manager turns the accepted quote into a 30 % deposit invoice, issues and sends it; the client pays
 * it by card (stripe-mock, the signed webhook delivered to the gateway); both sides see it paid and
 * the receipt arrives in Mailpit. Debian's Chromium, Keycloak's own login pages, the built web app.
 */
describe('billing walk in a real browser: quote → acceptance → deposit invoice → card payment', () => {
  let platform: Platform;
  let browser: Browser;
  let manager: Person;
  let contact: Person;
  const client = { id: '', name: 'Hooli' };
  const base = `http://127.0.0.1:${PORT}`;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, { name: 'Walk Agency' });
    const owner = new Api(platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
    client.id = (await owner.post<{ id: string }>('/clients', { name: client.name })).body.id;
    manager = await addStaff(platform, agency.tenantId, 'manager', 'Max Manager');
    contact = await addClientUser(platform, agency.tenantId, client.id, 'Gavin Belson');
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'billing-walk'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  /** A fresh browser context (its own session) at the desktop size, logged in at the app's root. */
  async function logInAs(person: Person, options: { acceptDownloads?: boolean } = {}): Promise<Page> {
    const page = await (await browser.newContext(options)).newPage();
    await page.setViewportSize(DESKTOP);
    await openAs(page, `${base}/`, person);
    return page;
  }

  it('staff issue a quote, the client accepts it, staff invoice a deposit, the client pays it by card; both see it paid', async () => {
    const quoteNumber = `QUO-${year}-0001`;
    const invoiceNumber = `INV-${year}-0001`;

    // 1. The manager opens the client from the client list and writes a quote in its Documents section.
    const staff = await logInAs(manager);
    await staff.waitForURL(/\/app\//, { timeout: 30_000 });
    await byTestId(staff, 'nav-clients').click();
    await byTestId(staff, 'client-row-link')
      .filter({ hasText: client.name })
      .first()
      .click({ timeout: 30_000 });
    await byTestId(staff, 'client-no-documents').waitFor();
    await byTestId(staff, 'client-new-document-kind').selectOption('quote');
    await byTestId(staff, 'client-new-document').click();
    await byTestId(staff, 'document-form').waitFor();
    const lines = byTestId(staff, 'document-line');
    await lines.nth(0).locator('[data-testid="document-line-description"]').fill('Compression audit');
    await lines.nth(0).locator('[data-testid="document-line-quantity"]').fill('2');
    await lines.nth(0).locator('[data-testid="document-line-price"]').fill('750');
    await byTestId(staff, 'document-add-line').click();
    await lines.nth(1).locator('[data-testid="document-line-description"]').fill('Pied Piper integration');
    await lines.nth(1).locator('[data-testid="document-line-quantity"]').fill('1');
    await lines.nth(1).locator('[data-testid="document-line-price"]').fill('1200');
    // 2 × 750 + 1 200 = 2 700, + 20 % tax = 3 240.
    await expectText(byTestId(staff, 'document-total-preview'), '3,240.00');
    await byTestId(staff, 'document-save').click();

    // Issued with the year's first quote number, then sent to the client's user.
    await byTestId(staff, 'document-issue').click();
    await expectText(byTestId(staff, 'document-heading-number'), quoteNumber);
    await expectText(byTestId(staff, 'document-status'), 'Issued');
    await byTestId(staff, 'document-send').click();
    await byTestId(staff, 'document-recipients').fill(contact.email);
    await byTestId(staff, 'document-send-submit').click();
    await expectText(byTestId(staff, 'document-status'), 'Sent');
    const quoteUrl = staff.url();
    await waitForMail(contact.email, { subject: quoteNumber, timeoutMs: 30_000 });

    // 2. The client's user: portal → Billing → Quotes → the quote; downloads the PDF, accepts it.
    const portal = await logInAs(contact, { acceptDownloads: true });
    await portal.waitForURL(/\/portal/, { timeout: 30_000 });
    await byTestId(portal, 'portal-billing-link').click();
    await byTestId(portal, 'billing-tab-quote').click();
    await expectText(byTestId(portal, 'billing-document-row'), quoteNumber);
    await byTestId(portal, 'billing-document-link').filter({ hasText: quoteNumber }).click();
    await expectText(byTestId(portal, 'billing-document-number'), quoteNumber);
    await expectText(byTestId(portal, 'billing-document-total'), '3,240.00');
    const [download] = await Promise.all([
      portal.waitForEvent('download'),
      byTestId(portal, 'billing-document-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${quoteNumber}.pdf`);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await byTestId(portal, 'quote-signer-name').fill('Gavin Belson');
    await checkBothLayouts(portal, 'billing-walk-portal-quote', [
      byTestId(portal, 'billing-document-download'),
      byTestId(portal, 'quote-accept'),
    ]);
    await byTestId(portal, 'quote-accept').click();
    await byTestId(portal, 'quote-answer-confirm').waitFor();
    await byTestId(portal, 'quote-answer-confirm-button').click();
    // The evidence: the acceptance id and the SHA-256 of exactly the PDF the client downloaded.
    await byTestId(portal, 'acceptance-summary').waitFor();
    await expectText(byTestId(portal, 'billing-document-status'), 'Accepted');
    const acceptanceId = ((await byTestId(portal, 'acceptance-id').textContent()) ?? '').trim();
    expect(acceptanceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await byTestId(portal, 'acceptance-sha').textContent()) ?? '').trim()).toBe(
      createHash('sha256').update(pdf).digest('hex'),
    );

    // 3. The manager's open quote page follows (live update, no reload): accepted, with the evidence.
    await expectText(byTestId(staff, 'document-status'), 'Accepted', 30_000);
    await expectText(byTestId(staff, 'quote-evidence-id'), acceptanceId, 30_000);
    expect(staff.url()).toBe(quoteUrl);
    // Turned into a 30 % deposit invoice: 30 % of 3 240.00 = 972.00, opened as a draft.
    await byTestId(staff, 'document-deposit-percent').fill('30');
    await byTestId(staff, 'document-convert-deposit').click();
    await expectText(byTestId(staff, 'document-title'), 'Invoice');
    await expectText(byTestId(staff, 'document-status'), 'Draft');
    await expectText(byTestId(staff, 'document-detail-total'), '972.00');
    await byTestId(staff, 'document-issue').click();
    await expectText(byTestId(staff, 'document-heading-number'), invoiceNumber);
    await byTestId(staff, 'document-send').click();
    await byTestId(staff, 'document-recipients').fill(contact.email);
    await byTestId(staff, 'document-send-submit').click();
    await expectText(byTestId(staff, 'document-status'), 'Sent');
    await checkBothLayouts(staff, 'billing-walk-staff-deposit', [
      byTestId(staff, 'document-send'),
      byTestId(staff, 'document-pdf'),
    ]);
    const invoiceUrl = staff.url();

    // 4. The client opens the invoice from the portal's billing area and pays it by card.
    await byTestId(portal, 'portal-billing-link').click();
    await byTestId(portal, 'billing-tab-invoice').click();
    await byTestId(portal, 'billing-document-link').filter({ hasText: invoiceNumber }).click();
    await expectText(byTestId(portal, 'billing-document-number'), invoiceNumber);
    await expectText(byTestId(portal, 'billing-document-due-amount'), '972.00');
    const pay = byTestId(portal, `pay-invoice-${invoiceNumber}`);
    await checkBothLayouts(portal, 'billing-walk-portal-invoice', [pay]);
    await pay.click();
    await byTestId(portal, 'pay-dialog').waitFor();
    expect(await byTestId(portal, 'pay-amount').inputValue()).toBe('972.00');
    await byTestId(portal, 'pay-card-number').fill('4242 4242 4242 4242');
    await byTestId(portal, 'pay-card-expiry').fill('12/34');
    await byTestId(portal, 'pay-card-cvc').fill('123');
    await byTestId(portal, 'pay-submit').click();
    await byTestId(portal, 'pay-success').waitFor({ timeout: 30_000 });
    await byTestId(portal, 'pay-close').click();

    // 5. Both sides see it paid: the portal's invoice page, the staff invoice page and client page.
    await expectText(byTestId(portal, 'billing-document-status'), 'Paid', 30_000);
    expect(await byTestId(portal, `pay-invoice-${invoiceNumber}`).count()).toBe(0);
    await checkBothLayouts(portal, 'billing-walk-portal-paid');
    await staff.goto(invoiceUrl);
    await expectText(byTestId(staff, 'document-status'), 'Paid', 30_000);
    await expectText(byTestId(staff, 'document-amount-due'), '0.00');
    await byTestId(staff, 'document-title').waitFor();
    await byTestId(staff, 'document-page').locator('a', { hasText: client.name }).first().click();
    await staff
      .locator(
        `[data-testid="client-payments"] [data-testid="invoice-balance"][data-number="${invoiceNumber}"][data-status="paid"]`,
      )
      .waitFor({ timeout: 30_000 });
    expect(await staff.locator('[data-testid="client-payments"] [data-testid="payment-row"]').count()).toBe(
      1,
    );

    // The client's KPIs moved (a read model fed by billing's events): 972.00 EUR received this year,
    // nothing pending, no quote awaiting an answer — on the staff client page and in the portal.
    const euroKpis = (page: Page) =>
      page.locator('[data-testid="client-kpis-currency"][data-currency="EUR"]');
    await expectText(euroKpis(staff).locator('[data-testid="kpi-sales-received"]'), '972.00', 30_000);
    await expectText(euroKpis(staff).locator('[data-testid="kpi-pending"]'), '0.00');
    await expectText(euroKpis(staff).locator('[data-testid="kpi-quotes"]'), '0');
    await byTestId(portal, 'portal-billing-link').click();
    await expectText(euroKpis(portal).locator('[data-testid="kpi-sales-received"]'), '972.00', 30_000);

    // The receipt reaches the client's user, naming the invoice and the card.
    const receipt = await waitForMail(contact.email, { subject: '972.00', timeoutMs: 30_000 });
    expect(receipt.Text).toContain(invoiceNumber);
    expect(receipt.Text).toContain('Card');
  });
});

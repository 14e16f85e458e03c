import type { Locator, Page } from 'playwright-core';
import { passwordToken } from '@client-portal/testing';
import { byTestId, checkLayout, DESKTOP, expectText, logIn, PHONE } from './support/browser.js';
import { Api } from './support/http.js';
import { addStaff, createTenant, type Person } from './support/people.js';
import { browserSuite } from './support/browser-suite.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18087;

/**
 * A manager writes a quote with two lines on the client page, issues it (QUO-<year>-0001), duplicates
 * it as an invoice, issues and sends that; an admin voids the invoice after confirming with a reason.
 * Debian's Chromium, Keycloak's own login pages, the built web app.
 */
describe('billing documents in a real browser', () => {
  const suite = browserSuite('documents', PORT);
  let manager: Person;
  let admin: Person;
  let clientId: string;
  const { base } = suite;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    const { tenantId } = await createTenant(suite.platform, { name: 'Ledger Agency' });
    manager = await addStaff(suite.platform, tenantId, 'manager', 'Max Manager');
    admin = await addStaff(suite.platform, tenantId, 'admin', 'Ada Admin');
    const api = new Api(suite.platform.url).as(await passwordToken(manager.email, manager.password));
    clientId = (await api.post<{ id: string }>('/clients', { name: 'Initech' })).body.id;
  }, 240_000);

  async function openAppAs(page: Page, person: Person): Promise<void> {
    await page.goto(`${base}/`);
    await logIn(page, person.email, person.password);
    await page.waitForURL(/\/app\//, { timeout: 30_000 });
  }

  it('a manager writes and issues a quote, duplicates it into an invoice, issues and sends it; an admin voids it', async () => {
    const page = await (await suite.browser.newContext()).newPage();
    await openAppAs(page, manager);

    // The Billing page is in the menu; nothing yet.
    await byTestId(page, 'nav-billing').click();
    await byTestId(page, 'no-documents').waitFor();
    await checkLayout(page, 'documents-billing-empty', PHONE, [byTestId(page, 'document-tab-quote')]);
    await page.setViewportSize(DESKTOP);

    // A quote from the client page's Documents section.
    await page.goto(`${base}/app/clients/${clientId}`);
    await byTestId(page, 'client-no-documents').waitFor();
    await byTestId(page, 'client-new-document-kind').selectOption('quote');
    await byTestId(page, 'client-new-document').click();
    await byTestId(page, 'document-form').waitFor();
    const lines = byTestId(page, 'document-line');
    await lines.nth(0).locator('[data-testid="document-line-description"]').fill('Brand workshop');
    await lines.nth(0).locator('[data-testid="document-line-quantity"]').fill('2');
    await lines.nth(0).locator('[data-testid="document-line-price"]').fill('750');
    await byTestId(page, 'document-add-line').click();
    await lines.nth(1).locator('[data-testid="document-line-description"]').fill('Logo design');
    await lines.nth(1).locator('[data-testid="document-line-quantity"]').fill('1');
    await lines.nth(1).locator('[data-testid="document-line-price"]').fill('1200');
    // Totals follow the typing: 2 × 750 + 1 200 = 2 700, + 20 % = 3 240.
    await expectText(byTestId(page, 'document-total-preview'), '3,240.00');
    // The second line moves above the first.
    await lines.nth(1).locator('[data-testid="document-line-up"]').click();
    await expectText(lines.nth(0).locator('[data-testid="document-line-total"]'), '1,200.00');
    // A negative quantity is refused next to its field before anything is sent.
    await lines.nth(0).locator('[data-testid="document-line-quantity"]').fill('-1');
    await byTestId(page, 'document-save').click();
    await lines.nth(0).locator('.field-error').first().waitFor();
    await lines.nth(0).locator('[data-testid="document-line-quantity"]').fill('1');
    await checkLayout(page, 'documents-editor-desktop', DESKTOP, [byTestId(page, 'document-save')]);
    await checkLayout(page, 'documents-editor-phone', PHONE, [
      byTestId(page, 'document-add-line'),
      byTestId(page, 'document-save'),
    ]);
    await page.setViewportSize(DESKTOP);
    await byTestId(page, 'document-save').click();

    // The draft's page: issue it.
    await byTestId(page, 'document-issue').click();
    await expectText(byTestId(page, 'document-heading-number'), `QUO-${year}-0001`);
    await expectText(byTestId(page, 'document-status'), 'Issued');
    await checkLayout(page, 'documents-quote-desktop', DESKTOP, [byTestId(page, 'document-send')]);
    await checkLayout(page, 'documents-quote-phone', PHONE, [
      byTestId(page, 'document-send'),
      byTestId(page, 'document-duplicate'),
    ]);
    await page.setViewportSize(DESKTOP);

    // Duplicated as an invoice: a new draft with the same lines.
    await byTestId(page, 'document-duplicate-kind').selectOption('invoice');
    await byTestId(page, 'document-duplicate').click();
    await expectText(byTestId(page, 'document-title'), 'Invoice');
    await expectText(byTestId(page, 'document-status'), 'Draft');
    await expectText(byTestId(page, 'document-detail-total'), '3,240.00');
    await byTestId(page, 'document-issue').click();
    await expectText(byTestId(page, 'document-heading-number'), `INV-${year}-0001`);
    const invoiceUrl = page.url();

    // Sent by e-mail.
    await byTestId(page, 'document-send').click();
    await byTestId(page, 'document-recipients').fill('accounts@initech.test');
    await byTestId(page, 'document-send-submit').click();
    await expectText(byTestId(page, 'document-status'), 'Sent');
    // A manager may not void.
    expect(await byTestId(page, 'document-void').count()).toBe(0);

    // The Billing page lists both; the Quotes tab only the quote.
    await byTestId(page, 'nav-billing').click();
    await waitForCount(byTestId(page, 'document-row'), 2);
    await byTestId(page, 'document-tab-quote').click();
    await waitForCount(byTestId(page, 'document-row'), 1);
    await expectText(byTestId(page, 'document-number'), `QUO-${year}-0001`);
    await checkLayout(page, 'documents-billing-desktop', DESKTOP, [byTestId(page, 'document-filter-status')]);
    await checkLayout(page, 'documents-billing-phone', PHONE, [
      byTestId(page, 'document-filter-client'),
      byTestId(page, 'billing-new-client'),
    ]);
    await page.setViewportSize(DESKTOP);

    // A new document can also start from the Billing page: a kind and a client, then the editor.
    await byTestId(page, 'billing-new-kind').selectOption('delivery_note');
    await byTestId(page, 'billing-new-client').selectOption(clientId);
    await byTestId(page, 'billing-new-document').click();
    await byTestId(page, 'document-form').waitFor();
    expect(page.url()).toMatch(new RegExp(`/app/billing/new/${clientId}/delivery_note$`));
    await page.goBack();

    // An admin voids the invoice after confirming, with a reason; it keeps its number.
    const adminPage = await (await suite.browser.newContext()).newPage();
    await openAppAs(adminPage, admin);
    await adminPage.goto(invoiceUrl);
    await byTestId(adminPage, 'document-void').click();
    await byTestId(adminPage, 'document-void-submit').click();
    await byTestId(adminPage, 'document-void-confirm').locator('.field-error').waitFor();
    await byTestId(adminPage, 'document-void-reason-input').fill('Sent to the wrong company');
    await checkLayout(adminPage, 'documents-void-phone', PHONE, [
      byTestId(adminPage, 'document-void-submit'),
    ]);
    await byTestId(adminPage, 'document-void-submit').click();
    await expectText(byTestId(adminPage, 'document-status'), 'Void');
    await expectText(byTestId(adminPage, 'document-void-reason'), 'Sent to the wrong company');
    await expectText(byTestId(adminPage, 'document-heading-number'), `INV-${year}-0001`);
    await checkLayout(adminPage, 'documents-void-desktop', DESKTOP);
  });
});

/** Waits until the list shows that many rows (it reloads after each filter change). */
async function waitForCount(locator: Locator, count: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await locator.count()) !== count && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await locator.count()).toBe(count);
}

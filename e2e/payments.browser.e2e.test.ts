import type { Browser, Page } from 'playwright-core';
import { passwordToken, waitForMail } from '@client-portal/testing';
import {
  builtWebApp,
  byTestId,
  checkLayout,
  DESKTOP,
  keepScreenshots,
  logIn,
  PHONE,
  startBrowser,
} from './support/browser.js';
import { Api } from './support/http.js';
import { InvoiceFixtures } from './support/payment-fixtures.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18090;

/**
 * The client pays by card in the portal (stripe-mock behind the Stripe SDK, the signed webhook
 * delivered to the gateway), sees the invoice paid and the payment in the history; the receipt arrives
 * in Mailpit; staff see the payment on the client page. Debian's Chromium, Keycloak's login pages.
 */
describe('payments in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let tenantId: string;
  let manager: Person;
  let payer: Person;
  let admin: Person;
  const client = { id: '', name: 'Umbrella Corp' };
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, { name: 'Pay Agency' });
    tenantId = agency.tenantId;
    const owner = new Api(platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
    client.id = (await owner.post<{ id: string }>('/clients', { name: client.name })).body.id;
    manager = await addStaff(platform, tenantId, 'manager', 'Mia Manager');
    admin = await addStaff(platform, tenantId, 'admin', 'Adam Admin');
    payer = await addClientUser(platform, tenantId, client.id, 'Paula Payer');
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'payments'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  async function openAppAs(page: Page, person: Person, path = '/'): Promise<void> {
    await page.goto(`${base}${path}`);
    await logIn(page, person.email, person.password);
  }

  const shoot = (
    page: Page,
    name: string,
    viewport: typeof DESKTOP,
    actions: ReturnType<typeof byTestId>[],
  ) => checkLayout(page, `payments-${name}`, viewport, actions);

  it('the client pays an invoice and then two at once by card; sees them paid and in the history; the receipt arrives; staff see it', async () => {
    const fixtures = new InvoiceFixtures(platform);
    const first = await fixtures.issue(tenantId, client, { totalMinor: 120_000, tenantName: 'Pay Agency' });
    const second = await fixtures.issue(tenantId, client, { totalMinor: 30_000, tenantName: 'Pay Agency' });
    const third = await fixtures.issue(tenantId, client, { totalMinor: 4_550, tenantName: 'Pay Agency' });

    const page = await (await browser.newContext()).newPage();
    await openAppAs(page, payer);
    await byTestId(page, 'portal-payments-link').click();
    await page.waitForURL(/\/portal\/payments$/);
    await page.locator(`[data-testid="invoice-balance"][data-number="${first.number}"]`).waitFor();
    await byTestId(page, 'no-payments').waitFor();
    await shoot(page, 'portal-phone', PHONE, [byTestId(page, `pay-invoice-${first.number}`)]);
    await shoot(page, 'portal-desktop', DESKTOP, [byTestId(page, `pay-invoice-${first.number}`)]);

    // Pay: the amount due is offered; a wrong card number is refused next to the field.
    await byTestId(page, `pay-invoice-${first.number}`).click();
    await byTestId(page, 'pay-dialog').waitFor();
    expect(await byTestId(page, 'pay-amount').inputValue()).toBe('1200.00');
    await byTestId(page, 'pay-card-number').fill('4242 4242 4242 4241');
    await byTestId(page, 'pay-card-expiry').fill('1234');
    await byTestId(page, 'pay-card-cvc').fill('123');
    await byTestId(page, 'pay-submit').click();
    await byTestId(page, 'pay-card-number-error').waitFor();
    await byTestId(page, 'pay-card-number').fill('4242424242424242');
    expect(await byTestId(page, 'pay-card-number').inputValue()).toBe('4242 4242 4242 4242');
    expect(await byTestId(page, 'pay-card-expiry').inputValue()).toBe('12/34');
    await shoot(page, 'dialog-phone', PHONE, [byTestId(page, 'pay-submit')]);
    await page.setViewportSize(DESKTOP);
    await byTestId(page, 'pay-submit').click();
    await byTestId(page, 'pay-success').waitFor({ timeout: 30_000 });
    await shoot(page, 'dialog-success-desktop', DESKTOP, [byTestId(page, 'pay-close')]);
    await byTestId(page, 'pay-close').click();
    await page
      .locator(`[data-testid="invoice-balance"][data-number="${first.number}"][data-status="paid"]`)
      .waitFor();
    await byTestId(page, 'payment-row').first().waitFor();

    // Pay several: the two others at once, their total shown.
    await byTestId(page, `select-invoice-${second.number}`).check();
    await byTestId(page, `select-invoice-${third.number}`).check();
    expect(await byTestId(page, 'selected-total').textContent()).toContain('345.50');
    await byTestId(page, 'pay-several').click();
    expect(await byTestId(page, 'pay-dialog-invoice').count()).toBe(2);
    await byTestId(page, 'pay-card-number').fill('5555 5555 5555 4444');
    await byTestId(page, 'pay-card-expiry').fill('11/31');
    await byTestId(page, 'pay-card-cvc').fill('321');
    await byTestId(page, 'pay-submit').click();
    await byTestId(page, 'pay-success').waitFor({ timeout: 30_000 });
    await byTestId(page, 'pay-close').click();
    for (const number of [second.number, third.number])
      await page
        .locator(`[data-testid="invoice-balance"][data-number="${number}"][data-status="paid"]`)
        .waitFor();
    await page.locator('[data-testid="payment-row"]').nth(1).waitFor();
    await shoot(page, 'portal-paid-phone', PHONE, []);
    await shoot(page, 'portal-paid-desktop', DESKTOP, []);

    // The receipt, in the client's language, with the invoice and the method.
    const receipt = await waitForMail(payer.email, { subject: '1,200.00' });
    expect(receipt.Text).toContain(first.number);
    expect(receipt.Text).toContain('Card');
    expect(await fixtures.read(tenantId, first.id)).toEqual(expect.objectContaining({ status: 'paid' }));

    // Staff: the client page's Payments section shows the invoices paid and both payments.
    const staffPage = await (await browser.newContext()).newPage();
    await openAppAs(staffPage, manager, `/app/clients/${client.id}`);
    await byTestId(staffPage, 'client-payments').waitFor({ timeout: 30_000 });
    await staffPage
      .locator(
        `[data-testid="client-payments"] [data-testid="invoice-balance"][data-number="${first.number}"][data-status="paid"]`,
      )
      .waitFor();
    expect(
      await staffPage.locator('[data-testid="client-payments"] [data-testid="payment-row"]').count(),
    ).toBe(2);
    await byTestId(staffPage, 'client-payments').scrollIntoViewIfNeeded();
    await shoot(staffPage, 'staff-desktop', DESKTOP, []);
    await shoot(staffPage, 'staff-phone', PHONE, []);
  });

  it('an admin records a bank transfer for part of an invoice, then refunds some of it after confirming', async () => {
    const fixtures = new InvoiceFixtures(platform);
    const open = await fixtures.issue(tenantId, client, { totalMinor: 50_000, tenantName: 'Pay Agency' });
    const page = await (await browser.newContext()).newPage();
    await openAppAs(page, admin, `/app/clients/${client.id}`);
    await byTestId(page, 'record-payment').click();
    await byTestId(page, 'manual-payment-form').waitFor();
    // Nothing chosen: refused next to the list, nothing sent.
    await byTestId(page, 'manual-submit').click();
    await byTestId(page, 'manual-allocations-error').waitFor();
    await byTestId(page, `manual-invoice-${open.number}`).check();
    await byTestId(page, `manual-amount-${open.number}`).fill('200.00');
    await byTestId(page, 'manual-method').selectOption('bank_transfer');
    await byTestId(page, 'manual-reference').fill('SEPA Umbrella 2026-11');
    await shoot(page, 'manual-form-phone', PHONE, [byTestId(page, 'manual-submit')]);
    await page.setViewportSize(DESKTOP);
    await byTestId(page, 'manual-submit').click();
    await byTestId(page, 'payments-done').waitFor();
    await page
      .locator(`[data-testid="invoice-balance"][data-number="${open.number}"][data-status="partially_paid"]`)
      .waitFor();
    const transfer = page.locator('[data-testid="payment-row"][data-method="bank_transfer"]');
    await transfer.waitFor();
    expect(await fixtures.read(tenantId, open.id)).toEqual(expect.objectContaining({ paidMinor: 20_000 }));

    // Refund 50.00: reviewed, confirmed, then the invoice is due again by that much.
    await transfer.locator('[data-testid="payment-refund"]').click();
    await byTestId(page, 'refund-amount').fill('50');
    await byTestId(page, 'refund-reason').fill('Duplicate fee');
    await byTestId(page, 'refund-submit').click();
    await byTestId(page, 'refund-confirm-text').waitFor();
    await shoot(page, 'refund-confirm-phone', PHONE, [byTestId(page, 'refund-submit')]);
    await page.setViewportSize(DESKTOP);
    await byTestId(page, 'refund-submit').click();
    await transfer.locator('[data-testid="payment-refunded"]').waitFor();
    expect(await fixtures.read(tenantId, open.id)).toEqual(expect.objectContaining({ paidMinor: 15_000 }));
    await shoot(page, 'staff-refunded-desktop', DESKTOP, []);
  });
});

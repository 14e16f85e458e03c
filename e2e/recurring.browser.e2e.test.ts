import type { Browser, Page } from 'playwright-core';
import { passwordToken } from '@client-portal/testing';
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
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18091;

/**
 * A manager creates a monthly subscription starting today on a client's page; billing's scheduler
 * issues its first invoice by itself and the section shows its number; an admin sets the reminder
 * schedule. Debian's Chromium, Keycloak's login pages, the built web app.
 */
describe('subscriptions and reminders in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let manager: Person;
  let admin: Person;
  let clientId: string;
  let clientUser: Person;
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    platform = await Platform.start({
      httpPort: PORT,
      webDist: builtWebApp(),
      billing: { environment: { BILLING_SCHEDULER_INTERVAL_MS: '500' } },
    });
    const agency = await createTenant(platform, { name: 'Cadence Agency' });
    manager = await addStaff(platform, agency.tenantId, 'manager', 'Mia Manager');
    admin = await addStaff(platform, agency.tenantId, 'admin', 'Adam Admin');
    const api = new Api(platform.url).as(await passwordToken(manager.email, manager.password));
    clientId = (await api.post<{ id: string }>('/clients', { name: 'Umbrella Corp' })).body.id;
    clientUser = await addClientUser(platform, agency.tenantId, clientId, 'Ursula Umbrella');
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'recurring'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  async function openAppAs(page: Page, person: Person): Promise<void> {
    await page.goto(`${base}/`);
    await logIn(page, person.email, person.password);
    await page.waitForURL(/\/app\//, { timeout: 30_000 });
  }

  it('a manager creates a monthly subscription; its first invoice is issued by billing and shows with its number', async () => {
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await openAppAs(page, manager);
    await page.goto(`${base}/app/clients/${clientId}`);
    await byTestId(page, 'no-subscriptions').waitFor();

    await byTestId(page, 'new-subscription-button').click();
    await byTestId(page, 'new-subscription-line-description').fill('Website maintenance');
    await byTestId(page, 'new-subscription-line-price').fill('450');
    await byTestId(page, 'new-subscription-line-tax').fill('20');
    // Only whole units or decimals: a negative quantity is refused next to the field, nothing sent.
    await byTestId(page, 'new-subscription-line-quantity').fill('-1');
    await byTestId(page, 'new-subscription-submit').click();
    await page.locator('#new-subscription-line-0-quantity-error').waitFor();
    await byTestId(page, 'new-subscription-line-quantity').fill('1');
    await checkLayout(page, 'recurring-phone-new-subscription', PHONE, [
      byTestId(page, 'new-subscription-submit'),
    ]);
    await page.setViewportSize(DESKTOP);
    await byTestId(page, 'new-subscription-submit').click();

    const row = byTestId(page, 'subscription-row');
    await row.waitFor();
    await byTestId(page, 'subscription-amount').filter({ hasText: '540' }).waitFor();
    // The scheduler (every 500 ms, on its own) issues the first period's invoice: it shows in the list.
    await byTestId(page, 'subscription-runs-toggle').click();
    const number = byTestId(page, 'subscription-run-number');
    const deadline = Date.now() + 30_000;
    while (!(await number.isVisible())) {
      if (Date.now() > deadline) throw new Error('no invoice issued by the scheduler within 30 s');
      await page.waitForTimeout(700);
      // Reopening reloads the periods (the live stream also does when it announces the invoice).
      await byTestId(page, 'subscription-runs-toggle').click();
      await byTestId(page, 'subscription-runs-toggle').click();
    }
    expect(await number.textContent()).toMatch(/INV-\d{4}-0001/);
    await page.reload();
    await byTestId(page, 'subscription-next').waitFor();
    await byTestId(page, 'subscription-runs-toggle').click();
    await number.waitFor();
    await checkLayout(page, 'recurring-desktop-client-subscriptions', DESKTOP, [
      byTestId(page, 'subscription-pause'),
      byTestId(page, 'subscription-cancel'),
    ]);
    await checkLayout(page, 'recurring-phone-client-subscriptions', PHONE, [
      byTestId(page, 'subscription-pause'),
    ]);

    // Pause, then resume; cancelling asks first.
    await page.setViewportSize(DESKTOP);
    await byTestId(page, 'subscription-pause').click();
    await byTestId(page, 'subscription-status').filter({ hasText: 'Paused' }).waitFor();
    await byTestId(page, 'subscription-resume').click();
    await byTestId(page, 'subscription-status').filter({ hasText: 'Active' }).waitFor();
    await byTestId(page, 'subscription-cancel').click();
    await byTestId(page, 'subscription-cancel-confirm').waitFor();
    await checkLayout(page, 'recurring-phone-cancel-confirm', PHONE, [
      byTestId(page, 'subscription-cancel-yes'),
    ]);
  }, 180_000);

  it('an admin sets the reminder schedule, refused while not ascending, and sees every subscription', async () => {
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await openAppAs(page, admin);
    await byTestId(page, 'nav-billing-reminders').click();
    await byTestId(page, 'reminder-form').waitFor();
    const steps = byTestId(page, 'reminder-step');
    expect(await steps.count()).toBe(3);
    await steps.nth(1).fill('2');
    await byTestId(page, 'reminder-save').click();
    await page.locator('#reminder-step-1-error').waitFor();
    await steps.nth(1).fill('10');
    await byTestId(page, 'reminder-add-step').click();
    await steps.nth(3).fill('30');
    await checkLayout(page, 'recurring-phone-reminders', PHONE, [byTestId(page, 'reminder-save')]);
    await byTestId(page, 'reminder-save').click();
    await byTestId(page, 'reminder-saved').waitFor();
    await page.reload();
    await byTestId(page, 'reminder-form').waitFor();
    expect(
      await steps.evaluateAll((inputs) =>
        inputs.map((input) => (input as unknown as { value: string }).value),
      ),
    ).toEqual(['3', '10', '14', '30']);
    await checkLayout(page, 'recurring-desktop-reminders', DESKTOP, [byTestId(page, 'reminder-save')]);

    await byTestId(page, 'nav-subscriptions').click();
    await byTestId(page, 'subscription-row').filter({ hasText: 'Umbrella Corp' }).waitFor();
    await checkLayout(page, 'recurring-desktop-subscriptions', DESKTOP, []);
    await checkLayout(page, 'recurring-phone-subscriptions', PHONE, []);
  }, 120_000);

  it("the client's user sees the running subscription on the portal home, nothing internal", async () => {
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await page.goto(`${base}/`);
    await logIn(page, clientUser.email, clientUser.password);
    await page.waitForURL(/\/portal/, { timeout: 30_000 });
    const item = byTestId(page, 'portal-subscription');
    await item.filter({ hasText: 'Website maintenance' }).waitFor();
    expect(await item.textContent()).toMatch(/540/);
    await checkLayout(page, 'recurring-phone-portal', PHONE, []);
    await checkLayout(page, 'recurring-desktop-portal', DESKTOP, []);
  }, 60_000);
});

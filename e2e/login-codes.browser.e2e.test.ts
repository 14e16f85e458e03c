import type { Browser, Page } from 'playwright-core';
import { passwordToken, uniqueName, waitForMail, waitForSms } from '@client-portal/testing';
import {
  builtWebApp,
  byTestId,
  checkLayout,
  DESKTOP,
  keepScreenshots,
  PHONE,
  screenshot,
  startBrowser,
} from './support/browser.js';
import { codeIn, realmUserId, setMobileNumber, uniqueMobileNumber } from './support/code-login.js';
import { Api } from './support/http.js';
import { addClientUser, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18101;

/**
 * Clients sign in without a password, as a person would: the tenant's public portal page, their
 * address, "send me a sign-in code", the code read from the e-mail (Mailpit) or the text message (the
 * SMS simulator) typed into Keycloak's page, and the portal opens.
 */
describe('sign-in by code in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let byMail: Person;
  let bySms: Person;
  let mobile: string;
  let owner: Api;
  const slug = uniqueName('codes').replaceAll('_', '-').toLowerCase();
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, { name: 'Northwind Studio', slug });
    owner = new Api(platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
    const clientId = (await owner.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    byMail = await addClientUser(platform, agency.tenantId, clientId, 'Dana Scully');
    bySms = await addClientUser(platform, agency.tenantId, clientId, 'Fox Mulder');
    mobile = uniqueMobileNumber();
    await setMobileNumber(await realmUserId(bySms.email), mobile);
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'login-codes'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  async function askForCode(page: Page, email: string): Promise<void> {
    await page.goto(`${base}/p/${slug}`);
    await byTestId(page, 'public-portal-name').filter({ hasText: 'Northwind Studio' }).waitFor();
    await byTestId(page, 'public-portal-email').fill(email);
    await byTestId(page, 'public-portal-code').click();
    await page.waitForSelector('#code', { timeout: 30_000 });
  }

  it('logs in with the code sent by e-mail (a wrong code is said next to the field)', async () => {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${base}/p/${slug}`);
    await byTestId(page, 'public-portal-email').waitFor();
    await checkLayout(page, 'login-codes-public-phone', PHONE, [byTestId(page, 'public-portal-code')]);
    await checkLayout(page, 'login-codes-public-desktop', DESKTOP, [byTestId(page, 'public-portal-code')]);
    await askForCode(page, byMail.email);
    expect(await page.locator('body').textContent()).toContain('we have sent it a 6-digit code by e-mail');
    const code = codeIn((await waitForMail(byMail.email, { subject: 'is your sign-in code' })).Subject);

    await page.fill('#code', code === '000000' ? '111111' : '000000');
    await page.click('#login-code-submit');
    await page.locator('#input-error-code').filter({ hasText: 'You have 4 attempt(s) left.' }).waitFor();
    await checkLayout(page, 'login-codes-keycloak-phone', PHONE, [page.locator('#login-code-submit')]);
    await checkLayout(page, 'login-codes-keycloak-desktop', DESKTOP, [page.locator('#login-code-submit')]);

    await page.fill('#code', code);
    await page.click('#login-code-submit');
    await byTestId(page, 'portal-layout').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toMatch(/^\/portal/);
  });

  it("logs in with the code sent by SMS, asked from Keycloak's password page", async () => {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    const asked = new Date(Date.now() - 1000);
    // The app sends an anonymous visitor to Keycloak's password page, which offers a code instead.
    await page.goto(`${base}/portal`);
    await page.waitForSelector('#username', { timeout: 30_000 });
    await page.fill('#username', bySms.email);
    await page.click('#login-code-link');
    await page.waitForSelector('#code', { timeout: 30_000 });
    expect(await page.locator('body').textContent()).toContain('by text message to +33');
    const sms = await waitForSms(mobile, { after: asked });
    await screenshot(page, 'login-codes-sms-code-page');
    await page.fill('#code', codeIn(sms.body));
    await page.click('#login-code-submit');
    await byTestId(page, 'portal-layout').waitFor({ timeout: 30_000 });
  });

  it('lets an invited contact who never chose a password in by code: the code proves the address', async () => {
    const invitee = `${uniqueName('invitee')}@client.test`;
    const client = await owner.post<{ id: string }>('/clients', {
      name: 'Initech',
      primaryContact: { firstName: 'Peter', lastName: 'Gibbons', email: invitee, role: 'decision-maker' },
    });
    expect(client.status).toBe(201);
    expect((await owner.post(`/clients/${client.body.id}/portal`)).status).toBe(201);
    await waitForMail(invitee);

    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await askForCode(page, invitee);
    const code = codeIn((await waitForMail(invitee, { subject: 'is your sign-in code' })).Subject);
    await page.fill('#code', code);
    await page.click('#login-code-submit');
    // identity activated them at their first request: the portal opens on their workspace.
    await byTestId(page, 'portal-layout').waitFor({ timeout: 30_000 });
    await screenshot(page, 'login-codes-invitee-portal');
  });
});

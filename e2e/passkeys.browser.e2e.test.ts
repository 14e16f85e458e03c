import type { Browser, Page } from 'playwright-core';
import { passwordToken } from '@client-portal/testing';
import type { BillingDocument } from '../services/billing/src/domain/document.js';
import { DocumentFixtures } from './support/acceptance-fixtures.js';
import {
  builtWebApp,
  byTestId,
  checkBothLayouts,
  DESKTOP,
  expectText,
  keepScreenshots,
  logIn,
  screenshot,
  startBrowser,
} from './support/browser.js';
import { Api } from './support/http.js';
import { addClientUser, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18105;
/** The API takes seconds: a limit short enough for a test to see a sign-in grow old. */
const LIMIT_SECONDS = 8;

/**
 * Passkeys and step-up in a real browser: the owner turns the step-up limit on in Sign-in and security;
 * a client whose sign-in grew older than the limit accepts a quote, is sent to Keycloak to sign in
 * again, comes back to the same quote and repeats the acceptance. "Add a passkey" opens Keycloak's
 * passkey registration, and Keycloak's login form offers "Sign in with Passkey".
 */
describe('passkeys and step-up in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let owner: Person;
  let grace: Person;
  let quote: BillingDocument;
  let ownerApi: Api;
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, { name: 'Secure Agency' });
    owner = agency.owner;
    ownerApi = new Api(platform.url).as(await passwordToken(owner.email, owner.password));
    const clientId = (await ownerApi.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    grace = await addClientUser(platform, agency.tenantId, clientId, 'Grace Hopper');
    quote = await new DocumentFixtures(platform).issue({
      tenantId: agency.tenantId,
      tenantName: 'Secure Agency',
      clientId,
      clientName: 'Globex',
    });
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'passkeys'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  async function openAs(page: Page, url: string, person: Person): Promise<void> {
    await page.goto(url);
    await logIn(page, person.email, person.password);
  }

  it('the owner turns step-up on; a client with an older sign-in signs in again and repeats the acceptance', async () => {
    const staffPage = await (await browser.newContext()).newPage();
    await staffPage.setViewportSize(DESKTOP);
    await openAs(staffPage, `${base}/app/settings/security`, owner);
    await byTestId(staffPage, 'security-settings').waitFor({ timeout: 30_000 });
    await expectText(byTestId(staffPage, 'step-up-summary'), 'Off');
    await byTestId(staffPage, 'step-up-enabled').check();
    await byTestId(staffPage, 'step-up-minutes').fill('0');
    await byTestId(staffPage, 'step-up-save').click();
    // Refused before sending, next to the field; nothing saved.
    await byTestId(staffPage, 'step-up-minutes-error').waitFor();
    await expectText(byTestId(staffPage, 'step-up-summary'), 'Off');
    await byTestId(staffPage, 'step-up-minutes').fill('1');
    await byTestId(staffPage, 'step-up-save').click();
    await byTestId(staffPage, 'step-up-saved').waitFor();
    await expectText(byTestId(staffPage, 'step-up-summary'), '1 minute');
    await checkBothLayouts(staffPage, 'security-settings', [
      byTestId(staffPage, 'passkeys-add'),
      byTestId(staffPage, 'step-up-minutes'),
      byTestId(staffPage, 'step-up-save'),
    ]);
    // The header's name leads here: the page for one's own sign-in methods.
    expect(await byTestId(staffPage, 'user-name').getAttribute('href')).toBe('/app/settings/security');

    // The screen speaks minutes; the API takes seconds, which lets the test wait seconds, not minutes.
    const settings = await ownerApi.get<{ version: number }>('/security-settings');
    expect(
      (
        await ownerApi.put('/security-settings', {
          stepUpMaxAgeSeconds: LIMIT_SECONDS,
          expectedVersion: settings.body.version,
        })
      ).status,
    ).toBe(200);

    const page = await (await browser.newContext()).newPage();
    await page.setViewportSize(DESKTOP);
    await openAs(page, `${base}/portal/billing/${quote.id}`, grace);
    const signedInAt = Date.now();
    await expectText(byTestId(page, 'billing-document-number'), quote.number, 30_000);
    await byTestId(page, 'quote-signer-name').fill('Grace Hopper');
    // Let the sign-in grow older than the tenant's limit.
    await page.waitForTimeout(Math.max(0, signedInAt + (LIMIT_SECONDS + 1) * 1000 - Date.now()));
    await byTestId(page, 'quote-accept').click();
    await byTestId(page, 'quote-answer-confirm-button').click();

    // Keycloak asks for the password again (the SSO session alone is not enough), then back to the quote.
    await page.waitForSelector('#password', { timeout: 30_000 });
    expect(page.url()).toContain('prompt=login');
    await screenshot(page, 'passkeys-step-up-keycloak');
    const username = page.locator('#username');
    if ((await username.count()) > 0 && (await username.isEditable())) await username.fill(grace.email);
    await page.fill('#password', grace.password);
    await page.click('#kc-login');
    await page.waitForURL(`${base}/portal/billing/${quote.id}`, { timeout: 30_000 });
    await byTestId(page, 'step-up-notice').waitFor({ timeout: 30_000 });
    await checkBothLayouts(page, 'step-up-notice', [byTestId(page, 'step-up-notice-close')]);
    // Nothing was accepted by the refused attempt: the user repeats it, now with a fresh sign-in.
    await byTestId(page, 'quote-signer-name').fill('Grace Hopper');
    await byTestId(page, 'quote-accept').click();
    await byTestId(page, 'quote-answer-confirm-button').click();
    await byTestId(page, 'acceptance-summary').waitFor({ timeout: 30_000 });
    await expectText(byTestId(page, 'billing-document-status'), 'Accepted');
  }, 150_000);

  it('a client adds a passkey through Keycloak, finds where to manage them, and the login form offers passkeys', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setViewportSize(DESKTOP);
    await openAs(page, `${base}/portal`, grace);
    await byTestId(page, 'user-name').click();
    await page.waitForURL(`${base}/portal/security`);
    await byTestId(page, 'passkeys-card').waitFor();
    expect(await byTestId(page, 'passkeys-manage').getAttribute('href')).toContain(
      '/realms/client-portal/account/account-security/signing-in',
    );
    await checkBothLayouts(page, 'portal-security', [
      byTestId(page, 'passkeys-add'),
      byTestId(page, 'passkeys-manage'),
    ]);
    // Keycloak's own passkey registration (kc_action), which returns to this page when done.
    await byTestId(page, 'passkeys-add').click();
    await page.waitForURL(/webauthn-register-passwordless/, { timeout: 30_000 });
    await page.locator('#registerWebAuthn').waitFor({ timeout: 30_000 });
    await screenshot(page, 'passkeys-register-keycloak');
    // Cancelling comes back to the app's page, signed in.
    await page.locator('#cancelWebAuthnAIA').click();
    await page.waitForURL(`${base}/portal/security`, { timeout: 30_000 });
    await byTestId(page, 'passkeys-card').waitFor({ timeout: 30_000 });

    // Signed out, the login form offers a passkey next to the password (the realm's passkeys setting).
    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(`${base}/portal`);
    await fresh.waitForSelector('#username', { timeout: 30_000 });
    await fresh.locator('#authenticateWebAuthnButton').waitFor();
    await screenshot(fresh, 'passkeys-login-form');
  }, 90_000);
});

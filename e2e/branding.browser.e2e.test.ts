import type { Browser, Page } from 'playwright-core';
import { eventually, passwordToken, uniqueName } from '@client-portal/testing';
import { demoLogoPng } from '../deploy/local/demo-logo.js';
import {
  builtWebApp,
  byTestId,
  checkLayout,
  DESKTOP,
  keepScreenshots,
  logIn,
  PHONE,
  screenshot,
  startBrowser,
} from './support/browser.js';
import { Api } from './support/http.js';
import { addClientUser, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18099;

const cssVariable = (page: Page, name: string): Promise<string> =>
  page.evaluate<string>(`getComputedStyle(document.documentElement).getPropertyValue('${name}').trim()`);

/**
 * An admin brands the portal (colours refused for contrast next to the field, then accepted; a logo;
 * a sub-domain); the client's portal wears the logo and colours and speaks the tenant's language;
 * the public portal URL shows them and leads to Keycloak's login with the e-mail filled in.
 */
describe('branding in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let owner: Person;
  let client: Person;
  const slug = uniqueName('brandweb').replaceAll('_', '-').toLowerCase();
  const label = `b${Date.now().toString(36)}`;
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, { name: 'Verdant Studio', slug });
    owner = { ...agency.owner, displayName: 'Olivia Owner' };
    const api = new Api(platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
    const clientId = (await api.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    client = await addClientUser(platform, agency.tenantId, clientId, 'Dana Scully');
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'branding'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  it('an admin brands the portal; the client portal, the public page and the login page wear it', async () => {
    const staffPage = await (await browser.newContext()).newPage();
    await staffPage.goto(`${base}/app/settings/branding`);
    await logIn(staffPage, owner.email, owner.password);
    await byTestId(staffPage, 'branding-form').waitFor({ timeout: 30_000 });

    // A gold primary colour: white text on it is unreadable, said next to the field with the ratio.
    await byTestId(staffPage, 'branding-primary').fill('#FFD700');
    await byTestId(staffPage, 'branding-primary-error').filter({ hasText: '1.40:1' }).waitFor();
    await byTestId(staffPage, 'branding-save').click();
    await byTestId(staffPage, 'branding-primary-error').waitFor();
    expect(await byTestId(staffPage, 'branding-saved').count()).toBe(0);

    await byTestId(staffPage, 'branding-primary').fill('#0b5e55');
    await byTestId(staffPage, 'branding-accent').fill('#7a2e8f');
    expect(await byTestId(staffPage, 'branding-primary-error').count()).toBe(0);
    await byTestId(staffPage, 'branding-portal-name').fill('Verdant Client Space');
    await byTestId(staffPage, 'branding-language').selectOption('fr');
    // The live preview follows the form before anything is saved.
    await byTestId(staffPage, 'branding-preview-name').filter({ hasText: 'Verdant Client Space' }).waitFor();
    // A reserved sub-domain is refused as soon as it is typed; a free one is said available.
    await byTestId(staffPage, 'branding-subdomain').fill('admin');
    await staffPage.locator('[data-testid="branding-subdomain-availability"][data-available="no"]').waitFor();
    await byTestId(staffPage, 'branding-subdomain').fill(label);
    await staffPage
      .locator('[data-testid="branding-subdomain-availability"][data-available="yes"]')
      .waitFor();
    await byTestId(staffPage, 'branding-save').click();
    await byTestId(staffPage, 'branding-saved').waitFor();

    await byTestId(staffPage, 'branding-logo-file').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: demoLogoPng(),
    });
    await byTestId(staffPage, 'branding-logo-preview').waitFor();
    // The staff app's header wears the logo and the colours at once.
    await byTestId(staffPage, 'brand-logo').waitFor();
    expect(await cssVariable(staffPage, '--color-primary')).toBe('#0b5e55');
    expect(await byTestId(staffPage, 'branding-public-url-value').textContent()).toBe(`${base}/p/${slug}`);
    await checkLayout(staffPage, 'branding-settings-phone', PHONE, [byTestId(staffPage, 'branding-save')]);
    await checkLayout(staffPage, 'branding-settings-desktop', DESKTOP, [
      byTestId(staffPage, 'branding-save'),
    ]);

    // The client's portal: logo, colours, and the tenant's language (the client never chose one).
    const clientPage = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await clientPage.goto(`${base}/portal`);
    await logIn(clientPage, client.email, client.password);
    await byTestId(clientPage, 'portal-layout').waitFor({ timeout: 30_000 });
    await byTestId(clientPage, 'brand-logo').waitFor();
    expect(await byTestId(clientPage, 'brand').textContent()).toContain('Verdant Client Space');
    expect(await byTestId(clientPage, 'brand-logo').getAttribute('src')).toMatch(
      new RegExp(`^/api/branding/logos/${slug}\\?v=[0-9a-f]{16}$`),
    );
    expect(await cssVariable(clientPage, '--color-primary')).toBe('#0b5e55');
    expect(await cssVariable(clientPage, '--color-accent')).toBe('#7a2e8f');
    // Polled from here: a string predicate would be evaluated in the page, which its CSP forbids.
    await eventually(
      () => clientPage.locator('html').getAttribute('lang'),
      (lang) => lang === 'fr',
      15_000,
    );
    await checkLayout(clientPage, 'branding-portal-phone', PHONE);
    await checkLayout(clientPage, 'branding-portal-desktop', DESKTOP);

    // The public portal URL, without a login: logo, name, colours; an e-mail leads to the login page.
    const visitor = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await visitor.goto(`${base}/p/${slug}`);
    await byTestId(visitor, 'public-portal-name').filter({ hasText: 'Verdant Client Space' }).waitFor();
    await byTestId(visitor, 'public-portal-logo').waitFor();
    // Drawn, not a broken image: the public logo URL answered an image.
    await eventually(
      () =>
        byTestId(visitor, 'public-portal-logo').evaluate((image) => {
          const drawn = image as unknown as { complete: boolean; naturalWidth: number };
          return drawn.complete && drawn.naturalWidth > 0;
        }),
      (drawn) => drawn,
      15_000,
    );
    expect(await cssVariable(visitor, '--color-primary')).toBe('#0b5e55');
    await checkLayout(visitor, 'branding-public-phone', PHONE, [byTestId(visitor, 'public-portal-continue')]);
    await checkLayout(visitor, 'branding-public-desktop', DESKTOP, [
      byTestId(visitor, 'public-portal-continue'),
    ]);
    await byTestId(visitor, 'public-portal-email').fill('not an address');
    await byTestId(visitor, 'public-portal-continue').click();
    await byTestId(visitor, 'public-portal-email-error').waitFor();
    await byTestId(visitor, 'public-portal-email').fill(client.email);
    await byTestId(visitor, 'public-portal-continue').click();
    await visitor.waitForSelector('#username', { timeout: 30_000 });
    const loginUrl = new URL(visitor.url());
    expect(loginUrl.searchParams.get('login_hint')).toBe(client.email);
    expect(new URL(loginUrl.searchParams.get('redirect_uri') ?? '').searchParams.get('brand')).toBe(slug);
    expect(await visitor.inputValue('#username')).toBe(client.email);
    // The tenant's language reaches Keycloak too.
    expect(loginUrl.searchParams.get('ui_locales')).toBe('fr');

    // Keycloak's login page is branded when this Keycloak has the client-portal theme loaded (the
    // local scripts copy it in at Keycloak's start and the realm names it): then logo, name, colours.
    const themed = await visitor.locator('script[src$="/js/branding.js"]').count();
    if (themed > 0) {
      await visitor.locator('html[data-brand]').waitFor({ timeout: 15_000 });
      expect(await visitor.locator('#cp-brand-name').textContent()).toBe('Verdant Client Space');
      await visitor.locator('#cp-brand-logo').waitFor();
      expect(await cssVariable(visitor, '--cp-brand-primary')).toBe('#0b5e55');
    } else {
      process.stderr.write(
        'branding.browser: this Keycloak has no client-portal login theme loaded; the login page was not checked for branding\n',
      );
    }
    await screenshot(visitor, 'branding-keycloak-login');
  });
});

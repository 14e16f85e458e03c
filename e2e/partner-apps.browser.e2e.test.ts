import { mkdirSync } from 'node:fs';
import { byTestId, checkLayout, DESKTOP, expectText, PHONE } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { partnerAccessToken } from './support/partner.js';
import { addStaff, createTenant, type Person } from './support/people.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18114;

/**
 * An admin creates a partner application with two scopes, copies the secret shown once (and it works
 * against the real Keycloak), edits its scopes, rotates the secret and revokes it, each confirmed.
 * A manager has no such page. Debian's Chromium, Keycloak's own login pages, the built web app.
 */
describe('partner applications in a real browser', () => {
  const suite = browserSuite('partner-apps', PORT);
  let admin: Person;
  let manager: Person;

  beforeAll(async () => {
    const { tenantId } = await createTenant(suite.platform, { name: 'Partner Studio' });
    admin = await addStaff(suite.platform, tenantId, 'admin', 'Ada Admin');
    manager = await addStaff(suite.platform, tenantId, 'manager', 'Mia Manager');
  }, 240_000);

  it('creates, shows the secret once, edits, rotates and revokes', async () => {
    const page = await suite.signIn(admin, { landing: /\/app\// });
    await page.goto(`${suite.base}/app/settings/partner-apps`);
    await byTestId(page, 'partner-apps-empty').waitFor();
    mkdirSync('test-results', { recursive: true });

    await byTestId(page, 'partner-apps-new').click();
    // Nothing chosen: the fields say so, nothing is sent.
    await byTestId(page, 'partner-apps-save').click();
    await expectText(byTestId(page, 'partner-apps-name-error'), 'Name the application');
    await byTestId(page, 'partner-apps-scopes-error').waitFor();
    await byTestId(page, 'partner-apps-name').fill('Acme Books');
    await byTestId(page, 'partner-apps-scope-clients-read').check();
    await byTestId(page, 'partner-apps-scope-documents-read').check();
    // The server's refusal lands next to its field.
    await byTestId(page, 'partner-apps-rate').fill('5');
    await byTestId(page, 'partner-apps-save').click();
    await byTestId(page, 'partner-apps-rate-error').waitFor();
    await byTestId(page, 'partner-apps-rate').fill('120');
    await page.screenshot({ path: 'test-results/partner-apps-form-desktop.png', fullPage: true });
    await byTestId(page, 'partner-apps-save').click();

    const panel = byTestId(page, 'partner-apps-secret');
    await panel.waitFor();
    await expectText(panel, 'you will not see it again');
    const clientId = await byTestId(page, 'partner-apps-client-id').inputValue();
    const secret = await byTestId(page, 'partner-apps-client-secret').inputValue();
    expect(clientId).toMatch(/^partner-[0-9a-f]{12}$/);
    expect(await byTestId(page, 'partner-apps-token-url').inputValue()).toMatch(/openid-connect\/token$/);
    // The secret shown works against Keycloak.
    await partnerAccessToken(clientId, secret);
    await page.screenshot({ path: 'test-results/partner-apps-secret-desktop.png', fullPage: true });
    await checkLayout(page, 'partner-apps-secret', PHONE, [byTestId(page, 'partner-apps-copy-secret')]);
    await page.screenshot({ path: 'test-results/partner-apps-secret-phone.png', fullPage: true });
    await page.setViewportSize(DESKTOP);
    await byTestId(page, 'partner-apps-secret-done').click();
    await panel.waitFor({ state: 'detached' });
    // Once dismissed it is nowhere on the page.
    expect(await page.content()).not.toContain(secret);

    const row = byTestId(page, 'partner-app').first();
    await expectText(row.getByTestId('partner-app-scopes'), 'documents:read');
    await expectText(row, '120');

    await row.getByTestId('partner-app-edit').click();
    await byTestId(page, 'partner-apps-scope-documents-read').uncheck();
    await byTestId(page, 'partner-apps-scope-payments-read').check();
    await byTestId(page, 'partner-apps-save').click();
    await byTestId(page, 'partner-apps-notice').waitFor();
    await expectText(row.getByTestId('partner-app-scopes'), 'payments:read');
    expect(await row.getByTestId('partner-app-scopes').textContent()).not.toContain('documents:read');

    // Rotate, confirmed: a new secret is shown; the old one obtains nothing any more.
    await row.getByTestId('partner-app-rotate').click();
    await row.getByTestId('partner-app-confirm').waitFor();
    await row.getByTestId('partner-app-confirm-yes').click();
    await panel.waitFor();
    const rotated = await byTestId(page, 'partner-apps-client-secret').inputValue();
    expect(rotated).not.toBe(secret);
    await expect(partnerAccessToken(clientId, secret)).rejects.toThrow();
    await byTestId(page, 'partner-apps-secret-done').click();

    // Revoke, confirmed.
    await row.getByTestId('partner-app-revoke').click();
    await page.screenshot({ path: 'test-results/partner-apps-confirm-desktop.png', fullPage: true });
    await row.getByTestId('partner-app-confirm-yes').click();
    await page.locator('[data-testid="partner-app"][data-status="revoked"]').waitFor();
    await expect(partnerAccessToken(clientId, rotated)).rejects.toThrow();
    await checkLayout(page, 'partner-apps-list', PHONE, [byTestId(page, 'partner-apps-new')]);
    await page.screenshot({ path: 'test-results/partner-apps-list-phone.png', fullPage: true });
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: 'test-results/partner-apps-list-desktop.png', fullPage: true });
    await page.context().close();
  });

  it('is not offered to a manager', async () => {
    const page = await suite.signIn(manager, { landing: /\/app\// });
    await page.goto(`${suite.base}/app/settings/partner-apps`);
    // The router sends whoever lacks portal.configure to the forbidden page, and the menu has no entry.
    await page.waitForURL((url) => !url.pathname.startsWith('/app/settings/partner-apps'), {
      timeout: 15_000,
    });
    expect(await byTestId(page, 'partner-apps-new').count()).toBe(0);
    expect(await page.locator('nav a[href="/app/settings/partner-apps"]').count()).toBe(0);
    await page.context().close();
  });
});

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { eventually, passwordToken, uniqueName } from '@client-portal/testing';
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
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: registered as a redirect URI of client-portal-web in the realm. */
const PORT = 18086;
const HEADER = 'company,industry,status,contact_first_name,contact_last_name,contact_email,contact_role';

/** The staff client list clicked through in Chromium: filter, sort, import a CSV (a bad row first), export. */
describe('the client list in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  const owner = { email: `${uniqueName('owner')}@list.test`, password: 'List-Owner-2026' };
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    await createTenant(platform, { name: 'List Agency', email: owner.email, password: owner.password });
    const api = new Api(platform.url).as(await passwordToken(owner.email, owner.password));
    for (const [name, status, industry, first] of [
      ['Globex', 'active', 'Manufacturing', 'Grace'],
      ['Initech', 'prospect', 'Software', 'Peter'],
      ['Umbrella', 'prospect', 'Health', 'Alice'],
      ['Stark', 'suspended', 'Manufacturing', 'Tony'],
    ] as const)
      await api.post('/clients', {
        name,
        status,
        industry,
        primaryContact: { firstName: first, lastName: 'Doe', email: `${first.toLowerCase()}@${name}.test` },
      });
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'clientlist'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  const rowNames = async (page: Page) =>
    (await byTestId(page, 'client-row-link').allTextContents()).map((text) => text.trim());
  /** Waits until the list shows exactly these names, in this order. */
  const expectRows = async (page: Page, names: string[]) => {
    // Polled from here: a string predicate would be evaluated in the page, which its CSP forbids.
    await eventually(
      () => rowNames(page),
      (shown) => JSON.stringify(shown) === JSON.stringify(names),
      15_000,
    );
    expect(await rowNames(page)).toEqual(names);
  };

  it('filters and sorts the list, imports a CSV after fixing its bad row, and exports the filtered list', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.setViewportSize(DESKTOP);
    await page.goto(`${base}/`);
    await logIn(page, owner.email, owner.password);
    // The staff home is the agency dashboard; the list is one click away.
    await page.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
    await byTestId(page, 'nav-clients').click();
    await page.waitForURL(/\/app\/clients/);
    await expectRows(page, ['Globex', 'Initech', 'Stark', 'Umbrella']);
    await screenshot(page, 'clientlist-desktop');

    // Filter by status, then sort by name descending (the header says so to assistive technology).
    await byTestId(page, 'client-list-status').selectOption('prospect');
    await expectRows(page, ['Initech', 'Umbrella']);
    const nameHeader = page.locator('th', { has: byTestId(page, 'client-list-sort-name') });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await byTestId(page, 'client-list-sort-name').click();
    await expectRows(page, ['Umbrella', 'Initech']);
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    // Search by the contact's name; then the industry filter.
    await byTestId(page, 'client-list-status').selectOption('');
    await byTestId(page, 'client-search').fill('alice');
    await expectRows(page, ['Umbrella']);
    await byTestId(page, 'client-search').fill('');
    await byTestId(page, 'client-list-industry').selectOption('Manufacturing');
    await expectRows(page, ['Stark', 'Globex']);
    await byTestId(page, 'client-list-industry').selectOption('');
    await expectRows(page, ['Umbrella', 'Stark', 'Initech', 'Globex']);

    // Import: a bad row is shown with its line and column, and blocks the import.
    await byTestId(page, 'client-import-button').click();
    const dialog = byTestId(page, 'client-import-dialog');
    await dialog.waitFor();
    const bad = `${HEADER}\nWayne Corp,Security,prospect,Bruce,Wayne,bruce@wayne.test,decision-maker\nWayne Corp,,,Alfred,Pennyworth,not-an-email,butler\n`;
    await byTestId(page, 'client-import-file').setInputFiles({
      name: 'clients.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await byTestId(page, 'client-import-errors').waitFor();
    const errors = await byTestId(page, 'client-import-error-row').allInnerTexts();
    expect(errors.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      '3 contact_email Enter a valid e-mail address',
      '3 contact_role Role must be one of decision-maker, technical, billing, observer',
    ]);
    expect(await byTestId(page, 'client-import-submit').isDisabled()).toBe(true);
    await screenshot(page, 'clientlist-import-errors-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'clientlist-import-errors-phone');
    await page.setViewportSize(DESKTOP);

    // Fixed and chosen again: the preview is clean and the import goes through.
    await byTestId(page, 'client-import-file').setInputFiles({
      name: 'clients-fixed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad.replace('not-an-email,butler', 'alfred@wayne.test,observer')),
    });
    await byTestId(page, 'client-import-preview-row').first().waitFor();
    expect(await byTestId(page, 'client-import-errors').count()).toBe(0);
    expect(await byTestId(page, 'client-import-summary').textContent()).toContain(
      '1 client(s) and 2 contact(s)',
    );
    await byTestId(page, 'client-import-submit').click();
    await byTestId(page, 'client-import-done').waitFor();
    await byTestId(page, 'client-import-close').click();
    await expectRows(page, ['Wayne Corp', 'Umbrella', 'Stark', 'Initech', 'Globex']);

    // Export what the list shows (prospects, name descending) as CSV.
    await byTestId(page, 'client-list-status').selectOption('prospect');
    await expectRows(page, ['Wayne Corp', 'Umbrella', 'Initech']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId(page, 'client-export-button').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download.path();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]?.startsWith('company,main_contact,main_contact_email,projects,status,value_minor')).toBe(
      true,
    );
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      'Wayne Corp,Bruce Wayne',
      'Umbrella,Alice Doe',
      'Initech,Peter Doe',
    ]);

    // The phone layout: cards, nothing wider than the screen, controls reachable.
    await checkLayout(page, 'clientlist-phone-cards', PHONE, [
      byTestId(page, 'client-search'),
      byTestId(page, 'client-import-button'),
      byTestId(page, 'client-export-button'),
      byTestId(page, 'client-row-link').first(),
    ]);
    // Without the headers, the order is chosen in the toolbar.
    await byTestId(page, 'client-list-sort').selectOption('name:asc');
    await expectRows(page, ['Initech', 'Umbrella', 'Wayne Corp']);
    await screenshot(page, 'clientlist-phone');
    await context.close();
  }, 180_000);
});

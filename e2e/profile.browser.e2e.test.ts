import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { extractPdfText, passwordToken } from '@client-portal/testing';
import { demoLogoPng } from '../deploy/local/demo-logo.js';
import { byTestId, checkLayout, DESKTOP, expectText, logIn, PHONE } from './support/browser.js';
import { Api } from './support/http.js';
import { addStaff, createTenant, type Person } from './support/people.js';
import { browserSuite } from './support/browser-suite.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18088;

/**
 * An admin fills the billing profile (with a logo and bank details), a manager fills a client's
 * billing details, and the PDFs downloaded from the app print both; a member sees the settings
 * read-only. Debian's Chromium, Keycloak's own login pages, the built web app.
 */
describe('billing profile in a real browser', () => {
  const suite = browserSuite('profile', PORT);
  let admin: Person;
  let manager: Person;
  let member: Person;
  let clientId: string;
  const { base } = suite;

  beforeAll(async () => {
    const { tenantId, owner } = await createTenant(suite.platform, {
      name: 'Acme Studio',
      password: 'Owner-Pass-2026',
    });
    admin = await addStaff(suite.platform, tenantId, 'admin', 'Ada Admin');
    manager = await addStaff(suite.platform, tenantId, 'manager', 'Mia Manager');
    member = await addStaff(suite.platform, tenantId, 'member', 'Max Member');
    const api = new Api(suite.platform.url).as(await passwordToken(owner.email, owner.password));
    clientId = (await api.post<{ id: string }>('/clients', { name: 'Łódź Żółć Studio' })).body.id;
  }, 240_000);

  async function openAppAs(person: Person): Promise<Page> {
    const page = await (await suite.browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto(`${base}/`);
    await logIn(page, person.email, person.password);
    await page.waitForURL(/\/app\//, { timeout: 30_000 });
    return page;
  }

  /** Clicks a button that downloads a PDF and reads the text back out of the file. */
  async function downloadedPdfText(page: Page, button: Locator): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    return (await extractPdfText(bytes)).pages.join('\n');
  }

  const shoot = (page: Page, name: string, viewport: typeof DESKTOP, actions: Locator[]) =>
    checkLayout(page, `profile-${name}`, viewport, actions);

  it('an admin fills the billing profile, a manager the client billing details, and the PDFs print them', async () => {
    const page = await openAppAs(admin);
    await byTestId(page, 'nav-billing-settings').click();
    await byTestId(page, 'billing-profile-form').waitFor();
    await byTestId(page, 'billing-logo-empty').waitFor();

    // A text file named like an image is refused by what it contains.
    await byTestId(page, 'billing-logo-file').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not really an image'),
    });
    await expectText(byTestId(page, 'billing-logo-error'), 'PNG');
    await byTestId(page, 'billing-logo-file').setInputFiles({
      name: 'acme.png',
      mimeType: 'image/png',
      buffer: demoLogoPng(),
    });
    await byTestId(page, 'billing-logo-preview').waitFor();

    await byTestId(page, 'bp-tradingName').fill('Acme Studio');
    await byTestId(page, 'bp-legalName').fill('Acme Studio SAS');
    await byTestId(page, 'bp-email').fill('billing@acme.example');
    await byTestId(page, 'bp-street').fill('12 rue de la Paix');
    await byTestId(page, 'bp-postalCode').fill('75002');
    await byTestId(page, 'bp-city').fill('Paris');
    await byTestId(page, 'bp-country').fill('France');
    await byTestId(page, 'bp-taxId').fill('FR40303265045');
    await byTestId(page, 'bp-bankName').fill('BNP Paribas');
    await byTestId(page, 'bp-bic').fill('BNPAFRPP');
    // One wrong digit: the checksum fails and the message stands next to the IBAN.
    await byTestId(page, 'bp-iban').fill('FR76 3000 6000 0112 3456 7890 188');
    await byTestId(page, 'bp-footer').fill('Acme Studio SAS — RCS Paris 123 456 789');
    await byTestId(page, 'bp-add-rate').click();
    await byTestId(page, 'bp-rate-2').fill('5,5');
    await byTestId(page, 'bp-rate-label-2').fill('TVA réduite');
    await byTestId(page, 'billing-save').click();
    await page.locator('#bp-iban-error').waitFor();
    await shoot(page, 'phone-settings', PHONE, [
      byTestId(page, 'billing-save'),
      byTestId(page, 'billing-preview'),
    ]);
    await page.setViewportSize(DESKTOP);
    await byTestId(page, 'bp-iban').fill('FR76 3000 6000 0112 3456 7890 189');
    await byTestId(page, 'billing-save').click();
    await byTestId(page, 'billing-saved').waitFor();
    await shoot(page, 'desktop-settings', DESKTOP, [byTestId(page, 'billing-save')]);

    const preview = await downloadedPdfText(page, byTestId(page, 'billing-preview'));
    for (const expected of [
      'Acme Studio SAS',
      'FR40303265045',
      'FR76 3000 6000 0112 3456 7890 189',
      'BNPAFRPP',
      'RCS Paris',
    ])
      expect(preview).toContain(expected);

    // The manager fills the client's billing details on the client page.
    const managerPage = await openAppAs(manager);
    await managerPage.goto(`${base}/app/clients/${clientId}`);
    await byTestId(managerPage, 'billing-details-fallback').waitFor();
    await byTestId(managerPage, 'billing-details-edit').click();
    await byTestId(managerPage, 'bd-legalName').fill('Łódź Żółć Studio Sp. z o.o.');
    await byTestId(managerPage, 'bd-street').fill('ul. Piotrkowska 1');
    await byTestId(managerPage, 'bd-postalCode').fill('90-001');
    await byTestId(managerPage, 'bd-city').fill('Łódź');
    await byTestId(managerPage, 'bd-country').fill('Polska');
    await byTestId(managerPage, 'bd-taxId').fill('PL1234567890');
    await byTestId(managerPage, 'bd-language').selectOption('fr');
    await byTestId(managerPage, 'bd-add-recipient').click();
    await byTestId(managerPage, 'bd-recipient-email-0').fill('not-an-address');
    await byTestId(managerPage, 'bd-save').click();
    await managerPage.locator('#bd-recipient-email-0-error').waitFor();
    await byTestId(managerPage, 'bd-recipient-email-0').fill('faktury@lodz.example');
    await byTestId(managerPage, 'bd-recipient-name-0').fill('Księgowość');
    await shoot(managerPage, 'phone-client-details', PHONE, [byTestId(managerPage, 'bd-save')]);
    await byTestId(managerPage, 'bd-save').click();
    await expectText(byTestId(managerPage, 'billing-details-legal-name'), 'Łódź Żółć Studio Sp. z o.o.');
    await shoot(managerPage, 'desktop-client-details', DESKTOP, [
      byTestId(managerPage, 'billing-details-preview'),
    ]);

    const addressed = await downloadedPdfText(managerPage, byTestId(managerPage, 'billing-details-preview'));
    for (const expected of [
      'Facture',
      'Facturé à'.toUpperCase(),
      'Łódź Żółć Studio Sp. z o.o.',
      'ul. Piotrkowska 1',
      '90-001 Łódź',
      'PL1234567890',
      'Acme Studio SAS',
      'FR76 3000 6000 0112 3456 7890 189',
      'Page 1 sur 1',
    ])
      expect(addressed).toContain(expected);

    // A member sees the settings without being able to change them.
    const memberPage = await openAppAs(member);
    await memberPage.goto(`${base}/app/billing/settings`);
    await byTestId(memberPage, 'billing-read-only').waitFor();
    expect(await byTestId(memberPage, 'billing-save').count()).toBe(0);
    expect(await byTestId(memberPage, 'bp-tradingName').inputValue()).toBe('Acme Studio');
    expect(await byTestId(memberPage, 'bp-tradingName').isDisabled()).toBe(true);
  });
});

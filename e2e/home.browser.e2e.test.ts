import type { Browser, Locator, Page } from 'playwright-core';
import { passwordToken, uniqueName } from '@client-portal/testing';
import { ExternalUserRepository } from '../services/identity/src/store/external-user.repository.js';
import { DocumentFixtures } from './support/acceptance-fixtures.js';
import {
  builtWebApp,
  byTestId,
  checkLayout,
  DESKTOP,
  expectText,
  keepScreenshots,
  logIn,
  PHONE,
  startBrowser,
} from './support/browser.js';
import { Api } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18100;

/**
 * The client home in a real browser: an admin adds a button in Portal settings; the client's user
 * finds a quote to answer and an overdue invoice to pay in their action inbox with that button;
 * answering the quote and the agency recording the payment clear the items (the second one live);
 * a manager then views the portal as that client: the banner, the same inbox, no action buttons.
 */
describe('client home and view as client in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let fixtures: DocumentFixtures;
  let tenantId: string;
  let admin: Person;
  let manager: Person;
  let client: Person;
  let owner: Api;
  const tenantName = 'Home Browser Agency';
  const globex = { id: '', name: 'Globex', workspaceId: '' };
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    fixtures = new DocumentFixtures(platform);
    const agency = await createTenant(platform, { name: tenantName });
    tenantId = agency.tenantId;
    owner = new Api(platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
    admin = await addStaff(platform, tenantId, 'admin', 'Ada Admin');
    manager = await addStaff(platform, tenantId, 'manager', 'Mia Manager');
    globex.id = (
      await owner.post<{ id: string }>('/clients', {
        name: globex.name,
        primaryContact: {
          firstName: 'Grace',
          lastName: 'Primary',
          email: `${uniqueName('grace')}@globex.test`,
          role: 'decision-maker',
        },
      })
    ).body.id;
    const enabled = await owner.post<{ workspace: { id: string } }>(`/clients/${globex.id}/portal`);
    if (enabled.status !== 201) throw new Error(`portal not enabled: ${JSON.stringify(enabled.body)}`);
    globex.workspaceId = enabled.body.workspace.id;
    client = await addClientUser(platform, tenantId, globex.id, 'Dana Client');
    const identity = platform.runtimes.get('identity');
    if (!identity) throw new Error('identity is not running');
    await new ExternalUserRepository(identity.connection).addWorkspace(
      tenantId,
      client.userId,
      globex.workspaceId,
      'decision-maker',
    );
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'home'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  async function openAppAs(person: Person): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.setViewportSize(DESKTOP);
    await page.goto(`${base}/`);
    await logIn(page, person.email, person.password);
    return page;
  }

  const shoot = (page: Page, name: string, viewport: typeof DESKTOP, actions: Locator[]) =>
    checkLayout(page, `home-${name}`, viewport, actions);
  const inboxItem = (page: Page, id: string) =>
    page.locator(`[data-testid="home-inbox-item"][data-id="${id}"]`);

  it('an admin adds a button; the client answers a quote and sees a paid invoice leave the inbox', async () => {
    const quote = await fixtures.issue({
      tenantId,
      tenantName,
      clientId: globex.id,
      clientName: globex.name,
    });
    const invoice = await fixtures.issue({
      tenantId,
      tenantName,
      clientId: globex.id,
      clientName: globex.name,
      kind: 'invoice',
      dueDate: '2020-01-31',
    });

    // The admin: Settings → Portal settings → a "Book a call" button.
    const adminPage = await openAppAs(admin);
    await adminPage.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
    await adminPage.goto(`${base}/app/portal/settings`);
    await byTestId(adminPage, 'cta-add').click();
    const row = (await byTestId(adminPage, 'portal-settings-button-row').count()) - 1;
    await byTestId(adminPage, `cta-kind-${row}`).selectOption('booking');
    await byTestId(adminPage, `cta-label-${row}`).fill('Book a call');
    await byTestId(adminPage, `cta-url-${row}`).fill('http://cal.example.com/agency');
    await byTestId(adminPage, 'portal-settings-save').click();
    // Not https: refused, the message next to the field.
    await byTestId(adminPage, `cta-url-${row}-error`).waitFor();
    await byTestId(adminPage, `cta-url-${row}`).fill('https://cal.example.com/agency');
    await byTestId(adminPage, 'portal-settings-save').click();
    await byTestId(adminPage, 'portal-settings-saved').waitFor();
    await shoot(adminPage, 'settings-desktop', DESKTOP, [byTestId(adminPage, 'portal-settings-save')]);
    await shoot(adminPage, 'settings-phone', PHONE, [byTestId(adminPage, 'portal-settings-save')]);

    // The client: the home's inbox holds the quote and the invoice, and the button.
    const page = await openAppAs(client);
    await page.waitForURL(/\/portal/, { timeout: 30_000 });
    await inboxItem(page, quote.id).waitFor();
    await inboxItem(page, invoice.id).waitFor();
    await expectText(inboxItem(page, invoice.id), invoice.number);
    await expectText(byTestId(page, 'home-cta'), 'Book a call');
    expect(await byTestId(page, 'home-cta').filter({ hasText: 'Book a call' }).getAttribute('href')).toBe(
      'https://cal.example.com/agency',
    );
    await shoot(page, 'inbox-desktop', DESKTOP, [byTestId(page, 'home-inbox-go-quote')]);
    await shoot(page, 'inbox-phone', PHONE, [byTestId(page, 'home-inbox-go-quote')]);
    await page.setViewportSize(DESKTOP);

    // One click to the quote's answer panel; accepting it clears the item.
    await inboxItem(page, quote.id).locator('[data-testid="home-inbox-go-quote"]').click();
    await byTestId(page, 'quote-signer-name').fill('Dana Client');
    await byTestId(page, 'quote-accept').click();
    await byTestId(page, 'quote-answer-confirm-button').click();
    await byTestId(page, 'acceptance-summary').waitFor();
    await page.goBack();
    await inboxItem(page, invoice.id).waitFor();
    await inboxItem(page, quote.id).waitFor({ state: 'detached' });

    // The agency records the invoice's payment: the open home drops it live.
    const paid = await owner.post(`/clients/${globex.id}/payments`, {
      method: 'bank_transfer',
      paidOn: new Date().toISOString().slice(0, 10),
      reference: 'SEPA',
      allocations: [{ documentId: invoice.id }],
    });
    expect(paid.status).toBe(201);
    await inboxItem(page, invoice.id).waitFor({ state: 'detached', timeout: 15_000 });
    await byTestId(page, 'home-inbox-empty').waitFor();
  });

  it('a manager views the portal as the client: banner, the same home, no action buttons, exit', async () => {
    const quote = await fixtures.issue({
      tenantId,
      tenantName,
      clientId: globex.id,
      clientName: globex.name,
    });
    const page = await openAppAs(manager);
    await page.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
    await page.goto(`${base}/app/clients/${globex.id}`);
    await byTestId(page, `view-as-start-${client.userId}`).click();
    await page.waitForURL(/\/portal$/, { timeout: 30_000 });
    await expectText(byTestId(page, 'view-as-banner'), 'Dana Client');
    await inboxItem(page, quote.id).waitFor();
    // Read-only: the inbox leads to the quote to look at it, not to answer it.
    await expectText(inboxItem(page, quote.id).locator('[data-testid="home-inbox-go-quote"]'), 'View');
    await shoot(page, 'view-as-desktop', DESKTOP, [byTestId(page, 'view-as-exit')]);
    await shoot(page, 'view-as-phone', PHONE, [byTestId(page, 'view-as-exit')]);
    await page.setViewportSize(DESKTOP);

    // The quote as the client sees it, without the answer panel; the conversation without a composer.
    await inboxItem(page, quote.id).locator('[data-testid="home-inbox-go-quote"]').click();
    await byTestId(page, 'billing-document-number').waitFor();
    expect(await byTestId(page, 'quote-accept').count()).toBe(0);
    await byTestId(page, 'workspace-nav-item').first().click();
    await byTestId(page, 'workspace-tab-messages').click();
    await byTestId(page, 'messages-panel').waitFor();
    expect(await byTestId(page, 'message-composer').count()).toBe(0);
    await expectText(byTestId(page, 'view-as-banner'), 'Dana Client');

    await byTestId(page, 'view-as-exit').click();
    await page.waitForURL(new RegExp(`/app/clients/${globex.id}`), { timeout: 30_000 });
    await byTestId(page, 'view-as-card').waitFor();
    expect(await byTestId(page, 'view-as-banner').count()).toBe(0);
  });
});

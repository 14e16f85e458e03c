import type { Browser, Page } from 'playwright-core';
import { eventually, passwordToken, uniqueName } from '@client-portal/testing';
import {
  builtWebApp,
  byTestId,
  DESKTOP,
  keepScreenshots,
  logIn,
  PHONE,
  screenshot,
  startBrowser,
} from './support/browser.js';
import { Api } from './support/http.js';
import { addStaff, createTenant, type Agency, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: registered as a redirect URI of client-portal-web in the realm. */
const PORT = 18082;

interface Client {
  id: string;
  version: number;
  contacts: { id: string; email: string; primary: boolean }[];
}

/**
 * The client record clicked through in Chromium (issue #8, items 1 and 2): a manager edits a client and
 * its contacts, meets a concurrent edit, archives and restores; a member sees the client without any
 * edit or delete button and the API refuses the member's delete; the owner's delete of a referenced
 * client shows the refusal.
 */
describe('the client record in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let people: Agency;
  let manager: Person;
  let member: Person;
  let owner: Api;
  let client: Client;
  const base = `http://127.0.0.1:${PORT}`;
  // Enabling the portal invites the primary contact into the shared realm: an address of this run only.
  const grace = `${uniqueName('grace')}@globex.test`;
  const alan = `${uniqueName('alan')}@globex.test`;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    people = await createTenant(platform, { name: 'Acme Agency' });
    manager = await addStaff(platform, people.tenantId, 'manager', 'Max Manager');
    member = await addStaff(platform, people.tenantId, 'member', 'Mia Member');
    owner = new Api(platform.url).as(await passwordToken(people.owner.email, people.owner.password));
    const created = await owner.post<Client>('/clients', {
      name: 'Globex Corporation',
      industry: 'Energy',
      notes: 'Internal: renewal in March',
      primaryContact: {
        firstName: 'Grace',
        lastName: 'Hopper',
        email: grace,
        role: 'decision-maker',
      },
    });
    expect(created.status).toBe(201);
    client = created.body;
    await eventually(
      () => owner.get<{ staff: unknown[] }>('/staff'),
      (answer) => answer.body.staff.length === 3,
    );
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'clients'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  const contactRow = (page: Page, email: string) =>
    page.locator(`[data-testid="contact-row"][data-email="${email}"]`);

  async function openClientAs(person: Person): Promise<Page> {
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await page.goto(`${base}/app/clients/${client.id}`);
    await logIn(page, person.email, person.password);
    await byTestId(page, 'client-name').waitFor({ timeout: 30_000 });
    return page;
  }

  async function checkBothSizes(page: Page, name: string): Promise<void> {
    for (const [label, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      const widths = await page.evaluate<{ page: number; window: number }>(
        '({ page: document.documentElement.scrollWidth, window: window.innerWidth })',
      );
      // Nothing scrolls sideways.
      expect({ name, label, page: widths.page }).toEqual({ name, label, page: widths.window });
      // From the top, so the sticky header is drawn where a person sees it.
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, `clients-${name}-${label}`);
    }
    await page.setViewportSize(DESKTOP);
  }

  it('a manager edits the client and its contacts, and is told when someone else saved first', async () => {
    const page = await openClientAs(manager);
    await expect(byTestId(page, 'client-delete').count()).resolves.toBe(0);

    // The record: every field, the owner picked from the team, a new status.
    await byTestId(page, 'client-edit').click();
    await byTestId(page, 'record-website').fill('not a website');
    await byTestId(page, 'record-save').click();
    await page.locator('#record-website-error').waitFor();
    await byTestId(page, 'record-website').fill('globex.test');
    await byTestId(page, 'record-industry').fill('Renewable energy');
    await byTestId(page, 'record-phone').fill('+33 1 23 45 67 89');
    await byTestId(page, 'record-street').fill('12 rue de la Paix');
    await byTestId(page, 'record-postal-code').fill('75002');
    await byTestId(page, 'record-city').fill('Paris');
    await byTestId(page, 'record-country').fill('France');
    await byTestId(page, 'record-status').selectOption('prospect');
    await byTestId(page, 'record-owner').selectOption({ label: 'Mia Member' });
    await checkBothSizes(page, 'edit-form');
    await byTestId(page, 'record-save').click();
    await byTestId(page, 'client-record-form').waitFor({ state: 'detached' });
    await expect(byTestId(page, 'client-detail-status').getAttribute('data-status')).resolves.toBe(
      'prospect',
    );
    await expect(byTestId(page, 'client-owner').textContent()).resolves.toContain('Mia Member');
    await expect(byTestId(page, 'client-website').textContent()).resolves.toContain('https://globex.test');
    await expect(byTestId(page, 'client-address').textContent()).resolves.toContain('75002 Paris');
    const history = byTestId(page, 'status-history-entry');
    await expect(history.count()).resolves.toBe(2);
    await expect(history.first().textContent()).resolves.toContain('Max Manager');

    // Contacts: add one with a role, phone and mobile; a duplicate e-mail is refused next to the field.
    await byTestId(page, 'contact-add').click();
    await byTestId(page, 'contact-first-name').fill('Alan');
    await byTestId(page, 'contact-last-name').fill('Turing');
    await byTestId(page, 'contact-email').fill(grace.toUpperCase());
    await byTestId(page, 'contact-role').selectOption('technical');
    await byTestId(page, 'contact-mobile').fill('+33 6 12 34 56 78');
    await byTestId(page, 'contact-save').click();
    await page.locator('#contact-new-email-error').waitFor();
    await byTestId(page, 'contact-email').fill(alan);
    await byTestId(page, 'contact-save').click();
    await contactRow(page, alan).waitFor();
    await expect(contactRow(page, alan).textContent()).resolves.toContain('+33 6 12 34 56 78');

    // Edit it, then make it the primary contact.
    await contactRow(page, alan).locator('[data-testid="contact-edit"]').click();
    await byTestId(page, 'contact-phone').fill('+33 1 98 76 54 32');
    await byTestId(page, 'contact-role').selectOption('billing');
    await byTestId(page, 'contact-save').click();
    await byTestId(page, 'contact-form').waitFor({ state: 'detached' });
    await expect(contactRow(page, alan).textContent()).resolves.toContain('+33 1 98 76 54 32');
    await contactRow(page, alan).locator('[data-testid="contact-make-primary"]').click();
    await contactRow(page, alan).locator('[data-testid="contact-primary-badge"]').waitFor();
    await expect(
      contactRow(page, grace).locator('[data-testid="contact-primary-badge"]').count(),
    ).resolves.toBe(0);

    // Removing the primary contact asks who takes over; without a choice the server's refusal shows.
    await contactRow(page, alan).locator('[data-testid="contact-remove"]').click();
    await byTestId(page, 'contact-successor').waitFor();
    await byTestId(page, 'contact-remove-confirm-button').click();
    await expect(byTestId(page, 'contact-action-error').textContent()).resolves.toContain(
      'choose who becomes primary',
    );
    // Removing another contact is confirmed first.
    await contactRow(page, grace).locator('[data-testid="contact-remove"]').click();
    await byTestId(page, 'contact-remove-confirm').waitFor();
    await checkBothSizes(page, 'contacts');
    await byTestId(page, 'contact-remove-confirm-button').click();
    await contactRow(page, grace).waitFor({ state: 'detached' });

    // Someone else saves first: the manager's save is refused, nothing is overwritten, reload shows theirs.
    const current = await owner.get<Client>(`/clients/${client.id}`);
    await byTestId(page, 'client-edit').click();
    await byTestId(page, 'record-industry').fill('Manager was here');
    const other = await owner.request('PATCH', `/clients/${client.id}`, {
      expectedVersion: current.body.version,
      industry: 'Owner was first',
    });
    expect(other.status).toBe(200);
    await byTestId(page, 'record-save').click();
    await byTestId(page, 'client-conflict-banner').waitFor();
    await checkBothSizes(page, 'conflict');
    expect((await owner.get<{ industry: string }>(`/clients/${client.id}`)).body.industry).toBe(
      'Owner was first',
    );
    await byTestId(page, 'client-conflict-reload').click();
    await byTestId(page, 'client-conflict-banner').waitFor({ state: 'detached' });
    await page.getByText('Owner was first').first().waitFor();

    // Archive, then restore.
    await byTestId(page, 'client-archive').click();
    await byTestId(page, 'client-archived-badge').waitFor();
    await expect(byTestId(page, 'client-edit').count()).resolves.toBe(0);
    await byTestId(page, 'client-restore').click();
    await byTestId(page, 'client-archived-badge').waitFor({ state: 'detached' });
    await checkBothSizes(page, 'record');

    // A new client: the owner is the creator unless someone else of the team is picked.
    await page.goto(`${base}/app/clients/new`);
    await byTestId(page, 'client-form-name').fill('Initech');
    await byTestId(page, 'client-form-website').fill('initech.test');
    await byTestId(page, 'client-form-owner').selectOption({ label: 'Mia Member' });
    await byTestId(page, 'client-form-contact-first-name').fill('Peter');
    await byTestId(page, 'client-form-contact-last-name').fill('Gibbons');
    await byTestId(page, 'client-form-contact-email').fill(`${uniqueName('peter')}@initech.test`);
    await byTestId(page, 'client-form-contact-mobile').fill('+1 512 555 0199');
    await checkBothSizes(page, 'create-form');
    await byTestId(page, 'client-form-submit').click();
    await page.waitForURL(/\/app\/clients\/(?!new)[^/]+$/);
    await expect(byTestId(page, 'client-owner').textContent()).resolves.toContain('Mia Member');
    await expect(byTestId(page, 'client-website').textContent()).resolves.toContain('https://initech.test');
    await expect(byTestId(page, 'contact-mobile-value').textContent()).resolves.toContain('+1 512 555 0199');
    await page.context().close();
  }, 240_000);

  it('a member sees the client but no edit or delete button, and the API refuses their delete', async () => {
    const page = await openClientAs(member);
    await contactRow(page, alan).waitFor();
    await byTestId(page, 'status-history').waitFor();
    for (const button of [
      'client-edit',
      'client-archive',
      'client-delete',
      'contact-add',
      'contact-edit',
      'contact-remove',
      'contact-make-primary',
    ])
      expect([button, await byTestId(page, button).count()]).toEqual([button, 0]);
    await checkBothSizes(page, 'member');
    // Nor may they add clients: the list offers no "New client".
    await byTestId(page, 'back-to-list').click();
    await byTestId(page, 'client-row').first().waitFor();
    expect(await byTestId(page, 'client-new-button').count()).toBe(0);

    const memberApi = new Api(platform.url).as(await passwordToken(member.email, member.password));
    const current = await owner.get<Client>(`/clients/${client.id}`);
    const refused = await memberApi.request<{ reason: string; detail: string }>(
      'DELETE',
      `/clients/${client.id}?expectedVersion=${current.body.version}`,
    );
    expect(refused.status).toBe(403);
    expect(refused.body.reason).toBe('permission.clients.delete');
    expect(refused.body.detail).toBe('Deleting clients needs the admin role or higher (you are a member)');
    expect((await owner.get(`/clients/${client.id}`)).status).toBe(200);
    await page.context().close();
  }, 240_000);

  it('the owner deletes after confirming, and sees the refusal for a client with a portal', async () => {
    const enabled = await owner.post(`/clients/${client.id}/portal`, {});
    expect(enabled.status).toBe(201);
    // crm learns of the workspace from portal's event: wait until its record of the client has it.
    const clients = platform.runtimes
      .get('crm')
      ?.connection.collection<{ _id: string; workspaceIds?: string[] }>('clients');
    await eventually(
      async () => (await clients?.findOne({ _id: client.id }))?.workspaceIds,
      (workspaceIds) => (workspaceIds?.length ?? 0) > 0,
    );
    const page = await openClientAs(people.owner);
    await byTestId(page, 'client-delete').click();
    await byTestId(page, 'client-delete-confirm').waitFor();
    await byTestId(page, 'client-delete-confirm-button').click();
    await expect(byTestId(page, 'client-action-error').textContent()).resolves.toContain('cannot be deleted');
    await checkBothSizes(page, 'delete-refused');
    expect((await owner.get(`/clients/${client.id}`)).status).toBe(200);

    const spare = await owner.post<Client>('/clients', { name: 'Spare Client' });
    await page.goto(`${base}/app/clients/${spare.body.id}`);
    await byTestId(page, 'client-delete').click();
    await byTestId(page, 'client-delete-confirm-button').click();
    await page.waitForURL(`${base}/app/clients`);
    expect((await owner.get(`/clients/${spare.body.id}`)).status).toBe(404);
    await page.context().close();
  }, 240_000);
});

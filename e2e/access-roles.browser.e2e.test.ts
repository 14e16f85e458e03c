import type { Browser } from 'playwright-core';
import { eventually, passwordToken, uniqueName } from '@client-portal/testing';
import {
  builtWebApp,
  byTestId,
  checkBothLayouts,
  expectText,
  keepScreenshots,
  openAs,
  startBrowser,
} from './support/browser.js';
import { Api } from './support/http.js';
import { createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18103;

interface Client {
  id: string;
  version: number;
  contacts: { id: string; email: string }[];
}

/**
 * The roles slice in a real browser: an admin defines a role ("Accounts": comment and see billing) and
 * a group ("Globex finance") on /app/settings/portal-access, adds a contact to a workspace with both,
 * then gives the person another role from the members list.
 */
describe('portal roles and groups in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let owner: Person;
  let ownerApi: Api;
  const base = `http://127.0.0.1:${PORT}`;
  const olive = `${uniqueName('olive')}@globex.test`;
  let client: Client;
  let workspaceId: string;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, { name: 'Roles Agency' });
    owner = agency.owner;
    browser = await startBrowser();
    ownerApi = new Api(platform.url).as(await passwordToken(owner.email, owner.password));
    client = (
      await ownerApi.post<Client>('/clients', {
        name: 'Globex',
        primaryContact: {
          firstName: 'Grace',
          lastName: 'Hopper',
          email: `${uniqueName('grace')}@globex.test`,
        },
      })
    ).body;
    client = (
      await ownerApi.post<Client>(`/clients/${client.id}/contacts`, {
        firstName: 'Olive',
        lastName: 'Finance',
        email: olive,
        role: 'observer',
        expectedVersion: client.version,
      })
    ).body;
    const enabled = await ownerApi.post<{ workspace: { id: string } }>(`/clients/${client.id}/portal`, {});
    workspaceId = enabled.body.workspace.id;
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'access-roles'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  it('an admin creates a role and a group, then assigns both to a contact and changes the role later', async () => {
    const page = await (await browser.newContext()).newPage();
    await openAs(page, `${base}/app/settings/portal-access`, owner);
    await byTestId(page, 'portal-role').first().waitFor({ timeout: 30_000 });
    expect(await byTestId(page, 'portal-role').count()).toBe(4);

    // A nameless role with no right is refused next to its fields, and nothing is created.
    await byTestId(page, 'new-role-right-view').uncheck();
    await byTestId(page, 'new-role-create').click();
    await byTestId(page, 'new-role-name-error').waitFor();
    await byTestId(page, 'new-role-rights-error').waitFor();
    expect(await byTestId(page, 'portal-role').count()).toBe(4);

    await byTestId(page, 'new-role-name').fill('Accounts');
    await byTestId(page, 'new-role-right-comment').check();
    await byTestId(page, 'new-role-right-billing').check();
    await byTestId(page, 'new-role-create').click();
    const accounts = page.locator('[data-testid="portal-role"][data-role="Accounts"]');
    await accounts.waitFor();
    await expectText(accounts, 'See billing');

    await byTestId(page, 'new-group-name').fill('Globex finance');
    await byTestId(page, 'new-group-create').click();
    await page.locator('[data-testid="portal-group"][data-name="Globex finance"]').waitFor();
    await checkBothLayouts(page, 'access-roles-settings', [
      byTestId(page, 'new-role-create'),
      byTestId(page, 'new-group-create'),
    ]);

    // Inviting Olive into the workspace with the new role and the group.
    await page.goto(`${base}/app/workspaces/${workspaceId}/settings`);
    const oliveId = client.contacts.find((contact) => contact.email === olive)?.id ?? '';
    await byTestId(page, 'workspace-add-contact').selectOption(oliveId);
    await byTestId(page, 'workspace-add-role').selectOption({ label: 'Accounts' });
    await page
      .locator(
        '[data-testid="workspace-add-groups"] [data-testid="group-picker-option"][data-name="Globex finance"]',
      )
      .check();
    await byTestId(page, 'workspace-add-member').click();
    const row = page.locator(`[data-testid="workspace-member"][data-email="${olive}"]`);
    await row.waitFor();
    await expectText(row.locator('[data-testid="member-role"]'), 'Accounts');
    expect(await row.locator('[data-testid="member-right-billing"]').isChecked()).toBe(true);
    expect(await row.locator('[data-testid="member-right-comment"]').isChecked()).toBe(true);
    expect(await row.locator('[data-testid="member-right-pay"]').isChecked()).toBe(false);
    expect(
      await row.locator('[data-testid="group-picker-option"][data-name="Globex finance"]').isChecked(),
    ).toBe(true);
    await checkBothLayouts(page, 'access-roles-members', [row.locator('[data-testid="member-role-select"]')]);

    // Later: Olive becomes an observer; her rights follow the role.
    await row.locator('[data-testid="member-role-select"]').selectOption('observer');
    await expectText(row.locator('[data-testid="member-role"]'), 'Observer');
    expect(await row.locator('[data-testid="member-right-billing"]').isChecked()).toBe(false);
    const stored = await eventually(
      async () =>
        (
          await ownerApi.get<{ users: { email: string; role: string; groupIds: string[] }[] }>(
            `/clients/${client.id}/portal-people`,
          )
        ).body.users.find((user) => user.email === olive),
      (user) => user?.role === 'observer',
      10_000,
    );
    expect(stored?.groupIds).toHaveLength(1);

    // The client page lists the portal people: Olive gets the Accounts role back from there.
    await page.goto(`${base}/app/clients/${client.id}`);
    const person = page.locator(`[data-testid="client-portal-person"][data-email="${olive}"]`);
    await person.waitFor({ timeout: 15_000 });
    await person.locator('[data-testid="client-person-role"]').selectOption({ label: 'Accounts' });
    await eventually(
      async () =>
        (
          await ownerApi.get<{ users: { email: string; role: string }[] }>(
            `/clients/${client.id}/portal-people`,
          )
        ).body.users.find((user) => user.email === olive)?.role,
      (role) => role !== 'observer',
      10_000,
    );
    await checkBothLayouts(page, 'access-roles-client-people', [
      person.locator('[data-testid="client-person-role"]'),
    ]);
    await person.locator('[data-testid="client-person-role"]').selectOption('observer');
    await person.getByText('Role saved').waitFor();

    // The settings screen counts who holds what and lists the group's member.
    await page.goto(`${base}/app/settings/portal-access`);
    const group = page.locator('[data-testid="portal-group"][data-name="Globex finance"]');
    await expectText(group.locator('[data-testid="portal-group-member"]'), 'Olive Finance');
    await expectText(
      page.locator('[data-testid="portal-role"][data-role="observer"] [data-testid="portal-role-count"]'),
      '1 person',
    );
  });
});

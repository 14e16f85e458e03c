import type { Browser, Page } from 'playwright-core';
import { eventually, passwordToken, uniqueName, waitForMail } from '@client-portal/testing';
import {
  builtWebApp,
  byTestId,
  checkBothLayouts,
  expectText,
  keepScreenshots,
  logIn,
  startBrowser,
} from './support/browser.js';
import { Api } from './support/http.js';
import { addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18094;
const PASSWORD = 'Access-Browser-2026';

interface Client {
  id: string;
  version: number;
  contacts: { id: string; email: string }[];
}

/**
 * The access slice in a real browser: a manager opens a workspace from a project in two clicks, adds
 * an observer contact and adjusts their rights; the client's decision-maker sees both workspaces in
 * the portal's left navigation, switches between them, and sees a rename live.
 */
describe('workspaces and members in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let manager: Person;
  let owner: Api;
  const base = `http://127.0.0.1:${PORT}`;
  const grace = { email: `${uniqueName('grace')}@globex.test`, password: PASSWORD };
  const olive = `${uniqueName('olive')}@globex.test`;
  let client: Client;
  let projectId: string;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, { name: 'Access Agency' });
    manager = await addStaff(platform, agency.tenantId, 'manager', 'Mia Manager');
    browser = await startBrowser();
    const api = new Api(platform.url);
    owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    client = (
      await owner.post<Client>('/clients', {
        name: 'Globex',
        primaryContact: {
          firstName: 'Grace',
          lastName: 'Hopper',
          email: grace.email,
          role: 'decision-maker',
        },
      })
    ).body;
    client = (
      await owner.post<Client>(`/clients/${client.id}/contacts`, {
        firstName: 'Olive',
        lastName: 'Observer',
        email: olive,
        role: 'observer',
        expectedVersion: client.version,
      })
    ).body;
    projectId = (
      await owner.post<{ id: string }>(`/clients/${client.id}/projects`, { name: 'Website relaunch' })
    ).body.id;
    // The portal enabled for the client: Grace is invited to its first workspace and accepts.
    expect((await owner.post(`/clients/${client.id}/portal`, {})).status).toBe(201);
    const mail = await waitForMail(grace.email, { timeoutMs: 30_000 });
    const token = /\/invitations\/([\w-]+)/.exec(mail.Text)?.[1] ?? '';
    expect((await api.post(`/invitations/${token}/accept`, { password: PASSWORD })).status).toBe(200);
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'access'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  async function openAs(page: Page, url: string, person: { email: string; password: string }): Promise<void> {
    await page.goto(url);
    await logIn(page, person.email, person.password);
  }

  it('a manager opens a workspace from a project in two clicks, adds an observer and adjusts rights; the client switches workspaces', async () => {
    const staffPage = await (await browser.newContext()).newPage();
    await openAs(staffPage, `${base}/app/projects/${projectId}`, manager);
    // Two clicks: "New workspace" (the name is the project's), then "Create".
    await byTestId(staffPage, 'new-workspace-button').click();
    expect(await byTestId(staffPage, 'new-workspace-name').inputValue()).toBe('Website relaunch');
    await byTestId(staffPage, 'new-workspace-create').click();
    await staffPage.waitForURL(/\/app\/workspaces\/[\w-]+\/settings$/, { timeout: 15_000 });
    const workspaceId = /\/app\/workspaces\/([\w-]+)\/settings$/.exec(staffPage.url())?.[1] ?? '';
    expect((await byTestId(staffPage, 'workspace-name').inputValue()).trim()).toBe('Website relaunch');
    await byTestId(staffPage, 'workspace-no-members').waitFor();

    // Olive (an observer contact) gets "view" only; Grace every right.
    const oliveId = client.contacts.find((contact) => contact.email === olive)?.id ?? '';
    await byTestId(staffPage, 'workspace-add-contact').selectOption(oliveId);
    await byTestId(staffPage, 'workspace-add-member').click();
    const oliveRow = staffPage.locator(`[data-testid="workspace-member"][data-email="${olive}"]`);
    await oliveRow.waitFor();
    expect(await oliveRow.locator('[data-testid="member-right-view"]').isChecked()).toBe(true);
    expect(await oliveRow.locator('[data-testid="member-right-comment"]').isChecked()).toBe(false);
    await oliveRow.locator('[data-testid="member-status-invited"]').waitFor();
    const graceId = client.contacts.find((contact) => contact.email === grace.email)?.id ?? '';
    await byTestId(staffPage, 'workspace-add-contact').selectOption(graceId);
    await byTestId(staffPage, 'workspace-add-member').click();
    await staffPage.locator(`[data-testid="workspace-member"][data-email="${grace.email}"]`).waitFor();

    // Adjusting Olive's rights: "comment" too, stored.
    await oliveRow.locator('[data-testid="member-right-comment"]').check();
    const stored = await eventually(
      async () => {
        const members = await owner.get<{ members: { email: string; rights: string[] }[] }>(
          `/workspaces/${workspaceId}/members`,
        );
        return members.body.members.find((member) => member.email === olive)?.rights ?? [];
      },
      (rights) => rights.includes('comment'),
      10_000,
    );
    expect(stored).toEqual(['view', 'comment']);
    await checkBothLayouts(staffPage, 'access-workspace-settings', [
      byTestId(staffPage, 'workspace-archive-toggle'),
    ]);

    // The client sees both workspaces in the left navigation and switches between them.
    const clientPage = await (await browser.newContext()).newPage();
    await openAs(clientPage, `${base}/portal`, grace);
    await expectText(byTestId(clientPage, 'workspace-nav-item'), 'Website relaunch', 30_000);
    await expectText(byTestId(clientPage, 'workspace-nav-item'), 'Globex');
    await byTestId(clientPage, 'workspace-nav-item').filter({ hasText: 'Website relaunch' }).click();
    await expectText(byTestId(clientPage, 'workspace-title'), 'Website relaunch');
    // The project workspace's entry names its client (Globex) too: the first workspace is the other one.
    await byTestId(clientPage, 'workspace-nav-item').filter({ hasNotText: 'Website relaunch' }).click();
    await expectText(byTestId(clientPage, 'workspace-title'), 'Globex');
    expect(await byTestId(clientPage, 'workspace-settings-link').count()).toBe(0);
    await checkBothLayouts(clientPage, 'access-portal-navigation');

    // Staff rename the workspace: the client's open navigation follows without a reload.
    await staffPage.goto(`${base}/app/workspaces/${workspaceId}/settings`);
    await byTestId(staffPage, 'workspace-name').fill('Relaunch 2027');
    await byTestId(staffPage, 'workspace-rename').click();
    await expectText(byTestId(clientPage, 'workspace-nav-item'), 'Relaunch 2027', 5_000);

    // Archived: gone from the client's navigation, marked for staff.
    staffPage.once('dialog', (dialog) => void dialog.accept());
    await byTestId(staffPage, 'workspace-archive-toggle').click();
    await byTestId(staffPage, 'workspace-archived-notice').waitFor();
    await byTestId(clientPage, 'workspace-nav-item')
      .filter({ hasText: 'Relaunch 2027' })
      .waitFor({ state: 'detached', timeout: 5_000 });
    await staffPage.goto(`${base}/portal/workspaces/${workspaceId}`);
    await byTestId(staffPage, 'workspace-archived').waitFor();
    await byTestId(staffPage, 'workspace-nav-archived').first().waitFor();
  });
});

import type { Browser } from 'playwright-core';
import { passwordToken, uniqueName, waitForMail } from '@client-portal/testing';
import {
  builtWebApp,
  byTestId,
  checkBothLayouts,
  expectText,
  keepScreenshots,
  logIn,
  openAs,
  startBrowser,
} from './support/browser.js';
import { Api } from './support/http.js';
import { createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18106;

/**
 * An admin opens a shareable link for a workspace; a stranger opens it, joins with a name, an e-mail
 * address and a password, confirms the address through Keycloak's e-mail and lands in the workspace;
 * the admin sees the join, resets the link (the old URL is refused) and switches it off.
 */
describe('shareable invitation links in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let owner: Person;
  let workspaceId: string;
  const base = `http://127.0.0.1:${PORT}`;
  const joiner = {
    name: 'Nora Newcomer',
    email: `${uniqueName('nora')}@joiners.test`,
    password: 'Join-Browser-2026',
  };

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, { name: 'Linkwise Studio' });
    owner = { ...agency.owner, displayName: 'Olivia Owner' };
    const api = new Api(platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
    const client = await api.post<{ id: string }>('/clients', { name: 'Globex' });
    const workspace = await api.post<{ id: string }>(`/clients/${client.body.id}/workspaces`, {
      name: 'Launch room',
    });
    expect(workspace.status).toBe(201);
    workspaceId = workspace.body.id;
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'join-links'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  it('creates a link, a stranger joins through it, then a reset kills the old URL and switching off refuses joins', async () => {
    const staffPage = await (await browser.newContext()).newPage();
    await openAs(staffPage, `${base}/app/settings/join-links`, owner);
    await byTestId(staffPage, 'join-links-empty').waitFor({ timeout: 30_000 });

    // A workspace link for technical contacts, each joiner added to the client's contacts.
    await byTestId(staffPage, 'join-links-submit').click();
    await byTestId(staffPage, 'join-links-workspace-error').waitFor();
    await byTestId(staffPage, 'join-links-workspace').selectOption({ label: 'Globex · Launch room' });
    await byTestId(staffPage, 'join-links-role').selectOption('technical');
    expect(await byTestId(staffPage, 'join-links-create-contact').isChecked()).toBe(true);
    await byTestId(staffPage, 'join-links-submit').click();
    const row = byTestId(staffPage, 'join-link').first();
    await row.waitFor();
    await expectText(row, 'Launch room');
    const firstUrl = await row.locator('[data-testid="join-link-url"]').inputValue();
    expect(firstUrl).toMatch(new RegExp(`^${base}/join/[\\w-]{32}$`));
    await checkBothLayouts(staffPage, 'join-links-settings', [
      row.locator('[data-testid="join-link-copy"]'),
      row.locator('[data-testid="join-link-reset"]'),
    ]);

    // A stranger opens the link: the organisation and the workspace, a form that names bad fields.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(firstUrl);
    await expectText(byTestId(visitor, 'join-title'), 'Launch room', 30_000);
    await expectText(byTestId(visitor, 'join-title'), 'Linkwise Studio');
    await byTestId(visitor, 'join-submit').click();
    await byTestId(visitor, 'join-name-error').waitFor();
    await byTestId(visitor, 'join-email-error').waitFor();
    await checkBothLayouts(visitor, 'join-links-join', [byTestId(visitor, 'join-submit')]);
    await byTestId(visitor, 'join-name').fill(joiner.name);
    await byTestId(visitor, 'join-email').fill(joiner.email);
    await byTestId(visitor, 'join-password').fill(joiner.password);
    await byTestId(visitor, 'join-confirmation').fill(joiner.password);
    await byTestId(visitor, 'join-submit').click();
    await expectText(byTestId(visitor, 'join-success'), joiner.email);

    // Signing in: Keycloak asks to confirm the address; the e-mailed link opens the portal.
    await byTestId(visitor, 'join-login').click();
    await visitor.waitForSelector('#password', { timeout: 30_000 });
    expect(await visitor.inputValue('#username')).toBe(joiner.email);
    await logIn(visitor, joiner.email, joiner.password);
    const mail = await waitForMail(joiner.email, { timeoutMs: 30_000 });
    const verifyUrl = /(https?:\/\/\S+action-token\S+)/.exec(mail.Text)?.[1] ?? '';
    expect(verifyUrl).not.toBe('');
    await visitor.goto(verifyUrl);
    await expectText(byTestId(visitor, 'workspace-nav-item'), 'Launch room', 30_000);

    // The admin sees who joined, then resets the link: the old URL is refused, the new one works.
    await staffPage.reload();
    const refreshed = byTestId(staffPage, 'join-link').first();
    await expectText(refreshed, '1 join');
    await refreshed.locator('[data-testid="join-link-joins-toggle"]').click();
    await expectText(refreshed.locator('[data-testid="join-link-join"]'), joiner.email);
    await refreshed.locator('[data-testid="join-link-reset"]').click();
    await refreshed.locator('[data-testid="join-link-confirm"]').click();
    await byTestId(staffPage, 'join-links-notice').waitFor();
    const secondUrl = await refreshed.locator('[data-testid="join-link-url"]').inputValue();
    expect(secondUrl).not.toBe(firstUrl);

    const late = await (await browser.newContext()).newPage();
    await late.goto(firstUrl);
    await byTestId(late, 'join-not-found').waitFor({ timeout: 30_000 });
    await late.goto(secondUrl);
    await byTestId(late, 'join-form').waitFor({ timeout: 30_000 });

    // Switched off: the page says so instead of offering the form.
    await refreshed.locator('[data-testid="join-link-disable"]').click();
    await refreshed.locator('[data-testid="join-link-confirm"]').click();
    await staffPage.locator('[data-testid="join-link"][data-status="disabled"]').waitFor();
    await late.reload();
    await byTestId(late, 'join-disabled').waitFor({ timeout: 30_000 });

    // The workspace's own settings list its link and lead to the screen with the workspace chosen.
    await staffPage.goto(`${base}/app/workspaces/${workspaceId}/settings`);
    const listed = staffPage.locator('[data-testid="workspace-join-link"][data-status="disabled"]');
    await listed.waitFor({ timeout: 30_000 });
    expect(await listed.locator('input').inputValue()).toBe(secondUrl);
    await byTestId(staffPage, 'workspace-join-links-manage').click();
    await staffPage.waitForURL(/\/app\/settings\/join-links\?workspaceId=/);
    // The workspace list loads after the page opens: wait for the preselected option, then read it.
    const workspaceSelect = byTestId(staffPage, 'join-links-workspace');
    await workspaceSelect.locator(`option[value="${workspaceId}"]`).waitFor({ state: 'attached' });
    for (let attempt = 0; attempt < 50 && (await workspaceSelect.inputValue()) !== workspaceId; attempt++)
      await staffPage.waitForTimeout(100);
    expect(await workspaceSelect.inputValue()).toBe(workspaceId);
  });
});

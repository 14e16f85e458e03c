import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { servicePrincipal, repoRoot } from '@client-portal/kit';
import { as, staff, uniqueName, waitForMail } from '@client-portal/testing';
import { createServiceClient } from '@client-portal/contracts';
import { Platform } from './support/platform.js';

/** This file's gateway port: registered as a redirect URI of client-portal-web in the dev realm. */
const PORT = 18085;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * The team in a real browser: the owner invites a manager from the Team page, the manager follows the
 * e-mailed link, chooses a password and works in the staff app; a member sees neither the Team entry
 * nor the buttons their role may not use.
 */
describe('the agency team in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  const owner = { email: `${uniqueName('owner')}@acme.test`, password: 'Acme-Owner-2026' };
  const manager = { email: `${uniqueName('max')}@acme.test`, password: 'Max-Manager-2026' };
  const member = { email: `${uniqueName('mia')}@acme.test`, password: 'Mia-Member-2026' };
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    const webDist = path.join(repoRoot(), 'web', 'dist');
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: run `npm run build -w web` first');
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: set CHROMIUM_PATH`);
    platform = await Platform.start({ httpPort: PORT, webDist });
    const identity = createServiceClient(
      'identity',
      `127.0.0.1:${platform.runtimes.get('identity')?.grpcPort ?? 0}`,
      { deadlineMs: 30_000 },
    );
    const seeded = await identity.ensureTenant(
      {
        slug: uniqueName('acme').replaceAll('_', '-'),
        name: 'Acme Agency',
        ownerEmail: owner.email,
        ownerDisplayName: 'Olivia Owner',
        ownerPassword: owner.password,
        defaultLanguage: 'en',
      },
      as(servicePrincipal('seed', 'seed')),
    );
    // The member joins the way every invitee does (invitation, e-mailed link, password), through gRPC.
    const tenantId = seeded.tenant?.id ?? '';
    await identity.inviteStaff(
      { email: member.email, displayName: 'Mia Member', role: 'member' },
      as(staff(tenantId, 'owner', seeded.owner?.id)),
    );
    const mail = await waitForMail(member.email, { timeoutMs: 30_000 });
    const token = /\/team-invitations\/([\w-]+)/.exec(mail.Text)?.[1] ?? '';
    await identity.acceptStaffInvitation({ token, password: member.password });
    identity.close();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
  }, 240_000);

  afterEach(async () => {
    mkdirSync(path.join(repoRoot(), 'test-results'), { recursive: true });
    let index = 0;
    for (const context of browser.contexts())
      for (const page of context.pages())
        await page
          .screenshot({
            path: path.join(repoRoot(), 'test-results', `team-page-${++index}.png`),
            fullPage: true,
          })
          .catch(() => undefined);
  });

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

  async function logIn(page: Page, email: string, password: string): Promise<void> {
    await page.waitForSelector('#username', { timeout: 30_000 });
    await page.fill('#username', email);
    await page.fill('#password', password);
    await page.click('#kc-login');
  }

  it('the owner invites a manager, who follows the e-mailed link, sets a password and works in the staff app', async () => {
    const ownerPage = await (await browser.newContext()).newPage();
    await ownerPage.setViewportSize(DESKTOP);
    await ownerPage.goto(`${base}/`);
    await logIn(ownerPage, owner.email, owner.password);
    await ownerPage.waitForURL(/\/app\/clients/, { timeout: 30_000 });
    await byTestId(ownerPage, 'nav-team').click();
    await ownerPage.waitForURL(/\/app\/team$/);
    await byTestId(ownerPage, 'team-member').first().waitFor();
    expect(await byTestId(ownerPage, 'team-member').count()).toBe(2);
    await byTestId(ownerPage, 'team-invitations-empty').waitFor();

    // A bad address is refused next to the field before anything is sent.
    await byTestId(ownerPage, 'team-invite-email').fill('not-an-address');
    await byTestId(ownerPage, 'team-invite-submit').click();
    await ownerPage.locator('#team-invite-email-error').waitFor();
    await byTestId(ownerPage, 'team-invite-email').fill(manager.email);
    await byTestId(ownerPage, 'team-invite-name').fill('Max Manager');
    await byTestId(ownerPage, 'team-invite-role').selectOption('manager');
    await byTestId(ownerPage, 'team-invite-submit').click();
    await expectText(byTestId(ownerPage, 'team-notice'), manager.email);
    const pending = ownerPage.locator(`[data-testid="team-invitation"][data-email="${manager.email}"]`);
    await pending.waitFor();
    await checkLayout(ownerPage, 'team-phone', PHONE, [
      byTestId(ownerPage, 'team-invite-submit'),
      pending.locator('[data-testid="team-resend"]'),
      byTestId(ownerPage, 'team-member-role').first(),
    ]);
    // French and Portuguese labels are longer: the page still fits a phone.
    await byTestId(ownerPage, 'locale-fr').click();
    await expectText(byTestId(ownerPage, 'nav-team'), 'Équipe');
    await checkLayout(ownerPage, 'team-phone-fr', PHONE, [
      byTestId(ownerPage, 'team-invite-submit'),
      pending.locator('[data-testid="team-cancel"]'),
      byTestId(ownerPage, 'team-deactivate').first(),
    ]);
    await byTestId(ownerPage, 'locale-en').click();
    await checkLayout(ownerPage, 'team-desktop', DESKTOP);

    // The invitation e-mail arrives with the link; the manager opens it in a browser of their own.
    const mail = await waitForMail(manager.email, { timeoutMs: 30_000 });
    expect(mail.Subject).toBe('Join the Acme Agency team');
    const link = /https?:\/\/\S+\/team-invitations\/[\w-]+/.exec(mail.Text)?.[0] ?? '';
    expect(link).not.toBe('');
    const managerPage = await (await browser.newContext()).newPage();
    await managerPage.goto(link.replace(/^https?:\/\/[^/]+/, base));
    await expectText(byTestId(managerPage, 'team-invitation-title'), 'Join Acme Agency');
    await checkLayout(managerPage, 'team-invitation-phone', PHONE, [
      byTestId(managerPage, 'team-invitation-submit'),
    ]);
    await byTestId(managerPage, 'team-invitation-password').fill(manager.password);
    await byTestId(managerPage, 'team-invitation-password-confirm').fill(manager.password);
    await byTestId(managerPage, 'team-invitation-submit').click();
    await byTestId(managerPage, 'team-invitation-success').waitFor();
    await byTestId(managerPage, 'team-invitation-login').click();
    await logIn(managerPage, manager.email, manager.password);
    await managerPage.waitForURL(/\/app\/clients/, { timeout: 30_000 });
    // A manager adds clients but does not manage the team.
    await byTestId(managerPage, 'client-new-button').waitFor();
    expect(await byTestId(managerPage, 'nav-team').count()).toBe(0);

    // The owner's Team page shows the manager active, and can deactivate them after a confirmation.
    await ownerPage.reload();
    const row = ownerPage.locator(`[data-testid="team-member"][data-email="${manager.email}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('active');
    expect(await row.locator('[data-testid="team-member-role"]').inputValue()).toBe('manager');
    expect(await byTestId(ownerPage, 'team-invitation').count()).toBe(0);
    await row.locator('[data-testid="team-deactivate"]').click();
    await row.locator('[data-testid="team-confirm"]').click();
    await ownerPage
      .locator(`[data-testid="team-member"][data-email="${manager.email}"][data-status="deactivated"]`)
      .waitFor();
    // The manager's next request is refused: their app asks them to log in again.
    await managerPage.reload();
    await managerPage.waitForSelector('#username, [data-testid="boot-error"]', { timeout: 30_000 });
  }, 240_000);

  it('a member sees neither the Team entry nor the create-client button, and cannot open those pages', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${base}/`);
    await logIn(page, member.email, member.password);
    await page.waitForURL(/\/app\/clients/, { timeout: 30_000 });
    await byTestId(page, 'nav-clients').waitFor();
    await byTestId(page, 'client-list-empty').waitFor();
    expect(await byTestId(page, 'nav-team').count()).toBe(0);
    expect(await byTestId(page, 'client-new-button').count()).toBe(0);
    await checkLayout(page, 'team-member-clients-phone', PHONE);
    await page.goto(`${base}/app/team`);
    await byTestId(page, 'forbidden').waitFor();
    await page.goto(`${base}/app/clients/new`);
    await byTestId(page, 'forbidden').waitFor();
  }, 120_000);
});

/** Nothing scrolls sideways and each action is on screen and clickable; keeps a screenshot to look at. */
async function checkLayout(
  page: Page,
  name: string,
  viewport: { width: number; height: number },
  actions: Locator[] = [],
): Promise<void> {
  await page.setViewportSize(viewport);
  const widths = await page.evaluate<{ page: number; window: number }>(
    '({ page: document.documentElement.scrollWidth, window: window.innerWidth })',
  );
  expect({ name, page: widths.page }).toEqual({ name, page: Math.min(widths.page, viewport.width) });
  for (const action of actions) {
    await action.scrollIntoViewIfNeeded();
    const box = await action.boundingBox();
    expect(box).not.toBeNull();
    if (box) expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await action.click({ trial: true, timeout: 5_000 });
  }
  mkdirSync(path.join(repoRoot(), 'test-results'), { recursive: true });
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({
    path: path.join(repoRoot(), 'test-results', `layout-${name}.png`),
    fullPage: true,
  });
}

async function expectText(locator: Locator, text: string, timeout = 15_000): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout });
}

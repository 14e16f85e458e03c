import type { Browser } from 'playwright-core';
import { as, staff, uniqueName, waitForMail } from '@client-portal/testing';
import { createServiceClient } from '@client-portal/contracts';
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
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: registered as a redirect URI of client-portal-web in the dev realm. */
const PORT = 18085;

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
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, {
      name: 'Acme Agency',
      email: owner.email,
      password: owner.password,
    });
    const identity = createServiceClient(
      'identity',
      `127.0.0.1:${platform.runtimes.get('identity')?.grpcPort ?? 0}`,
      { deadlineMs: 30_000 },
    );
    // The member joins the way every invitee does (invitation, e-mailed link, password), through gRPC.
    await identity.inviteStaff(
      { email: member.email, displayName: 'Mia Member', role: 'member' },
      as(staff(agency.tenantId, 'owner', agency.owner.userId)),
    );
    const mail = await waitForMail(member.email, { timeoutMs: 30_000 });
    const token = /\/team-invitations\/([\w-]+)/.exec(mail.Text)?.[1] ?? '';
    await identity.acceptStaffInvitation({ token, password: member.password });
    identity.close();
    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'team'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  it('the owner invites a manager, who follows the e-mailed link, sets a password and works in the staff app', async () => {
    const ownerPage = await (await browser.newContext()).newPage();
    await ownerPage.setViewportSize(DESKTOP);
    await ownerPage.goto(`${base}/`);
    await logIn(ownerPage, owner.email, owner.password);
    // The staff home is the agency dashboard.
    await ownerPage.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
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
    await managerPage.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
    // A manager adds clients but does not manage the team.
    await byTestId(managerPage, 'nav-clients').click();
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
    await page.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
    await byTestId(page, 'nav-clients').click();
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

import type { Locator, Page } from 'playwright-core';
import { passwordToken } from '@client-portal/testing';
import { byTestId, checkBothLayouts, expectText, openAs } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { Api } from './support/http.js';
import { addClientUser, createTenant, type Person } from './support/people.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18107;

/**
 * Issue 12 (conversations) in a real browser: the team opens an internal discussion the client never
 * sees; staff and client chat in the workspace's General conversation and the unread badges move live;
 * the client's "contact us" from the portal home reaches the client page.
 */
describe('conversations in a real browser', () => {
  const suite = browserSuite('conversations', PORT);
  let owner: Person;
  let dana: Person;
  let clientId: string;
  let workspaceId: string;

  beforeAll(async () => {
    const agency = await createTenant(suite.platform, { name: 'Chatty Agency' });
    owner = agency.owner;
    const api = new Api(suite.platform.url).as(await passwordToken(owner.email, owner.password));
    clientId = (await api.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    dana = await addClientUser(suite.platform, agency.tenantId, clientId, 'Dana Globex');
    const danaApi = new Api(suite.platform.url).as(await passwordToken(dana.email, dana.password));
    workspaceId =
      (await danaApi.get<{ principal: { workspaceIds: string[] } }>('/me')).body.principal.workspaceIds[0] ??
      '';
  }, 240_000);

  const workspacePanel = (page: Page): Locator =>
    page.locator(`[data-testid="conversations-panel"][data-scope="${workspaceId}"]`);
  const live = (page: Page) =>
    page.locator('[data-testid="live-status"][data-status="open"]').waitFor({ timeout: 30_000 });

  it('staff and client chat with unread counts moving live; an internal discussion stays invisible', async () => {
    const staff = await (await suite.browser.newContext()).newPage();
    await openAs(staff, `${suite.base}/app/clients/${clientId}`, owner);
    const staffPanel = workspacePanel(staff);
    await staffPanel.waitFor({ timeout: 30_000 });

    // An internal discussion in the workspace: a subject is required, said next to the field.
    await staffPanel.locator('[data-testid="conversation-new"]').click();
    await staffPanel.locator('[data-testid="conversation-create"]').click();
    await staffPanel.locator('[data-testid="conversation-subject-error"]').waitFor();
    await staffPanel.locator('[data-testid="conversation-subject"]').fill('Pricing strategy');
    await staffPanel.locator('[data-testid="conversation-internal"]').check();
    await staffPanel.locator('[data-testid="conversation-create"]').click();
    await staffPanel.locator('[data-testid="conversation-internal-badge"]').waitFor();
    await staffPanel.locator('[data-testid="message-composer"]').fill('Secret: keep the discount at 5%');
    await staffPanel.locator('[data-testid="message-send"]').click();
    await expectText(staffPanel.locator('[data-testid="message-body"]'), 'Secret: keep the discount at 5%');
    await checkBothLayouts(staff, 'conversations-staff-client-page', [
      staffPanel.locator('[data-testid="conversation-item"]').first(),
    ]);

    // The client is on the portal home: the header badge appears when the team writes in General.
    const portal = await (await suite.browser.newContext()).newPage();
    await openAs(portal, `${suite.base}/portal`, dana);
    await byTestId(portal, 'client-home').waitFor({ timeout: 30_000 });
    await live(portal);
    await live(staff);
    expect(await byTestId(portal, 'nav-unread-messages').count()).toBe(0);
    await staffPanel
      .locator(`[data-testid="conversation-item"][data-conversation-id="${workspaceId}"]`)
      .click();
    await staffPanel.locator('[data-testid="message-composer"]').fill('Hello Dana, the mock-ups are ready.');
    await staffPanel.locator('[data-testid="message-send"]').click();
    await portal.locator('[data-testid="nav-unread-messages"][data-count="1"]').waitFor({ timeout: 15_000 });
    await portal
      .locator(
        `[data-testid="workspace-nav-item"][data-workspace-id="${workspaceId}"] [data-testid="workspace-unread"]`,
      )
      .waitFor();
    await checkBothLayouts(portal, 'conversations-portal-home-unread');

    // Opening the conversation reads it: the badges go.
    await byTestId(portal, 'workspace-nav-item').first().click();
    await byTestId(portal, 'workspace-tab-messages').click();
    const portalPanel = workspacePanel(portal);
    await expectText(
      portalPanel.locator('[data-testid="message-body"]'),
      'Hello Dana, the mock-ups are ready.',
    );
    await portal
      .locator('[data-testid="nav-unread-messages"]')
      .waitFor({ state: 'detached', timeout: 15_000 });
    // Only General: the internal discussion is not there, not even its name.
    expect(await portalPanel.locator('[data-testid="conversation-item"]').count()).toBe(1);
    expect(await portal.locator('body').textContent()).not.toContain('Pricing strategy');
    expect(await portal.locator('body').textContent()).not.toContain('Secret');
    await checkBothLayouts(portal, 'conversations-portal-workspace', [
      portalPanel.locator('[data-testid="message-composer"]'),
    ]);

    // The client answers; the team's open thread shows it at once.
    await portal.setViewportSize({ width: 1280, height: 800 });
    await portalPanel.locator('[data-testid="message-composer"]').fill('Thanks, looking now!');
    await portalPanel.locator('[data-testid="message-send"]').click();
    await expectText(staffPanel.locator('[data-testid="message-body"]'), 'Thanks, looking now!', 15_000);
  }, 180_000);

  it('a client contacts the agency from the portal home; the team answers from the client page', async () => {
    const portal = await (await suite.browser.newContext()).newPage();
    await openAs(portal, `${suite.base}/portal`, dana);
    const contact = byTestId(portal, 'home-contact');
    await contact.waitFor({ timeout: 30_000 });
    await contact.locator('[data-testid="conversation-new"]').click();
    expect(await contact.locator('[data-testid="conversation-internal"]').count()).toBe(0);
    await contact.locator('[data-testid="conversation-subject"]').fill('Question about the contract');
    await contact.locator('[data-testid="conversation-create"]').click();
    await contact.locator('[data-testid="message-composer"]').fill('Can we talk about renewal?');
    await contact.locator('[data-testid="message-send"]').click();
    await expectText(contact.locator('[data-testid="message-body"]'), 'Can we talk about renewal?');
    await checkBothLayouts(portal, 'conversations-contact-us', [
      contact.locator('[data-testid="message-composer"]'),
    ]);

    const staff = await (await suite.browser.newContext()).newPage();
    await openAs(staff, `${suite.base}/app/clients/${clientId}`, owner);
    const clientPanel = staff.locator(`[data-testid="conversations-panel"][data-scope="${clientId}"]`);
    const item = clientPanel
      .locator('[data-testid="conversation-item"]')
      .filter({ hasText: 'Question about the contract' });
    await item.waitFor({ timeout: 30_000 });
    await item.click();
    await expectText(clientPanel.locator('[data-testid="message-body"]'), 'Can we talk about renewal?');
    await clientPanel.locator('[data-testid="message-composer"]').fill('Of course, call us tomorrow.');
    await clientPanel.locator('[data-testid="message-send"]').click();
    await expectText(contact.locator('[data-testid="message-body"]'), 'Of course, call us tomorrow.', 15_000);
  }, 180_000);
});

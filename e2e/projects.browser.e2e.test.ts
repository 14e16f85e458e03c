import type { Locator, Page } from 'playwright-core';
import { byTestId, checkLayout, DESKTOP, logIn, PHONE } from './support/browser.js';
import { dayFromToday } from './support/activity-fixtures.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { browserSuite } from './support/browser-suite.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18083;

/**
 * A manager creates a client and a project with milestones, logs time and sees the margin; the
 * client's user then follows the project in the portal (progress, milestones, no cost anywhere) and
 * rates it once it is completed. Debian's Chromium, Keycloak's own login pages, the built web app.
 */
describe('projects in a real browser', () => {
  const suite = browserSuite('projects', PORT);
  let tenantId: string;
  let manager: Person;
  const { base } = suite;

  beforeAll(async () => {
    tenantId = (await createTenant(suite.platform, { name: 'Pixel Agency' })).tenantId;
    manager = await addStaff(suite.platform, tenantId, 'manager', 'Mia Manager');
  }, 240_000);

  async function openAppAs(page: Page, person: Person): Promise<void> {
    await page.goto(`${base}/`);
    await logIn(page, person.email, person.password);
  }

  /** Types a YYYY-MM-DD day the way the date field's pattern asks (mm/dd/yyyy in English). */
  async function typeDate(field: Locator, day: string): Promise<void> {
    const pattern = (await field.getAttribute('data-pattern')) ?? 'dd/mm/yyyy';
    const [year, month, date] = day.split('-');
    const separator = /[^a-z]/i.exec(pattern)?.[0] ?? '/';
    const parts = pattern
      .split(separator)
      .map((part) => (part.startsWith('y') ? year : part.startsWith('m') ? month : date));
    await field.fill(parts.join(separator));
  }

  /** The shared layout check, its screenshot named after this file. */
  const shoot = (page: Page, name: string, viewport: typeof DESKTOP, actions: Locator[]) =>
    checkLayout(page, `projects-${name}`, viewport, actions);

  it('a manager plans a project, logs time and sees the margin; the client follows it without costs and rates it', async () => {
    const page = await (await suite.browser.newContext()).newPage();
    await openAppAs(page, manager);
    // The staff home is the agency dashboard; the clients are one click away.
    await page.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
    await byTestId(page, 'nav-clients').click();

    // A new client.
    await byTestId(page, 'client-new-button').click();
    await byTestId(page, 'client-form-name').fill('Initech');
    await byTestId(page, 'client-form-submit').click();
    // Not /app/clients/new, where the form was.
    await page.waitForURL(
      (url) => /\/app\/clients\/[\w-]+$/.test(url.pathname) && !url.pathname.endsWith('/new'),
    );
    await byTestId(page, 'client-name').filter({ hasText: 'Initech' }).waitFor();
    const clientId = /\/app\/clients\/([\w-]+)$/.exec(page.url())?.[1] ?? '';
    await byTestId(page, 'no-projects').waitFor();

    // A project: due before start is refused next to the field, nothing is lost.
    await byTestId(page, 'new-project-button').click();
    await byTestId(page, 'new-project-name').fill('Intranet relaunch');
    await typeDate(byTestId(page, 'new-project-start'), '2026-06-01');
    await typeDate(byTestId(page, 'new-project-due'), '2026-05-01');
    await byTestId(page, 'new-project-value').fill('18000');
    await byTestId(page, 'new-project-cost').fill('9000');
    await byTestId(page, 'new-project-submit').click();
    await page.locator('#new-project-due-error').waitFor();
    await typeDate(byTestId(page, 'new-project-due'), dayFromToday(60));
    await typeDate(byTestId(page, 'new-project-start'), dayFromToday(-30));
    await shoot(page, 'phone-new-project', PHONE, [byTestId(page, 'new-project-submit')]);
    await page.setViewportSize(DESKTOP);
    await byTestId(page, 'new-project-submit').click();
    await page.waitForURL(/\/app\/projects\/[\w-]+$/);
    await byTestId(page, 'project-name').filter({ hasText: 'Intranet relaunch' }).waitFor();

    // Milestones: one late and done, one due this week.
    for (const [name, due] of [
      ['Kick-off workshop', dayFromToday(-20)],
      ['Design sign-off', dayFromToday(3)],
    ] as const) {
      await byTestId(page, 'milestone-new-name').fill(name);
      await typeDate(byTestId(page, 'milestone-new-due'), due);
      await byTestId(page, 'milestone-add').click();
      await byTestId(page, 'milestone-name').filter({ hasText: name }).waitFor();
    }
    await byTestId(page, 'milestone-row').first().locator('[data-testid="milestone-done"]').check();
    await page.locator('[data-testid="milestone-row"][data-done="true"]').waitFor();

    // Progress to 40 %.
    await byTestId(page, 'project-progress-input').fill('40');
    await byTestId(page, 'project-save').click();
    await byTestId(page, 'project-saved').waitFor();
    await page.locator('[data-testid="project-progress"][data-progress="40"]').waitFor();

    // Two hours at 50.00 an hour: labour 100.00, margin 18 000 − 9 000 − 100 = 8 900.
    await byTestId(page, 'time-duration').fill('2h');
    await byTestId(page, 'time-note').fill('Workshop preparation');
    await byTestId(page, 'time-rate').fill('50');
    await byTestId(page, 'time-submit').click();
    await byTestId(page, 'time-entry-row').filter({ hasText: 'Workshop preparation' }).waitFor();
    await byTestId(page, 'figure-labour').filter({ hasText: '100.00' }).waitFor();
    await byTestId(page, 'figure-estimated-margin').filter({ hasText: '9,000.00' }).waitFor();
    await byTestId(page, 'figure-margin').filter({ hasText: '8,900.00' }).waitFor();
    await byTestId(page, 'figure-margin').filter({ hasText: '49.4 %' }).waitFor();
    await shoot(page, 'desktop-project', DESKTOP, [
      byTestId(page, 'project-save'),
      byTestId(page, 'time-submit'),
    ]);
    await shoot(page, 'phone-project', PHONE, [
      byTestId(page, 'milestone-add'),
      byTestId(page, 'project-save'),
      byTestId(page, 'time-submit'),
    ]);
    await page.setViewportSize(DESKTOP);

    // A member logs time on the project but sees no cost, no margin, no edit form and no delete.
    const projectUrl = page.url();
    const member = await addStaff(suite.platform, tenantId, 'member', 'Max Member');
    const memberPage = await (await suite.browser.newContext()).newPage();
    await openAppAs(memberPage, member);
    await memberPage.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
    await memberPage.goto(projectUrl);
    await byTestId(memberPage, 'project-internal').waitFor();
    await byTestId(memberPage, 'time-duration').fill('45');
    await byTestId(memberPage, 'time-note').fill('Member research');
    await byTestId(memberPage, 'time-submit').click();
    await byTestId(memberPage, 'time-entry-row').filter({ hasText: 'Member research' }).waitFor();
    // Their own entry only: the manager's is not listed to them.
    expect(await byTestId(memberPage, 'time-entry-row').count()).toBe(1);
    for (const hidden of ['project-margin', 'project-form', 'project-delete', 'time-rate', 'milestone-form'])
      expect({ hidden, count: await byTestId(memberPage, hidden).count() }).toEqual({ hidden, count: 0 });
    expect(await memberPage.locator('body').innerText()).not.toMatch(/9,000|8,900|Workshop preparation/);
    await shoot(memberPage, 'phone-member-project', PHONE, [byTestId(memberPage, 'time-submit')]);
    await page.reload();
    await byTestId(page, 'figure-labour').filter({ hasText: 'h 45' }).waitFor();

    // The client page lists the project with its progress.
    await byTestId(page, 'project-back').click();
    await page.locator('[data-testid="project-row"] [data-progress="40"]').waitFor();
    await shoot(page, 'phone-client-projects', PHONE, [byTestId(page, 'new-project-button')]);
    await page.setViewportSize(DESKTOP);

    // The client's user: progress and milestones, and nothing internal anywhere on the page.
    const contact = await addClientUser(suite.platform, tenantId, clientId, 'Peter Gibbons');
    const portal = await (await suite.browser.newContext()).newPage();
    await openAppAs(portal, contact);
    await byTestId(portal, 'portal-projects-link').click();
    const card = byTestId(portal, 'portal-project').filter({ hasText: 'Intranet relaunch' });
    await card.locator('[data-testid="portal-project-progress"][data-progress="40"]').waitFor();
    await card
      .locator('[data-testid="portal-milestone"][data-done="true"]')
      .filter({ hasText: 'Kick-off workshop' })
      .waitFor();
    await card.locator('[data-testid="portal-milestone"]').filter({ hasText: 'Design sign-off' }).waitFor();
    const text = await portal.locator('main, body').first().innerText();
    expect(text).not.toMatch(
      /9,000|8,900|100\.00|Workshop preparation|Estimated cost|Margin|Internal|Mia Manager/i,
    );
    await shoot(portal, 'phone-portal-projects', PHONE, []);
    await shoot(portal, 'desktop-portal-projects', DESKTOP, []);
    expect(await byTestId(portal, 'portal-rating').count()).toBe(0);

    // Completed: the client rates it, and the manager sees the rating.
    await byTestId(page, 'project-row').locator('a').first().click();
    await byTestId(page, 'project-status-select').selectOption('completed');
    await byTestId(page, 'project-progress-input').fill('100');
    await byTestId(page, 'project-save').click();
    await byTestId(page, 'project-completed-at').waitFor();
    await portal.reload();
    await byTestId(portal, 'portal-rating-submit').click();
    await byTestId(portal, 'portal-rating-score-error').waitFor();
    await byTestId(portal, 'portal-rating-score-5').check();
    await byTestId(portal, 'portal-rating-comment').fill('Smooth launch, thank you');
    await byTestId(portal, 'portal-rating-submit').click();
    await byTestId(portal, 'portal-rating-given').filter({ hasText: 'Smooth launch' }).waitFor();
    await shoot(portal, 'phone-portal-rated', PHONE, [byTestId(portal, 'portal-rating-change')]);
    await page.reload();
    await byTestId(page, 'project-rating').filter({ hasText: 'Smooth launch, thank you' }).waitFor();
  });
});

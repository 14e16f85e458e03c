import type { Browser, Page } from 'playwright-core';
import { eventually, passwordToken } from '@client-portal/testing';
import { dayFromToday, EventPublisher } from './support/activity-fixtures.js';
import {
  builtWebApp,
  byTestId,
  checkLayout,
  DESKTOP,
  keepScreenshots,
  logIn,
  PHONE,
  startBrowser,
} from './support/browser.js';
import { Api } from './support/http.js';
import { addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

/** This file's gateway port: registered as a redirect URI of client-portal-web in the realm. */
const PORT = 18084;

/**
 * The agency dashboard and a client's timeline clicked through in Chromium: the numbers on the staff
 * home match the data this test created, a note written on a client's page shows in its timeline,
 * and a member sees the dashboard without any money figure and no metrics.
 */
describe('the dashboard and the timeline in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let publisher: EventPublisher;
  let owner: Person;
  let member: Person;
  let globexId = '';
  const base = `http://127.0.0.1:${PORT}`;

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    publisher = new EventPublisher(platform);
    const tenant = await createTenant(platform, { name: 'Dashboard Agency' });
    owner = tenant.owner;
    member = await addStaff(platform, tenant.tenantId, 'member', 'Mia Member');

    // Three active clients and a prospect, created through the API as the client list would.
    const api = new Api(platform.url).as(await passwordToken(owner.email, owner.password));
    const ids: string[] = [];
    for (const name of ['Globex', 'Initech', 'Umbrella']) {
      const created = await api.post<{ id: string }>('/clients', { name });
      ids.push(created.body.id);
    }
    globexId = ids[0] ?? '';
    const prospect = await api.post<{ id: string }>('/clients', { name: 'Hooli', status: 'prospect' });

    // Projects (late, on time, completed), a milestone due today, an invoice and a waiting client.
    await publisher.project(tenant.tenantId, globexId, {
      name: 'Rebrand',
      status: 'in-progress',
      progress: 60,
      startDate: dayFromToday(-60),
      dueDate: dayFromToday(-5),
      contractValueMinor: 1_200_000,
      milestones: [{ milestoneId: 'ms-1', name: 'Logo sign-off', dueDate: dayFromToday(0), done: false }],
    });
    await publisher.project(tenant.tenantId, ids[1] ?? '', {
      name: 'Intranet',
      status: 'in-progress',
      dueDate: dayFromToday(20),
      contractValueMinor: 800_000,
    });
    await publisher.project(tenant.tenantId, ids[2] ?? '', {
      name: 'Audit',
      status: 'completed',
      startDate: dayFromToday(-90),
      dueDate: dayFromToday(-30),
      completedAt: new Date(Date.now() - 31 * 86_400_000).toISOString(),
      contractValueMinor: 300_000,
      rating: { score: 5, comment: 'Great' },
    });
    await publisher.project(tenant.tenantId, prospect.body.id, {
      name: 'Proposal',
      contractValueMinor: 450_000,
    });
    await publisher.invoice(tenant.tenantId, globexId, 600_000);
    await publisher.clientMessage(tenant.tenantId, globexId);

    browser = await startBrowser();
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'activity'));

  afterAll(async () => {
    await publisher.close();
    await browser.close();
    await platform.stop();
  });

  const kpi = async (page: Page, id: string) =>
    ((await byTestId(page, `kpi-${id}`).locator('[data-testid="kpi-value"]').textContent()) ?? '').trim();

  async function openDashboardAs(page: Page, person: Person): Promise<void> {
    await page.goto(`${base}/`);
    await logIn(page, person.email, person.password);
    await page.waitForURL(/\/app\/dashboard/, { timeout: 30_000 });
    await byTestId(page, 'dashboard-kpis').waitFor();
  }

  /** The read models fill from Kafka: refresh until the figures the test created are all in. */
  async function waitForFigures(page: Page): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ready =
        (await kpi(page, 'in-progress')) === '2' &&
        (await kpi(page, 'pending')) === '1' &&
        (await byTestId(page, 'pipeline-client').count()) === 1;
      if (ready) return;
      if (Date.now() > deadline) throw new Error('the dashboard never showed the created data');
      await byTestId(page, 'dashboard-refresh').click();
      await page.waitForTimeout(500);
    }
  }

  it('shows the owner a dashboard matching the data, and a note written on a client in its timeline', async () => {
    const page = await (await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' })).newPage();
    await openDashboardAs(page, owner);
    expect(page.url()).toBe(`${base}/app/dashboard`);
    await waitForFigures(page);

    expect(await kpi(page, 'active-clients')).toBe('3');
    expect(await kpi(page, 'in-progress')).toBe('2');
    expect(await kpi(page, 'late')).toBe('1');
    expect(await kpi(page, 'due-week')).toBe('1');
    expect(await kpi(page, 'pending')).toBe('1');
    // 12 000 + 8 000 + 3 000 + 4 500 (every project not cancelled), in the viewer's locale.
    expect(await kpi(page, 'total-value')).toBe('€27,500.00');
    expect(await kpi(page, 'pipeline-value')).toBe('€4,500.00');
    await expect(byTestId(page, 'late-project').textContent()).resolves.toContain('Rebrand');
    await expect(byTestId(page, 'due-milestone').textContent()).resolves.toContain('Logo sign-off');
    await expect(byTestId(page, 'pending-request').textContent()).resolves.toContain('Globex');
    await byTestId(page, 'revenue-chart').locator('canvas').waitFor();
    await expect(byTestId(page, 'revenue-by-client').textContent()).resolves.toContain('€6,000.00');
    expect(await byTestId(page, 'calendar-item').count()).toBeGreaterThan(0);
    expect(await byTestId(page, 'recent-entry').count()).toBeGreaterThan(0);
    await checkLayout(page, 'activity-dashboard-desktop', DESKTOP);
    await checkLayout(page, 'activity-dashboard-phone', PHONE);
    await byTestId(page, 'revenue-chart').scrollIntoViewIfNeeded();
    const chart = await byTestId(page, 'revenue-chart').boundingBox();
    expect(chart?.width).toBeGreaterThan(300);
    await page.setViewportSize(DESKTOP);

    // From the late project to its client's page: metrics, then a note in the timeline.
    await byTestId(page, 'late-project').getByRole('link', { name: 'Globex' }).click();
    await page.waitForURL(new RegExp(`/app/clients/${globexId}$`));
    await byTestId(page, 'client-metrics').waitFor();
    await expect(byTestId(page, 'metric-total-value').textContent()).resolves.toContain('€12,000.00');
    await byTestId(page, 'timeline-entry').first().waitFor();
    await byTestId(page, 'note-body').fill('Prefers calls on Monday mornings');
    await byTestId(page, 'note-add').click();
    const note = page.locator('[data-testid="timeline-entry"][data-kind="note"]');
    await note.filter({ hasText: 'Prefers calls on Monday mornings' }).waitFor();

    // Edited in place, then the filter shows only notes.
    await note.locator('[data-testid="note-edit"]').click();
    await note.locator('[data-testid="note-edit-body"]').fill('Prefers calls on Tuesday mornings');
    await note.locator('[data-testid="note-edit-save"]').click();
    await note.filter({ hasText: 'Tuesday' }).waitFor();
    await byTestId(page, 'timeline-filter').selectOption('note');
    // Polled from here: a string predicate would be evaluated in the page, which its CSP forbids.
    await eventually(
      () => page.locator('[data-testid="timeline-entry"]:not([data-kind="note"])').count(),
      (others) => others === 0,
      15_000,
    );
    expect(await byTestId(page, 'timeline-entry').count()).toBe(1);
    await byTestId(page, 'timeline-filter').selectOption('');
    await page.locator('[data-testid="timeline-entry"][data-kind="invoice.issued"]').waitFor();
    await checkLayout(page, 'activity-client-desktop', DESKTOP);
    await checkLayout(page, 'activity-client-phone', PHONE);

    // The dashboard's recent activity now starts with the note.
    await page.setViewportSize(DESKTOP);
    await byTestId(page, 'nav-dashboard').click();
    // The page shows the dashboard read before the note first, then the reloaded one.
    await byTestId(page, 'recent-entry').first().filter({ hasText: 'Internal note' }).waitFor();
  });

  it('shows a member the dashboard without money figures, and no metrics on the client page', async () => {
    const page = await (await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' })).newPage();
    await openDashboardAs(page, member);
    await waitForFigures(page);
    expect(await kpi(page, 'active-clients')).toBe('3');
    expect(await kpi(page, 'late')).toBe('1');
    await byTestId(page, 'money-hidden').waitFor();
    expect(await byTestId(page, 'kpi-total-value').count()).toBe(0);
    expect(await byTestId(page, 'kpi-pipeline-value').count()).toBe(0);
    expect(await byTestId(page, 'revenue-card').count()).toBe(0);
    const text = (await page.locator('main, body').first().textContent()) ?? '';
    expect(text).not.toMatch(/€/);
    await checkLayout(page, 'activity-dashboard-member-phone', PHONE);

    await page.setViewportSize(DESKTOP);
    await page.goto(`${base}/app/clients/${globexId}`);
    await byTestId(page, 'client-timeline').waitFor();
    const ownerNote = page.locator('[data-testid="timeline-entry"][data-kind="note"]');
    await ownerNote.first().waitFor();
    // Someone else's note: readable, not editable.
    expect(await ownerNote.locator('[data-testid="note-edit"]').count()).toBe(0);
    expect(await byTestId(page, 'client-metrics').count()).toBe(0);
  });
});

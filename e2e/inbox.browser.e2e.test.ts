import type { Page } from 'playwright-core';
import type { ServiceRuntime } from '@client-portal/kit';
import { passwordToken } from '@client-portal/testing';
import { byTestId, checkBothLayouts, checkLayout, expectText, PHONE } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { Api } from './support/http.js';
import {
  accountRecipient,
  NEW_MESSAGE,
  renderedWith,
  runningDispatcher,
  sourceEvent,
} from './support/inbox-fixtures.js';
import { addClientUser, createTenant, type Person } from './support/people.js';
import type { Dispatcher } from '../services/notification/src/application/dispatcher.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18110;

/**
 * The bell in a real browser (issue 12, inbox slice): a notification arrives live in the staff
 * header's bell, opening it leads to the thing it is about and reads it, "mark all read" empties the
 * badge; a client user gets theirs in the portal's bell and lands in their workspace.
 */
describe('the notification bell and inbox in a real browser', () => {
  const suite = browserSuite('inbox', PORT);
  let owner: Person;
  let dana: Person;
  let tenantId = '';
  let clientId = '';
  let workspaceId = '';
  let dispatcher: Dispatcher;
  let closeDispatcher: () => void = () => undefined;

  beforeAll(async () => {
    const agency = await createTenant(suite.platform, { name: 'Bellwether Studio' });
    tenantId = agency.tenantId;
    owner = { ...agency.owner, displayName: 'Olivia Owner' };
    const api = new Api(suite.platform.url).as(await passwordToken(owner.email, owner.password));
    clientId = (await api.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    workspaceId = (await api.post<{ id: string }>(`/clients/${clientId}/workspaces`, { name: 'Launch room' }))
      .body.id;
    dana = await addClientUser(suite.platform, tenantId, clientId, 'Dana Globex', {
      workspaceIds: [workspaceId],
    });
    const runtime = suite.platform.runtimes.get('notification') as ServiceRuntime;
    ({ dispatcher, close: closeDispatcher } = runningDispatcher(runtime, `${suite.platform.namespace}.`));
  }, 240_000);

  afterAll(() => {
    closeDispatcher();
  });

  const notify = (who: Person, kind: 'staff' | 'client', title: string, link: string) =>
    dispatcher.dispatch(
      sourceEvent(tenantId, { clientId, workspaceId, clientVisible: true }),
      NEW_MESSAGE,
      [accountRecipient(who.userId, kind, who.email)],
      () => renderedWith(title, 'Thanks! Invoice received, paying this week.', link),
    );

  const liveOpen = (page: Page) =>
    page.locator('[data-testid="live-status"][data-status="open"]').waitFor({ timeout: 30_000 });

  it('a notification arrives live in the staff bell, leads to its client, and mark all read clears the badge', async () => {
    const page = await suite.signIn(owner, { landing: /\/app/ });
    await liveOpen(page);
    await byTestId(page, 'inbox-bell').waitFor();
    expect(await byTestId(page, 'inbox-unread-count').count()).toBe(0);

    await notify(owner, 'staff', 'Dana Globex wrote in Launch room', `/app/clients/${clientId}`);
    await expectText(byTestId(page, 'inbox-unread-count'), '1');

    await byTestId(page, 'inbox-bell').click();
    const entry = byTestId(page, 'inbox-entry').first();
    await expectText(entry, 'Dana Globex wrote in Launch room');
    expect(await entry.getAttribute('data-unread')).toBe('true');
    await checkBothLayouts(page, 'inbox-dropdown', [byTestId(page, 'inbox-mark-all-read')]);
    await entry.locator('[data-testid="inbox-entry-open"]').click();
    await page.waitForURL(new RegExp(`/app/clients/${clientId}$`));
    await byTestId(page, 'client-name').waitFor();
    await byTestId(page, 'inbox-unread-count').waitFor({ state: 'detached' });

    // Two more, then the full page: mark all read.
    await notify(owner, 'staff', 'Quote accepted', `/app/clients/${clientId}`);
    await notify(owner, 'staff', 'Order placed', `/app/clients/${clientId}`);
    await expectText(byTestId(page, 'inbox-unread-count'), '2');
    await byTestId(page, 'inbox-bell').click();
    await byTestId(page, 'inbox-see-all').click();
    await page.waitForURL(/\/app\/inbox$/);
    await expectText(byTestId(page, 'inbox-page'), 'Order placed');
    expect(await byTestId(page, 'inbox-page').locator('[data-unread="true"]').count()).toBe(2);
    await expectText(byTestId(page, 'inbox-page-unread'), '2 unread');
    await checkBothLayouts(page, 'inbox-page', [byTestId(page, 'inbox-page-mark-all-read')]);
    await byTestId(page, 'inbox-page-mark-all-read').click();
    await byTestId(page, 'inbox-unread-count').waitFor({ state: 'detached' });
    expect(await byTestId(page, 'inbox-page').locator('[data-unread="true"]').count()).toBe(0);
    await byTestId(page, 'inbox-unread-only').check();
    await byTestId(page, 'inbox-page-empty').waitFor();
  });

  it('a client user’s notification arrives in the portal bell and leads to their workspace', async () => {
    const page = await suite.signIn(dana, { landing: /\/portal/ });
    await liveOpen(page);
    await notify(dana, 'client', 'Olivia Owner answered in Launch room', `/portal/workspaces/${workspaceId}`);
    await expectText(byTestId(page, 'inbox-unread-count'), '1');
    await page.setViewportSize(PHONE);
    await byTestId(page, 'inbox-bell').click();
    await expectText(byTestId(page, 'inbox-dropdown'), 'Olivia Owner answered in Launch room');
    await checkLayout(page, 'inbox-portal-dropdown-phone', PHONE, [byTestId(page, 'inbox-entry-open')]);
    await byTestId(page, 'inbox-entry-open').first().click();
    await page.waitForURL(new RegExp(`/portal/workspaces/${workspaceId}$`));
    await byTestId(page, 'workspace-title').waitFor();
    await byTestId(page, 'inbox-unread-count').waitFor({ state: 'detached' });
  });
});

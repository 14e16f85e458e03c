import type { Browser, Page } from 'playwright-core';
import { infrastructure, passwordToken, uniqueName } from '@client-portal/testing';
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
const PORT = 18102;
const PASSWORD = 'Invited-Browser-2026';

interface Client {
  id: string;
  version: number;
}

/** The invitation links (path and token) of the e-mails to an address, newest first, once there are `count`. */
async function invitationLinks(email: string, count: number): Promise<string[]> {
  const base = infrastructure().mailpitUrl;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const search = await fetch(`${base}/api/v1/search?query=${encodeURIComponent(`to:"${email}"`)}`);
    const { messages } = (await search.json()) as { messages: { ID: string }[] };
    if (messages.length >= count) {
      const texts = await Promise.all(
        messages.map(async (message) => {
          const full = await fetch(`${base}/api/v1/message/${message.ID}`);
          return ((await full.json()) as { Text: string }).Text;
        }),
      );
      return texts.map((text) => /\/invitations\/[\w-]+/.exec(text)?.[0] ?? '');
    }
    if (Date.now() > deadline) throw new Error(`fewer than ${count} e-mails to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The invitations slice in a real browser: an admin bulk-invites three contacts with different roles
 * (one line bad) from the client page; one accepts with a password; resend gives a new link and the
 * old one is refused; cancel kills a link at once.
 */
describe('client invitations in a real browser', () => {
  let platform: Platform;
  let browser: Browser;
  let owner: Person;
  let client: Client;
  const base = `http://127.0.0.1:${PORT}`;
  const people = {
    bill: `${uniqueName('bill')}@globex.test`,
    fox: `${uniqueName('fox')}@globex.test`,
    dana: `${uniqueName('dana')}@globex.test`,
  };

  beforeAll(async () => {
    platform = await Platform.start({ httpPort: PORT, webDist: builtWebApp() });
    const agency = await createTenant(platform, { name: 'Invite Agency' });
    owner = agency.owner;
    browser = await startBrowser();
    const api = new Api(platform.url).as(await passwordToken(owner.email, owner.password));
    client = (
      await api.post<Client>('/clients', {
        name: 'Globex',
        primaryContact: {
          firstName: 'Grace',
          lastName: 'Hopper',
          email: `${uniqueName('grace')}@globex.test`,
          role: 'decision-maker',
        },
      })
    ).body;
    client = (
      await api.post<Client>(`/clients/${client.id}/contacts`, {
        firstName: 'Bill',
        lastName: 'Lumbergh',
        email: people.bill,
        role: 'billing',
        expectedVersion: client.version,
      })
    ).body;
    expect((await api.post(`/clients/${client.id}/portal`, {})).status).toBe(201);
  }, 240_000);

  afterEach(() => keepScreenshots(browser, 'invitations'));

  afterAll(async () => {
    await browser.close();
    await platform.stop();
  });

  const rowOf = (page: Page, email: string) =>
    page.locator(`[data-testid="invitation-row"][data-email="${email}"]`);

  it('bulk-invites three contacts with different roles (one line bad); one accepts; resend and cancel kill the old links', async () => {
    const staffPage = await (await browser.newContext()).newPage();
    await openAs(staffPage, `${base}/app/clients/${client.id}`, owner);
    await byTestId(staffPage, 'bulk-invite-open').click();
    await byTestId(staffPage, 'bulk-invite-addresses').fill(
      [people.bill, `Fox Mulder <${people.fox}>`, `Dana Scully <${people.dana}>`, 'not-an-address'].join(
        '\n',
      ),
    );
    await byTestId(staffPage, 'bulk-invite-prepare').click();
    const lines = byTestId(staffPage, 'bulk-invite-line');
    await expectText(lines.nth(0), 'Bill Lumbergh');
    expect(await lines.nth(1).locator('[data-testid="bulk-invite-line-first"]').inputValue()).toBe('Fox');
    // Each line its role; the client's only workspace is ticked already.
    await lines.nth(0).locator('[data-testid="bulk-invite-line-role"]').selectOption('billing');
    await lines.nth(1).locator('[data-testid="bulk-invite-line-role"]').selectOption('technical');
    await lines.nth(2).locator('[data-testid="bulk-invite-line-role"]').selectOption('observer');
    expect(await lines.nth(0).locator('[data-testid="bulk-invite-line-workspace"]').isChecked()).toBe(true);
    await checkBothLayouts(staffPage, 'invitations-bulk-lines', [byTestId(staffPage, 'bulk-invite-send')]);
    await byTestId(staffPage, 'bulk-invite-send').click();

    const results = byTestId(staffPage, 'bulk-invite-result');
    await results.nth(3).waitFor();
    const outcomes: (string | null)[] = [];
    for (let index = 0; index < 4; index++)
      outcomes.push(await results.nth(index).getAttribute('data-outcome'));
    expect(outcomes).toEqual(['invited', 'invited', 'invited', 'failed']);
    expect(await results.nth(3).getAttribute('data-reason')).toBe('invalid_format');
    // The bad line stays in the form to be fixed; the list shows the three pending invitations.
    expect(await byTestId(staffPage, 'bulk-invite-line').count()).toBe(1);
    for (const email of Object.values(people)) await rowOf(staffPage, email).waitFor();
    expect(await rowOf(staffPage, people.fox).getAttribute('data-status')).toBe('pending');
    await checkBothLayouts(staffPage, 'invitations-client-card', [
      rowOf(staffPage, people.dana).locator('[data-testid="invitation-resend"]'),
    ]);

    // Fox accepts with a password and lands in his portal.
    const [foxLink] = await invitationLinks(people.fox, 1);
    const foxPage = await (await browser.newContext()).newPage();
    await foxPage.goto(`${base}${foxLink ?? ''}`);
    await expectText(byTestId(foxPage, 'invitation-title'), 'Invite Agency');
    await byTestId(foxPage, 'invitation-password').fill(PASSWORD);
    await byTestId(foxPage, 'invitation-password-confirm').fill(PASSWORD);
    await byTestId(foxPage, 'invitation-submit').click();
    await byTestId(foxPage, 'invitation-success').waitFor();
    await expect(passwordToken(people.fox, PASSWORD)).resolves.toEqual(expect.any(String));
    await staffPage.reload();
    await rowOf(staffPage, people.fox).locator('[data-testid="invitation-status"]').waitFor();
    await staffPage
      .locator(`[data-testid="invitation-row"][data-email="${people.fox}"][data-status="accepted"]`)
      .waitFor();

    // Resend Dana's invitation: a new e-mail; the first link is refused at once.
    const [danaOld] = await invitationLinks(people.dana, 1);
    await rowOf(staffPage, people.dana).locator('[data-testid="invitation-resend"]').click();
    await byTestId(staffPage, 'invitation-notice').waitFor();
    const [danaNew] = await invitationLinks(people.dana, 2);
    expect(danaNew).not.toBe(danaOld);
    const danaPage = await (await browser.newContext()).newPage();
    await danaPage.goto(`${base}${danaOld ?? ''}`);
    await byTestId(danaPage, 'invitation-not-found').waitFor();
    await danaPage.goto(`${base}${danaNew ?? ''}`);
    await byTestId(danaPage, 'invitation-form').waitFor();

    // Cancel Bill's, after a confirmation: his link now says only that it was cancelled.
    const [billLink] = await invitationLinks(people.bill, 1);
    await rowOf(staffPage, people.bill).locator('[data-testid="invitation-cancel"]').click();
    await rowOf(staffPage, people.bill).locator('[data-testid="invitation-confirm-cancel"]').click();
    await staffPage
      .locator(`[data-testid="invitation-row"][data-email="${people.bill}"][data-status="cancelled"]`)
      .waitFor();
    const billPage = await (await browser.newContext()).newPage();
    await billPage.goto(`${base}${billLink ?? ''}`);
    await byTestId(billPage, 'invitation-cancelled').waitFor();
    expect(await billPage.content()).not.toContain(people.bill);

    // The tenant's list holds them all, filtered by status.
    await staffPage.goto(`${base}/app/settings/invitations`);
    await rowOf(staffPage, people.dana).waitFor();
    await byTestId(staffPage, 'invitation-status-filter').selectOption('cancelled');
    await staffPage
      .locator(`[data-testid="invitation-row"][data-email="${people.dana}"]`)
      .waitFor({ state: 'detached' });
    await rowOf(staffPage, people.bill).waitFor();
    await checkBothLayouts(staffPage, 'invitations-settings');
  });
});

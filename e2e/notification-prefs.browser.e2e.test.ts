import type { Page } from 'playwright-core';
import { infrastructure, passwordToken, waitForMail } from '@client-portal/testing';
import { byTestId, checkLayout, DESKTOP, expectText, PHONE } from './support/browser.js';
import { Api } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { browserSuite } from './support/browser-suite.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18111;
const DAY_MS = 24 * 3_600_000;

interface MailSummary {
  ID: string;
  Subject: string;
}

async function mailsTo(address: string): Promise<MailSummary[]> {
  const query = encodeURIComponent(`to:"${address}"`);
  const response = await fetch(`${infrastructure().mailpitUrl}/api/v1/search?query=${query}`);
  return ((await response.json()) as { messages: MailSummary[] }).messages;
}

/**
 * Preferences in a real browser: the owner switches new messages to a daily digest and, when the day
 * is over (notification's injectable clock), receives ONE e-mail for three messages; the digest's
 * unsubscribe link works in the browser; an admin cannot switch SMS on without a provider; a client
 * user finds their own preferences in the portal.
 */
describe('notification preferences in a real browser', () => {
  let offsetMs = 0;
  const suite = browserSuite('notification-prefs', PORT, {
    notification: {
      environment: { DIGEST_INTERVAL_MS: '250' },
      options: { clock: () => new Date(Date.now() + offsetMs) },
    },
  });
  let owner: Person;
  let admin: Person;
  let client: Person;
  let clientApi: Api;
  let workspaceId: string;

  beforeAll(async () => {
    const agency = await createTenant(suite.platform, { name: 'Digest Agency', password: 'Owner-Pass-2026' });
    owner = agency.owner;
    admin = await addStaff(suite.platform, agency.tenantId, 'admin', 'Ada Admin');
    const api = new Api(suite.platform.url).as(await passwordToken(owner.email, owner.password));
    const clientId = (await api.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    client = await addClientUser(suite.platform, agency.tenantId, clientId, 'Grace Globex');
    clientApi = new Api(suite.platform.url).as(await passwordToken(client.email, client.password));
    const me = await clientApi.get<{ principal: { workspaceIds: string[] } }>('/me');
    const [first] = me.body.principal.workspaceIds;
    if (!first) throw new Error('the client user has no workspace');
    workspaceId = first;
  }, 240_000);

  const row = (page: Page, kind: string) =>
    page.locator(`[data-testid="preference-row"][data-kind="${kind}"]`);

  it('a staff member switches to a daily digest and receives one e-mail for three events', async () => {
    const page = await suite.signIn(owner, { landing: /\/app/ });
    await byTestId(page, 'nav-notification-preferences').click();
    await byTestId(page, 'notification-preferences').waitFor();
    // Essential kinds cannot be switched off by e-mail.
    expect(await row(page, 'login-code').getByTestId('preference-email').isDisabled()).toBe(true);
    expect(await row(page, 'new-message').getByTestId('preference-email').inputValue()).toBe('now');
    await row(page, 'new-message').getByTestId('preference-email').selectOption('daily');
    await checkLayout(page, 'notification-prefs-staff-desktop', DESKTOP, [
      byTestId(page, 'preferences-save'),
    ]);
    await checkLayout(page, 'notification-prefs-staff-phone', PHONE, [byTestId(page, 'preferences-save')]);
    await page.setViewportSize(DESKTOP);
    await byTestId(page, 'preferences-save').click();
    await byTestId(page, 'preferences-saved').waitFor();
    await page.reload();
    expect(await row(page, 'new-message').getByTestId('preference-email').inputValue()).toBe('daily');

    const before = (await mailsTo(owner.email)).length;
    for (const body of ['Morning question', 'Noon question', 'Evening question'])
      expect((await clientApi.post(`/workspaces/${workspaceId}/messages`, { body })).status).toBe(201);
    // Not before the day is over (the job runs every 250 ms meanwhile).
    await page.waitForTimeout(2_000);
    expect((await mailsTo(owner.email)).length).toBe(before);

    offsetMs = DAY_MS;
    const digest = await waitForMail(owner.email, { subject: 'Your daily digest', timeoutMs: 20_000 });
    expect(digest.Subject).toBe('Your daily digest: 3 notifications');
    for (const body of ['Morning question', 'Noon question', 'Evening question'])
      expect(digest.Text).toContain(body);
    expect((await mailsTo(owner.email)).length).toBe(before + 1);

    // The digest's one-click link, opened in the browser: a confirmation, then the digest is off.
    const headers = (await (
      await fetch(`${infrastructure().mailpitUrl}/api/v1/message/${digest.ID}/headers`)
    ).json()) as Record<string, string[]>;
    const link = /<http:\/\/127\.0\.0\.1:8080(\/api\/public\/unsubscribe\/[^>]+)>/.exec(
      headers['List-Unsubscribe']?.[0] ?? '',
    )?.[1];
    expect(link).toBeDefined();
    const unsubscribe = await (await suite.browser.newContext()).newPage();
    await unsubscribe.goto(`${suite.base}${link ?? ''}`);
    await byTestId(unsubscribe, 'unsubscribe-confirm').click();
    await expectText(byTestId(unsubscribe, 'unsubscribe-page'), 'You are unsubscribed');
    await checkLayout(unsubscribe, 'notification-prefs-unsubscribed-phone', PHONE);
    await page.reload();
    expect(await row(page, 'new-message').getByTestId('preference-email').inputValue()).toBe('off');
  });

  it('an admin cannot switch text messages on without an SMS provider', async () => {
    const page = await suite.signIn(admin, { landing: /\/app/ });
    await page.goto(`${suite.base}/app/settings/notifications/preferences`);
    await byTestId(page, 'notification-channels').waitFor();
    await byTestId(page, 'sms-unavailable').waitFor();
    await byTestId(page, 'channels-sms').check();
    await byTestId(page, 'channels-save').click();
    await byTestId(page, 'channels-sms-error').waitFor();
    await page.reload();
    expect(await byTestId(page, 'channels-sms').isChecked()).toBe(false);
  });

  it('a client user finds their own preferences in the portal', async () => {
    const page = await suite.signIn(client, { landing: /\/portal/ });
    await byTestId(page, 'portal-notification-preferences-link').click();
    await byTestId(page, 'portal-notification-preferences').waitFor();
    await row(page, 'document-shared').waitFor();
    expect(await page.locator('[data-testid="preference-row"][data-kind="quote-answered"]').count()).toBe(0);
    await row(page, 'invoice-issued').getByTestId('preference-email').selectOption('hourly');
    await byTestId(page, 'preferences-save').click();
    await byTestId(page, 'preferences-saved').waitFor();
    await checkLayout(page, 'notification-prefs-portal-phone', PHONE, [byTestId(page, 'preferences-reset')]);
    await checkLayout(page, 'notification-prefs-portal-desktop', DESKTOP);
  });
});

import net from 'node:net';
import { infrastructure, passwordToken, uniqueName, waitForMail } from '@client-portal/testing';
import { byTestId, checkBothLayouts, expectText, openAs } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { Api } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';

/** This file's gateway port: one of the realm's registered redirect URIs (18081-18115). */
const PORT = 18109;

/**
 * The mail relay notification talks to, in front of the real one (Mailpit): while "down" it answers
 * every connection as a relay under maintenance does (421, then closes); once "up" it passes the
 * conversation through to Mailpit. An outage the test switches on and off, with real SMTP on both sides.
 */
class SwitchableRelay {
  up = false;
  port = 0;
  private readonly server = net.createServer((socket) => {
    if (!this.up) {
      socket.end('421 4.3.2 Service not available, closing transmission channel\r\n');
      return;
    }
    const target = new URL(infrastructure().smtpUrl);
    const upstream = net.connect(Number(target.port), target.hostname);
    socket.pipe(upstream).pipe(socket);
    const close = () => {
      socket.destroy();
      upstream.destroy();
    };
    socket.on('error', close);
    upstream.on('error', close);
  });

  /** Listens on a free port (the system's choice) and answers it. */
  listen(): Promise<number> {
    return new Promise((resolve) =>
      this.server.listen(0, '127.0.0.1', () => {
        const address = this.server.address();
        this.port = typeof address === 'object' && address ? address.port : 0;
        resolve(this.port);
      }),
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }
}

interface Entry {
  id: string;
  recipient: string;
  status: string;
  error: string;
  attempts: number;
  channel: string;
  template: string;
}
interface EntryList {
  notifications: Entry[];
  page: { nextPageToken: string };
}
interface Problem {
  code: string;
  violations?: { field: string; code: string }[];
}

/**
 * A mail relay outage: the invitation e-mails notification sends are retried with backoff and then
 * shown failed, with the error and the attempts, on the staff's notification log; an owner retries one
 * from the screen once the relay is back and the e-mail arrives. The log's REST permission matrix too.
 */
describe('the notification log: failures visible to staff, retried on demand', () => {
  const relay = new SwitchableRelay();
  const notificationEnvironment: Record<string, string> = {
    // A short retry budget keeps the test quick; production waits 30 s doubling over six attempts.
    SEND_ATTEMPTS: '2',
    SEND_RETRY_MS: '200',
    SEND_RETRY_SCAN_MS: '200',
  };
  // Declared before the suite's, so it runs first: notification starts with the relay's port.
  beforeAll(async () => {
    notificationEnvironment.SMTP_URL = `smtp://127.0.0.1:${await relay.listen()}`;
  });
  const suite = browserSuite('delivery', PORT, { notification: { environment: notificationEnvironment } });
  let owner: Person;
  let tenantId = '';
  const callers: Record<'owner' | 'admin' | 'manager' | 'member' | 'client' | 'rival', Api> = {} as never;

  /** Invites someone to the team (an e-mail through notification); answers their address. */
  const inviteTeammate = async (): Promise<string> => {
    const email = `${uniqueName('invitee')}@agency.test`;
    const invited = await callers.owner.post('/team/invitations', { email, role: 'member' });
    expect(invited.status).toBe(201);
    return email;
  };

  /** Waits (bounded) until the log shows the address's entry with that status. */
  const entryOf = async (email: string, status: string): Promise<Entry> => {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const log = await callers.member.get<EntryList>(
        `/notifications?recipient=${encodeURIComponent(email)}`,
      );
      const entry = log.body.notifications.find((candidate) => candidate.status === status);
      if (entry) return entry;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`No ${status} notification to ${email} within the time-out`);
  };

  beforeAll(async () => {
    const agency = await createTenant(suite.platform, { name: 'Relay Works' });
    owner = agency.owner;
    tenantId = agency.tenantId;
    const api = new Api(suite.platform.url);
    callers.owner = api.as(await passwordToken(owner.email, owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(suite.platform, tenantId, role);
      callers[role] = api.as(await passwordToken(person.email, person.password));
    }
    const client = await callers.owner.post<{ id: string }>('/clients', { name: 'Globex' });
    const contact = await addClientUser(suite.platform, tenantId, client.body.id);
    callers.client = api.as(await passwordToken(contact.email, contact.password));
    const rival = await createTenant(suite.platform, { name: 'Rival Agency' });
    callers.rival = api.as(await passwordToken(rival.owner.email, rival.owner.password));
  }, 240_000);

  afterAll(() => relay.close());

  it('answers the log and "retry now" by role; bad input names the field', async () => {
    relay.up = false;
    const email = await inviteTeammate();
    const failed = await entryOf(email, 'failed');
    expect(failed).toMatchObject({ channel: 'email', template: 'team-invitation', attempts: 2 });
    expect(failed.error).toContain('421');

    // Reading the log: every staff level; a client user never.
    for (const role of ['owner', 'admin', 'manager', 'member'] as const)
      expect((await callers[role].get('/notifications?status=failed')).status).toBe(200);
    expect((await callers.client.get('/notifications')).status).toBe(403);
    const bad = await callers.member.get<Problem>('/notifications?status=lost');
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([
      expect.objectContaining({ field: 'status', code: 'invalid_value' }),
    ]);

    // Retrying: owners and admins; nobody else, and another agency does not know the id.
    for (const caller of [callers.manager, callers.member, callers.client])
      expect((await caller.post(`/notifications/${failed.id}/retry`)).status).toBe(403);
    expect((await callers.rival.post(`/notifications/${failed.id}/retry`)).status).toBe(404);
    // Refused retries changed nothing.
    expect(await entryOf(email, 'failed')).toMatchObject({ id: failed.id, attempts: 2 });

    // Still down: an admin's retry fails again, recorded, and the answer says so.
    const again = await callers.admin.post<Entry>(`/notifications/${failed.id}/retry`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: failed.id, status: 'failed', attempts: 3 });

    relay.up = true;
    const sent = await callers.admin.post<Entry>(`/notifications/${failed.id}/retry`);
    expect(sent.body).toMatchObject({ id: failed.id, status: 'sent', error: '', attempts: 4 });
    await waitForMail(email);
    // Sent is sent: nothing more to retry (409), and no second e-mail.
    expect((await callers.owner.post<Problem>(`/notifications/${failed.id}/retry`)).status).toBe(409);
  });

  it('shows a failed e-mail with its error to staff, and an owner retries it from the screen', async () => {
    relay.up = false;
    const email = await inviteTeammate();
    await entryOf(email, 'failed');

    const page = await (await suite.browser.newContext()).newPage();
    await openAs(page, `${suite.base}/app/settings/notifications`, owner);
    await byTestId(page, 'notification-log').waitFor({ timeout: 30_000 });
    const row = page.locator(`[data-testid="notification-entry"][data-recipient="${email}"]`);
    const others = page.locator('[data-testid="notification-entry"]:not([data-status="failed"])');
    // Unfiltered first: the first test's invitation, sent in the end, is listed beside the failed one.
    await row.waitFor();
    await others.first().waitFor();
    await byTestId(page, 'notification-status-filter').selectOption('failed');
    // Only the entries with that status are listed (bounded wait for the filtered page).
    await others.first().waitFor({ state: 'detached' });
    await expectText(row.locator('[data-testid="notification-status"]'), 'Failed');
    await expectText(row.locator('[data-testid="notification-attempts"]'), '2 attempts');
    await expectText(row.locator('[data-testid="notification-error"]'), '421');
    await checkBothLayouts(page, 'delivery-log', [row.locator('[data-testid="notification-retry"]')]);

    relay.up = true;
    await row.locator('[data-testid="notification-retry"]').click();
    await expectText(byTestId(page, 'notification-retry-outcome'), 'Sent');
    await expectText(row.locator('[data-testid="notification-status"]'), 'Sent');
    expect(await row.locator('[data-testid="notification-retry"]').count()).toBe(0);
    const mail = await waitForMail(email);
    expect(mail.Subject).toContain('Relay Works');

    // In French, for a member: the log without the retry action.
    relay.up = false;
    const other = await inviteTeammate();
    await entryOf(other, 'failed');
    const member = await addStaff(suite.platform, tenantId, 'member', 'Mia Member');
    const memberPage = await (await suite.browser.newContext({ locale: 'fr-FR' })).newPage();
    await openAs(memberPage, `${suite.base}/app/settings/notifications`, member);
    const memberRow = memberPage.locator(`[data-testid="notification-entry"][data-recipient="${other}"]`);
    await memberRow.waitFor({ timeout: 30_000 });
    await expectText(memberRow.locator('[data-testid="notification-status"]'), 'Échec');
    expect(await memberRow.locator('[data-testid="notification-retry"]').count()).toBe(0);
  });
});

import type { ServiceRuntime } from '@client-portal/kit';
import { infrastructure, passwordToken, waitForMail } from '@client-portal/testing';
import { Api, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

interface KindSetting {
  kind: string;
  inApp: boolean;
  email: string;
  sms: boolean;
  essential: boolean;
  customised: boolean;
}
interface Preferences {
  settings: KindSetting[];
  smsOffered: boolean;
  version: number;
}
interface Channels {
  smsAvailable: boolean;
  smsEnabled: boolean;
  version: number;
}
interface Problem {
  code: string;
  violations?: { field: string; code?: string }[];
}
interface Me {
  principal: { workspaceIds: string[] };
}
interface MailSummary {
  ID: string;
  Subject: string;
}

type Role = 'owner' | 'admin' | 'manager' | 'member' | 'client';
const DAY_MS = 24 * 3_600_000;

/** Every message Mailpit holds for one address (summaries). */
async function mailsTo(address: string): Promise<MailSummary[]> {
  const query = encodeURIComponent(`to:"${address}"`);
  const response = await fetch(`${infrastructure().mailpitUrl}/api/v1/search?query=${query}`);
  return ((await response.json()) as { messages: MailSummary[] }).messages;
}

async function headersOf(id: string): Promise<Record<string, string[]>> {
  const response = await fetch(`${infrastructure().mailpitUrl}/api/v1/message/${id}/headers`);
  return (await response.json()) as Record<string, string[]>;
}

const setting = (preferences: Preferences, kind: string) => {
  const found = preferences.settings.find((entry) => entry.kind === kind);
  if (!found) throw new Error(`no setting for ${kind}`);
  return found;
};

/**
 * Notification preferences over REST on the whole platform: defaults by role, the permission matrix,
 * refusals naming the field (and saving nothing), the tenant's SMS channel, one-click unsubscribe and
 * the daily digest (days pass through notification's injectable clock).
 */
describe('notification preferences over REST', () => {
  let platform: Platform;
  let replica: ServiceRuntime | undefined;
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  const as = {} as Record<Role, Api>;
  const people = {} as Record<Role, Person>;
  let anonymous: Api;
  let workspaceId: string;

  beforeAll(async () => {
    platform = await Platform.start({
      notification: {
        // The simulator stands for the deployment's SMS provider: tenants may switch SMS on.
        environment: {
          DIGEST_INTERVAL_MS: '250',
          SMS_API_URL: infrastructure().smsUrl,
          SMS_ACCOUNT_SID: 'AC00000000000000000000000000000000',
          SMS_AUTH_TOKEN: 'test-token',
          SMS_FROM: '+15005550006',
        },
        options: { clock },
      },
    });
    anonymous = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Prefs Agency', password: 'Owner-Pass-2026' });
    people.owner = agency.owner;
    as.owner = anonymous.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      people[role] = await addStaff(platform, agency.tenantId, role, `The ${role}`);
      as[role] = anonymous.as(await passwordToken(people[role].email, people[role].password));
    }
    const clientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    people.client = await addClientUser(platform, agency.tenantId, clientId, 'Grace Client');
    as.client = anonymous.as(await passwordToken(people.client.email, people.client.password));
    const [first] = (await as.client.get<Me>('/me')).body.principal.workspaceIds;
    if (!first) throw new Error('the client user has no workspace');
    workspaceId = first;
  }, 240_000);

  afterAll(async () => {
    await replica?.stop();
    await platform.stop();
  });

  const expectStatus = (response: ApiResponse, status: number, label: string) => {
    expect({ label, status: response.status }).toEqual({ label, status });
  };

  it('gives each role sensible defaults, and only the kinds that concern them', async () => {
    const owner = (await as.owner.get<Preferences>('/notification-preferences')).body;
    expect(setting(owner, 'quote-answered')).toMatchObject({ email: 'now', inApp: true, customised: false });
    expect(setting(owner, 'deliverable-approved').email).toBe('now');
    expect(setting(owner, 'login-code')).toMatchObject({ essential: true, email: 'now' });
    expect(owner.version).toBe(0);

    const member = (await as.member.get<Preferences>('/notification-preferences')).body;
    expect(setting(member, 'quote-answered').email).toBe('off');
    expect(setting(member, 'task-assigned').email).toBe('now');

    const client = (await as.client.get<Preferences>('/notification-preferences')).body;
    expect(setting(client, 'document-shared').email).toBe('now');
    expect(client.settings.map((entry) => entry.kind)).not.toContain('quote-answered');
    expect(client.settings.map((entry) => entry.kind)).not.toContain('order-placed');
    for (const preferences of [owner, member, client]) {
      expect(preferences.settings.every((entry) => !entry.sms)).toBe(true);
      expect(preferences.smsOffered).toBe(false);
    }
  });

  it('lets everyone change their own preferences and only admins the channels', async () => {
    expectStatus(await anonymous.get('/notification-preferences'), 401, 'anonymous');
    expectStatus(await anonymous.get('/notification-channels'), 401, 'anonymous channels');
    for (const role of ['admin', 'manager', 'member', 'client'] as const) {
      const saved = await as[role].put<Preferences>('/notification-preferences', {
        preferences: [{ kind: 'mention', inApp: true, email: 'hourly', sms: false }],
        expectedVersion: 0,
      });
      expectStatus(saved, 200, `${role} saves their own`);
      expect(setting(saved.body, 'mention')).toMatchObject({ email: 'hourly', customised: true });
      // Someone else's choice is not theirs: the owner still has the defaults.
      expect(
        setting((await as.owner.get<Preferences>('/notification-preferences')).body, 'mention').email,
      ).toBe('now');
      const reset = await as[role].post<Preferences>('/notification-preferences/reset', {
        expectedVersion: 1,
      });
      expectStatus(reset, 200, `${role} resets`);
      expect(setting(reset.body, 'mention')).toMatchObject({ customised: false });
    }
    for (const role of ['owner', 'admin', 'manager', 'member'] as const)
      expectStatus(await as[role].get('/notification-channels'), 200, `${role} reads channels`);
    expectStatus(await as.client.get('/notification-channels'), 403, 'client reads channels');
    for (const role of ['manager', 'member', 'client'] as const)
      expectStatus(
        await as[role].put('/notification-channels', { smsEnabled: true, expectedVersion: 0 }),
        403,
        `${role} changes channels`,
      );
    expect((await as.owner.get<Channels>('/notification-channels')).body).toEqual({
      smsAvailable: true,
      smsEnabled: false,
      version: 0,
    });
  });

  it('refuses bad choices naming the field, and saves nothing', async () => {
    const before = (await as.member.get<Preferences>('/notification-preferences')).body;
    const refusals: [unknown[], string, string][] = [
      [
        [{ kind: 'no-such-kind', inApp: true, email: 'now', sms: false }],
        'preferences[0].kind',
        'invalid_value',
      ],
      [[{ kind: 'login-code', inApp: true, email: 'off', sms: false }], 'preferences[0].email', 'essential'],
      [
        [{ kind: 'mention', inApp: true, email: 'weekly', sms: false }],
        'preferences[0].email',
        'invalid_value',
      ],
      // The tenant has not switched SMS on: asking for it is refused.
      [
        [{ kind: 'mention', inApp: true, email: 'now', sms: true }],
        'preferences[0].sms',
        'channel_unavailable',
      ],
    ];
    for (const [preferences, field, code] of refusals) {
      const refused = await as.member.put<Problem>('/notification-preferences', {
        preferences: [
          { kind: 'task-due', inApp: false, email: 'daily', sms: false },
          ...preferences,
        ].reverse(),
        expectedVersion: before.version,
      });
      expectStatus(refused, 400, field);
      expect(refused.body.violations).toContainEqual(expect.objectContaining({ field, code }));
    }
    const clientRefused = await as.client.put<Problem>('/notification-preferences', {
      preferences: [{ kind: 'quote-answered', inApp: true, email: 'now', sms: false }],
      expectedVersion: 0,
    });
    expectStatus(clientRefused, 400, 'a staff kind for a client user');
    const stale = await as.member.put<Problem>('/notification-preferences', {
      preferences: [{ kind: 'mention', inApp: true, email: 'daily', sms: false }],
      expectedVersion: before.version + 5,
    });
    expectStatus(stale, 409, 'changed meanwhile');
    expect((await as.member.get<Preferences>('/notification-preferences')).body).toEqual(before);
  });

  it('offers SMS once an admin switches it on, and takes SMS choices then', async () => {
    const on = await as.admin.put<Channels>('/notification-channels', {
      smsEnabled: true,
      expectedVersion: 0,
    });
    expectStatus(on, 200, 'admin switches SMS on');
    expect(on.body).toMatchObject({ smsEnabled: true, version: 1 });
    const stale = await as.owner.put('/notification-channels', { smsEnabled: false, expectedVersion: 0 });
    expectStatus(stale, 409, 'stale channels');
    const current = (await as.manager.get<Preferences>('/notification-preferences')).body;
    expect(current.smsOffered).toBe(true);
    const saved = await as.manager.put<Preferences>('/notification-preferences', {
      preferences: [{ kind: 'task-due', inApp: true, email: 'now', sms: true }],
      expectedVersion: current.version,
    });
    expectStatus(saved, 200, 'SMS choice');
    expect(setting(saved.body, 'task-due').sms).toBe(true);
    const off = await as.owner.put<Channels>('/notification-channels', {
      smsEnabled: false,
      expectedVersion: 1,
    });
    expectStatus(off, 200, 'owner switches SMS off');
    // The choice is kept but not offered while the tenant has SMS off.
    const after = (await as.manager.get<Preferences>('/notification-preferences')).body;
    expect(after.smsOffered).toBe(false);
    expect(setting(after, 'task-due').sms).toBe(false);
  });

  it('stops a kind of e-mail with the one-click unsubscribe link the e-mail carries', async () => {
    await as.client.post(`/workspaces/${workspaceId}/messages`, { body: 'First question' });
    const mail = await waitForMail(people.owner.email, { subject: 'New message' });
    const headers = await headersOf(mail.ID);
    expect(headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click']);
    const listUnsubscribe = headers['List-Unsubscribe']?.[0] ?? '';
    expect(listUnsubscribe).toMatch(
      /^<http:\/\/127\.0\.0\.1:8080\/api\/public\/unsubscribe\/[^>]+>, <mailto:[^>]+>$/,
    );
    const path = /\/api(\/public\/unsubscribe\/[^>]+)>/.exec(listUnsubscribe)?.[1] ?? '';
    expect(path).not.toBe('');

    // Opening the link shows a confirmation and changes nothing (link checkers open links).
    const page = await anonymous.get<Buffer>(path);
    expectStatus(page, 200, 'confirmation page');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body.toString()).toContain('data-testid="unsubscribe-confirm"');
    expect(
      setting((await as.owner.get<Preferences>('/notification-preferences')).body, 'new-message').email,
    ).toBe('now');

    // A forged link: a page saying so, nothing changed.
    const forged = await anonymous.get<Buffer>(`${path.slice(0, -4)}AAAA`);
    expect(forged.body.toString()).toContain('not valid');

    // The mail provider's one-click POST (RFC 8058), twice: the second finds it off already.
    for (let round = 0; round < 2; round += 1) {
      const response = await fetch(`${platform.url}/api${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(response.status).toBe(200);
    }
    const after = (await as.owner.get<Preferences>('/notification-preferences')).body;
    expect(setting(after, 'new-message')).toMatchObject({ email: 'off', inApp: true, customised: true });
    // Other kinds keep theirs.
    expect(setting(after, 'quote-answered').email).toBe('now');
  });

  it('sends ONE daily digest e-mail listing the three events of the day, with two replicas running the job', async () => {
    replica = await platform.startNotificationReplica();
    const current = (await as.owner.get<Preferences>('/notification-preferences')).body;
    const saved = await as.owner.put<Preferences>('/notification-preferences', {
      preferences: [{ kind: 'new-message', inApp: true, email: 'daily', sms: false }],
      expectedVersion: current.version,
    });
    expectStatus(saved, 200, 'owner chooses the daily digest');
    const before = (await mailsTo(people.owner.email)).length;
    for (const body of ['Digest one', 'Digest two', 'Digest three'])
      expectStatus(await as.client.post(`/workspaces/${workspaceId}/messages`, { body }), 201, body);
    // The day is not over: nothing is sent (the job runs every 250 ms meanwhile).
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await mailsTo(people.owner.email)).length).toBe(before);

    offsetMs = DAY_MS;
    const digest = await waitForMail(people.owner.email, { subject: 'Your daily digest', timeoutMs: 20_000 });
    expect(digest.Subject).toBe('Your daily digest: 3 notifications');
    for (const body of ['Digest one', 'Digest two', 'Digest three']) expect(digest.Text).toContain(body);
    expect(digest.Text).toContain('/app/settings/notifications/preferences');
    const headers = await headersOf(digest.ID);
    expect(headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click']);
    // One digest, however often the job runs afterwards.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const digests = (await mailsTo(people.owner.email)).filter((mail) =>
      mail.Subject.startsWith('Your daily digest'),
    );
    expect(digests).toHaveLength(1);
    expect((await mailsTo(people.owner.email)).length).toBe(before + 1);

    // A message after the digest went (of a day whose digest is sent): it joins the next day's digest,
    // which holds only it.
    expectStatus(
      await as.client.post(`/workspaces/${workspaceId}/messages`, { body: 'Digest four' }),
      201,
      'four',
    );
    offsetMs = 2 * DAY_MS;
    const next = await waitForMail(people.owner.email, {
      subject: 'Your daily digest: 1 notification',
      timeoutMs: 20_000,
    });
    expect(next.Text).toContain('Digest four');
    expect(next.Text).not.toContain('Digest one');
  });
});

import { randomUUID } from 'node:crypto';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@client-portal/gateway';
import {
  clientCredentialsToken,
  infrastructure,
  passwordToken,
  realmUsersByEmail,
  serviceTestEnvironment,
  setRealmUserEnabled,
  uniqueName,
  waitForMail,
} from '@client-portal/testing';
import { ExternalUserRepository } from '../services/identity/src/store/external-user.repository.js';
import { Api } from './support/http.js';
import { actionLinkOf, KeycloakBrowserless } from './support/keycloak-actions.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform, SERVICE_NAMES } from './support/platform.js';

interface PortalAccessUser {
  id: string;
  email: string;
  status: string;
  workspaceIds: string[];
  revokedReason: string;
  staffId: string;
}
interface AccessLogEntry {
  externalUserId: string;
  action: string;
  workspaceId: string;
  actorName: string;
  reason: string;
  at: string;
}
interface Problem {
  code: string;
  reason?: string;
  violations?: { field: string; code: string }[];
}
interface Me {
  principal: { kind: string; userId: string; workspaceIds: string[]; staffRole?: string };
}

/** An open GET /api/events: the frames it got, and when it ended (the server closed it). */
class LiveStream {
  readonly frames: { event: string; data: string }[] = [];
  endedAt: number | undefined;
  status = 0;
  private readonly controller = new AbortController();
  private constructor() {}

  static async open(baseUrl: string, token: string): Promise<LiveStream> {
    const stream = new LiveStream();
    const response = await fetch(`${baseUrl}/api/events`, {
      headers: { authorization: `Bearer ${token}` },
      signal: stream.controller.signal,
    });
    stream.status = response.status;
    if (response.body) void stream.read(response.body);
    else stream.endedAt = Date.now();
    return stream;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let boundary = buffer.indexOf('\n\n');
        while (boundary >= 0) {
          const frame = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event && data !== undefined) this.frames.push({ event, data });
          boundary = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted by the test
    }
    this.endedAt = Date.now();
  }

  async ended(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.endedAt === undefined && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    if (this.endedAt === undefined) throw new Error(`the live stream stayed open for ${timeoutMs} ms`);
    return this.endedAt;
  }

  close(): void {
    this.controller.abort();
  }
}

/** How many sessions Keycloak holds for a user (the identity service account asks). */
async function keycloakSessions(email: string): Promise<number> {
  const bearer = await clientCredentialsToken();
  const base = `${infrastructure().keycloakUrl}/admin/realms/client-portal`;
  const users = (await (
    await fetch(`${base}/users?email=${encodeURIComponent(email)}&exact=true`, {
      headers: { authorization: `Bearer ${bearer}` },
    })
  ).json()) as { id: string }[];
  const sessions = (await (
    await fetch(`${base}/users/${users[0]?.id ?? ''}/sessions`, {
      headers: { authorization: `Bearer ${bearer}` },
    })
  ).json()) as unknown[];
  return sessions.length;
}

/**
 * Revocation slice (issue 11) through the REST API on the real services: taking a workspace or the
 * whole portal away takes effect at once on every gateway replica (principal cache, live streams, old
 * tokens), is logged per client, can be undone; a client user becomes staff with the same login;
 * staff send Keycloak's own password reset e-mail, whose link works once.
 */
describe('revoking access, conversion to staff and password resets through the REST API', () => {
  let platform: Platform;
  let replica: RunningGateway;
  let api: Api;
  const as = {} as Record<'owner' | 'admin' | 'manager' | 'member' | 'dana' | 'eve' | 'rival', Api>;
  const people = {} as Record<'dana' | 'eve' | 'rival', Person>;
  let clientId: string;
  let first: string;
  let second: string;

  const users = async () =>
    (await as.owner.get<{ users: PortalAccessUser[] }>(`/clients/${clientId}/portal-access`)).body.users;
  const log = async () =>
    (await as.member.get<{ entries: AccessLogEntry[] }>(`/clients/${clientId}/access-log`)).body.entries;

  beforeAll(async () => {
    platform = await Platform.start();
    api = new Api(platform.url);
    // A second gateway replica, as a second pod would be: its own consumer group, the same services.
    replica = await startGateway(
      loadGatewayConfig({
        ...serviceTestEnvironment('gateway', platform.namespace),
        HTTP_PORT: '0',
        KAFKA_CONSUMER_GROUP: `${platform.namespace}.gateway-replica`,
        ...Object.fromEntries(
          SERVICE_NAMES.map((name) => [
            `${name.toUpperCase()}_GRPC_ADDRESS`,
            `127.0.0.1:${platform.runtimes.get(name)?.grpcPort ?? 0}`,
          ]),
        ),
      }),
    );
    const agency = await createTenant(platform, { name: 'Revocation Agency' });
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, agency.tenantId, role);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    clientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    const rivalClient = (await as.owner.post<{ id: string }>('/clients', { name: 'Hooli' })).body.id;
    people.eve = await addClientUser(platform, agency.tenantId, clientId, 'Eve Globex');
    first = (await users())[0]?.workspaceIds[0] ?? '';
    second = (await as.manager.post<{ id: string }>(`/clients/${clientId}/workspaces`, { name: 'Relaunch' }))
      .body.id;
    people.dana = await addClientUser(platform, agency.tenantId, clientId, 'Dana Globex', {
      workspaceIds: [first, second],
    });
    people.rival = await addClientUser(platform, agency.tenantId, rivalClient, 'Gavin Hooli');
    for (const name of ['dana', 'eve', 'rival'] as const)
      as[name] = api.as(await passwordToken(people[name].email, people[name].password));
  }, 240_000);

  afterAll(async () => {
    await replica.stop();
    await platform.stop();
  });

  it("lists a client's portal users and log to staff only; client users get 404", async () => {
    for (const staff of [as.owner, as.admin, as.manager, as.member]) {
      const listed = await staff.get<{ users: PortalAccessUser[] }>(`/clients/${clientId}/portal-access`);
      expect(listed.status).toBe(200);
      expect(listed.body.users.map((user) => [user.email, user.status]).sort()).toEqual(
        [
          [people.dana.email, 'active'],
          [people.eve.email, 'active'],
        ].sort(),
      );
      expect((await staff.get(`/clients/${clientId}/access-log`)).status).toBe(200);
    }
    // A client user of this client (with every right), and one of another client: nothing exists.
    for (const client of [as.dana, as.rival]) {
      expect((await client.get(`/clients/${clientId}/portal-access`)).status).toBe(404);
      expect((await client.get(`/clients/${clientId}/access-log`)).status).toBe(404);
      expect((await client.post(`/portal-access/${people.eve.userId}/revoke`, {})).status).toBe(404);
      expect((await client.post(`/portal-access/${people.eve.userId}/restore`, {})).status).toBe(404);
      expect((await client.post(`/portal-access/${people.eve.userId}/password-reset`, {})).status).toBe(404);
      expect(
        (await client.post(`/portal-access/${people.eve.userId}/convert-to-staff`, { role: 'member' }))
          .status,
      ).toBe(404);
    }
    // A member may look but not act; another tenant's or an unknown user is not found.
    expect((await as.member.post(`/portal-access/${people.eve.userId}/revoke`, {})).status).toBe(403);
    expect((await as.member.post(`/portal-access/${people.eve.userId}/password-reset`, {})).status).toBe(403);
    expect((await as.manager.post(`/portal-access/${randomUUID()}/revoke`, {})).status).toBe(404);
    expect((await as.member.get('/clients/%20/portal-access')).status).toBe(400);
  });

  it('removing a member from a workspace applies at once on every replica and closes their live stream', async () => {
    const onReplica = new Api(replica.url).as(await passwordToken(people.dana.email, people.dana.password));
    // The replica caches Dana's principal (with both workspaces) before the removal.
    expect((await onReplica.get<Me>('/me')).body.principal.workspaceIds.sort()).toEqual(
      [first, second].sort(),
    );
    const stream = await LiveStream.open(
      replica.url,
      await passwordToken(people.dana.email, people.dana.password),
    );
    expect(stream.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(
      (await as.manager.request('DELETE', `/workspaces/${second}/members/${people.dana.userId}`)).status,
    ).toBe(200);
    await stream.ended(5_000);
    expect(stream.frames).toContainEqual({
      event: 'access.revoked',
      data: JSON.stringify({ scope: 'workspace', workspaceId: second }),
    });
    // The replica forgot the cached principal: Dana's next call already lacks the workspace.
    expect((await onReplica.get<Me>('/me')).body.principal.workspaceIds).toEqual([first]);
    expect((await onReplica.get(`/workspaces/${second}`)).status).toBe(404);

    const entries = await log();
    expect(entries[0]).toMatchObject({
      externalUserId: people.dana.userId,
      action: 'workspace_removed',
      workspaceId: second,
      actorName: expect.any(String) as string,
    });
  });

  it('revoking the portal ends sessions, closes streams and refuses the old token everywhere; restoring gives it back', async () => {
    const danaToken = await passwordToken(people.dana.email, people.dana.password);
    const onReplica = new Api(replica.url).as(danaToken);
    expect((await onReplica.get('/me')).status).toBe(200);
    expect(await keycloakSessions(people.dana.email)).toBeGreaterThan(0);
    const streams = [
      await LiveStream.open(platform.url, danaToken),
      await LiveStream.open(replica.url, danaToken),
    ];
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Bad input is refused, naming the field, and changes nothing.
    const tooLong = await as.manager.post<Problem>(`/portal-access/${people.dana.userId}/revoke`, {
      reason: 'x'.repeat(501),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.violations).toEqual([expect.objectContaining({ field: 'reason', code: 'too_long' })]);
    expect((await onReplica.get('/me')).status).toBe(200);

    const revoked = await as.manager.post<PortalAccessUser>(`/portal-access/${people.dana.userId}/revoke`, {
      reason: 'Contract ended',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedReason: 'Contract ended' });
    for (const stream of streams) {
      await stream.ended(5_000);
      expect(stream.frames).toContainEqual({
        event: 'access.revoked',
        data: JSON.stringify({ scope: 'portal', workspaceId: '' }),
      });
    }
    // The old token: 401 on both replicas, on REST and on the live stream.
    for (const url of [platform.url, replica.url]) {
      const old = new Api(url).as(danaToken);
      expect((await old.get('/me')).status).toBe(401);
      expect((await old.get(`/workspaces/${first}`)).status).toBe(401);
      expect((await LiveStream.open(url, danaToken)).status).toBe(401);
    }
    expect(await keycloakSessions(people.dana.email)).toBe(0);
    await expect(passwordToken(people.dana.email, people.dana.password)).rejects.toThrow();
    const again = await as.manager.post<Problem>(`/portal-access/${people.dana.userId}/revoke`, {});
    expect(again.status).toBe(409);
    // Staff cannot send a reset to someone without access.
    const noReset = await as.manager.post<Problem>(`/portal-access/${people.dana.userId}/password-reset`, {});
    expect(noReset.status).toBe(409);
    expect(noReset.body.reason).toBe('access.revoked');

    const restored = await as.manager.post<PortalAccessUser>(
      `/portal-access/${people.dana.userId}/restore`,
      {},
    );
    expect(restored.body).toMatchObject({ status: 'active', workspaceIds: [first], revokedReason: '' });
    const back = new Api(replica.url).as(await passwordToken(people.dana.email, people.dana.password));
    expect((await back.get<Me>('/me')).body.principal.workspaceIds).toEqual([first]);
    expect((await as.manager.post(`/portal-access/${people.dana.userId}/restore`, {})).status).toBe(409);

    const actions = (await log()).map((entry) => [entry.action, entry.reason]);
    expect(actions.slice(0, 3)).toEqual([
      ['portal_restored', ''],
      ['portal_revoked', 'Contract ended'],
      ['workspace_removed', ''],
    ]);
  });

  it('converts a client user into a staff member with the same login, once, chosen by an admin', async () => {
    expect(
      (await as.manager.post(`/portal-access/${people.eve.userId}/convert-to-staff`, { role: 'member' }))
        .status,
    ).toBe(403);
    const badRole = await as.admin.post<Problem>(`/portal-access/${people.eve.userId}/convert-to-staff`, {
      role: 'boss',
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.violations).toEqual([
      expect.objectContaining({ field: 'role', code: 'invalid_value' }),
    ]);
    const owner = await as.admin.post<Problem>(`/portal-access/${people.eve.userId}/convert-to-staff`, {
      role: 'owner',
    });
    expect(owner.status).toBe(403);
    expect(owner.body.reason).toBe('team.owner_only');
    expect((await users()).find((user) => user.id === people.eve.userId)?.status).toBe('active');

    const eveToken = await passwordToken(people.eve.email, people.eve.password);
    const stream = await LiveStream.open(platform.url, eveToken);
    const converted = await as.admin.post<{ staffId: string; role: string }>(
      `/portal-access/${people.eve.userId}/convert-to-staff`,
      { role: 'manager' },
    );
    expect(converted.status).toBe(201);
    expect(converted.body.role).toBe('manager');
    await stream.ended(5_000);
    expect(stream.frames).toContainEqual({
      event: 'access.revoked',
      data: JSON.stringify({ scope: 'converted', workspaceId: '' }),
    });
    // The same login, freshly signed in: the staff app's principal.
    const asStaff = api.as(await passwordToken(people.eve.email, people.eve.password));
    const me = await asStaff.get<Me>('/me');
    expect(me.body.principal).toMatchObject({
      kind: 'staff',
      staffRole: 'manager',
      userId: converted.body.staffId,
    });
    expect(
      (await as.owner.get<{ members: { email: string; status: string }[] }>('/team')).body.members,
    ).toContainEqual(expect.objectContaining({ email: people.eve.email, status: 'active' }));
    // History kept: the client still lists her, converted, pointing at the staff member.
    expect((await users()).find((user) => user.id === people.eve.userId)).toMatchObject({
      status: 'converted',
      staffId: converted.body.staffId,
    });
    expect((await log())[0]).toMatchObject({ action: 'converted_to_staff', reason: 'manager' });
    const twice = await as.admin.post<Problem>(`/portal-access/${people.eve.userId}/convert-to-staff`, {
      role: 'member',
    });
    expect(twice.status).toBe(409);

    // An address that is already staff is refused (someone left as both by an old import).
    const staffEmail = (await as.manager.get<Me & { email: string }>('/me')).body.email;
    const twin = randomUUID();
    const identity = platform.runtimes.get('identity');
    if (!identity) throw new Error('identity is not running');
    const now = new Date();
    await new ExternalUserRepository(identity.connection).insert({
      id: twin,
      tenantId: (await as.owner.get<{ principal: { tenantId: string } }>('/me')).body.principal.tenantId,
      keycloakId: `twin-${uniqueName('kc')}`,
      email: staffEmail,
      displayName: 'Twin',
      clientId,
      contactId: '',
      role: 'observer',
      workspaceIds: [first],
      workspaceAccess: [],
      status: 'active',
      activatedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    const already = await as.admin.post<Problem>(`/portal-access/${twin}/convert-to-staff`, {
      role: 'member',
    });
    expect(already.status).toBe(409);
    expect(already.body.reason).toBe('team.already_member');
  });

  it("sends Keycloak's own password reset e-mail whose link works once", async () => {
    const sent = await as.manager.post(`/portal-access/${people.dana.userId}/password-reset`, {});
    expect(sent.status).toBe(200);
    const mail = await waitForMail(people.dana.email, { timeoutMs: 30_000 });
    const link = actionLinkOf(mail.Text);
    const newPassword = 'Reset-Chosen-2026';
    const done = await new KeycloakBrowserless().updatePassword(link, newPassword);
    expect(done.html).toContain('Your account has been updated');
    expect((await api.as(await passwordToken(people.dana.email, newPassword)).get('/me')).status).toBe(200);
    await expect(passwordToken(people.dana.email, people.dana.password)).rejects.toThrow();

    // The same link again, in a fresh browser: Keycloak refuses it and the password stays.
    const reused = await new KeycloakBrowserless().updatePassword(link, 'Someone-Else-2026');
    expect(reused.status).toBe(400);
    expect(reused.html).toContain('Action expired');
    await expect(passwordToken(people.dana.email, 'Someone-Else-2026')).rejects.toThrow();
    expect((await log())[0]).toMatchObject({
      action: 'password_reset_sent',
      externalUserId: people.dana.userId,
    });
  });

  it('answers 409 when Keycloak holds the login disabled (a lockout after failed sign-ins), never a 500', async () => {
    const [login] = await realmUsersByEmail(people.dana.email);
    if (!login) throw new Error('Dana has no Keycloak login');
    await setRealmUserEnabled(login.id, false);
    try {
      const refused = await as.manager.post<Problem>(
        `/portal-access/${people.dana.userId}/password-reset`,
        {},
      );
      expect(refused.status).toBe(409);
      expect(refused.body.reason).toBe('access.email_refused');
    } finally {
      await setRealmUserEnabled(login.id, true);
    }
  });
});

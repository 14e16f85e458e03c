import { clientCredentialsToken, infrastructure, passwordToken, uniqueName } from '@client-portal/testing';
import { Api } from './support/http.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface JoinLink {
  id: string;
  scope: string;
  clientId: string;
  workspaceId: string;
  workspaceName: string;
  role: string;
  createContact: boolean;
  status: string;
  token: string;
  resetAt: string;
  joinCount: number;
}
interface Join {
  email: string;
  displayName: string;
  status: string;
  clientId: string;
  workspaceId: string;
  ipAddress: string;
}
interface Problem {
  code: string;
  reason?: string;
  detail: string;
  violations?: { field: string; code?: string }[];
}
interface Client {
  id: string;
  name: string;
  version: number;
  contacts: { id: string; email: string; role: string }[];
}
interface Me {
  principal: {
    kind: string;
    clientId?: string;
    workspaceIds: string[];
    workspaceAccess?: { rights: string[] }[];
  };
}

const PASSWORD = 'Join-Link-2026';
const LIMIT_PER_ADDRESS = 3;
const LIMIT_PER_LINK = 4;

/** Keycloak's admin API through identity's service account (what the realm user looks like). */
async function realmUser(
  email: string,
): Promise<{ id: string; requiredActions: string[]; emailVerified: boolean }> {
  const token = await clientCredentialsToken();
  const response = await fetch(
    `${infrastructure().keycloakUrl}/admin/realms/client-portal/users?email=${encodeURIComponent(email)}&exact=true`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  const [user] = (await response.json()) as {
    id: string;
    requiredActions?: string[];
    emailVerified?: boolean;
  }[];
  if (!user) throw new Error(`no realm user ${email}`);
  return {
    id: user.id,
    requiredActions: user.requiredActions ?? [],
    emailVerified: user.emailVerified ?? false,
  };
}

/** What following Keycloak's verification e-mail does (the browser test follows the real e-mail). */
async function markVerified(id: string): Promise<void> {
  const token = await clientCredentialsToken();
  const url = `${infrastructure().keycloakUrl}/admin/realms/client-portal/users/${id}`;
  const current = (await (
    await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as object;
  const response = await fetch(url, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...current, emailVerified: true, requiredActions: [] }),
  });
  expect(response.status).toBe(204);
}

let addressCounter = 10;
/** Each join comes from its own network address unless a test says otherwise (the gateway trusts loopback proxies). */
const fromAddress = (api: Api, address = `198.51.100.${addressCounter++}`): Api =>
  api.withHeaders({ 'x-forwarded-for': address });

/**
 * Shareable invitation links (issue 11, join-links) through the REST API on the real services: who may
 * manage them, the public page and join, the CRM records a join makes, reset and disable, the limits.
 */
describe('shareable invitation links through the REST API', () => {
  let platform: Platform;
  let api: Api;
  const as = {} as Record<'owner' | 'admin' | 'manager' | 'member' | 'client', Api>;
  let globex: Client;
  let workspaceId: string;

  const join = (token: string, body: Record<string, string>, caller = fromAddress(api)) =>
    caller.post<{ email: string } & Problem>(`/public/join/${token}`, body);
  const person = (name: string) => ({
    displayName: `${name} Joiner`,
    email: `${uniqueName(name)}@joiners.test`,
    password: PASSWORD,
  });

  beforeAll(async () => {
    platform = await Platform.start({
      identity: {
        environment: {
          JOIN_LIMIT_PER_ADDRESS: String(LIMIT_PER_ADDRESS),
          JOIN_LIMIT_PER_LINK: String(LIMIT_PER_LINK),
        },
      },
    });
    api = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Join Agency' });
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const staff = await addStaff(platform, agency.tenantId, role);
      as[role] = api.as(await passwordToken(staff.email, staff.password));
    }
    globex = (
      await as.owner.post<Client>('/clients', {
        name: 'Globex',
        primaryContact: {
          firstName: 'Grace',
          lastName: 'Hopper',
          email: `${uniqueName('grace')}@globex.test`,
          role: 'decision-maker',
        },
      })
    ).body;
    const workspace = await as.owner.post<{ id: string }>(`/clients/${globex.id}/workspaces`, {
      name: 'Globex launch',
    });
    expect(workspace.status).toBe(201);
    workspaceId = workspace.body.id;
    const client = await addClientUser(platform, agency.tenantId, globex.id, 'Dana Client', {
      workspaceIds: [workspaceId],
    });
    as.client = api.as(await passwordToken(client.email, client.password));
  }, 180_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('lets managers open workspace links, admins tenant links, and nobody else; bad input is named and stores nothing', async () => {
    // A workspace link: managers and up.
    const made = await as.manager.post<JoinLink>('/join-links', {
      scope: 'workspace',
      workspaceId,
      role: 'technical',
      createContact: true,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      scope: 'workspace',
      clientId: globex.id,
      workspaceId,
      workspaceName: 'Globex launch',
      role: 'technical',
      createContact: true,
      status: 'active',
      joinCount: 0,
    });
    expect(made.body.token.length).toBeGreaterThanOrEqual(32);

    // A tenant link makes a client at every join: admins only.
    expect((await as.manager.post<Problem>('/join-links', { scope: 'tenant' })).status).toBe(403);
    expect((await as.admin.post<JoinLink>('/join-links', { scope: 'tenant' })).status).toBe(201);
    // Members, client users and strangers manage no links.
    expect((await as.member.get('/join-links')).status).toBe(403);
    expect((await as.member.post('/join-links', { scope: 'workspace', workspaceId })).status).toBe(403);
    expect((await as.client.get('/join-links')).status).toBe(403);
    expect((await as.client.post(`/join-links/${made.body.id}/reset`)).status).toBe(403);
    expect((await api.get('/join-links')).status).toBe(401);
    expect((await as.member.post(`/join-links/${made.body.id}/reset`)).status).toBe(403);
    expect((await as.member.get(`/join-links/${made.body.id}/joins`)).status).toBe(403);
    // A manager cannot reset or switch off an admin's tenant link.
    const tenantLinks = (await as.owner.get<{ links: JoinLink[] }>('/join-links')).body.links.filter(
      (link) => link.scope === 'tenant',
    );
    expect((await as.manager.post(`/join-links/${tenantLinks[0]?.id}/reset`)).status).toBe(403);

    const before = (await as.owner.get<{ links: JoinLink[] }>('/join-links')).body.links.length;
    const noWorkspace = await as.owner.post<Problem>('/join-links', { scope: 'workspace' });
    expect(noWorkspace.status).toBe(400);
    expect(noWorkspace.body.violations).toEqual([
      expect.objectContaining({ field: 'workspaceId', code: 'required' }),
    ]);
    const badRole = await as.owner.post<Problem>('/join-links', {
      scope: 'workspace',
      workspaceId,
      role: 'boss',
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.violations).toEqual([
      expect.objectContaining({ field: 'role', code: 'invalid_value' }),
    ]);
    expect((await as.owner.post<Problem>('/join-links', { scope: 'planet' })).status).toBe(400);
    expect((await as.owner.post('/join-links', { scope: 'workspace', workspaceId: 'nope' })).status).toBe(
      404,
    );
    expect((await as.owner.get<{ links: JoinLink[] }>('/join-links')).body.links).toHaveLength(before);
    expect(
      (await as.owner.get<{ links: JoinLink[] }>(`/join-links?workspaceId=${workspaceId}`)).body.links.map(
        (link) => link.id,
      ),
    ).toEqual([made.body.id]);
  });

  it('joins a workspace through its link as a new contact, whose address is verified at the first sign-in', async () => {
    const link = (
      await as.manager.post<JoinLink>('/join-links', {
        scope: 'workspace',
        workspaceId,
        role: 'observer',
        createContact: true,
      })
    ).body;
    // The public page tells the organisation and the workspace, nothing of the client.
    const preview = await api.get(`/public/join/${link.token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({
      tenantName: 'Join Agency',
      tenantSlug: expect.any(String) as unknown,
      scope: 'workspace',
      workspaceName: 'Globex launch',
      status: 'active',
    });

    // The form names every bad field.
    const empty = await join(link.token, { displayName: ' ', email: 'nope', password: 'short' });
    expect(empty.status).toBe(400);
    expect(empty.body.violations?.map((violation) => [violation.field, violation.code])).toEqual([
      ['displayName', 'required'],
      ['email', 'invalid_format'],
      ['password', 'too_short'],
    ]);

    const newcomer = person('olga');
    const joined = await join(link.token, newcomer);
    expect(joined.status).toBe(201);
    expect(joined.body).toEqual({ email: newcomer.email });

    // A CRM contact of the client with the link's role, listed as a join, counted on the link.
    const client = (await as.owner.get<Client>(`/clients/${globex.id}`)).body;
    expect(client.contacts).toContainEqual(
      expect.objectContaining({ email: newcomer.email, role: 'observer' }),
    );
    const joins = (await as.manager.get<{ joins: Join[] }>(`/join-links/${link.id}/joins`)).body.joins;
    expect(joins).toEqual([
      expect.objectContaining({
        email: newcomer.email,
        displayName: 'olga Joiner',
        status: 'joined',
        clientId: globex.id,
        workspaceId,
        ipAddress: expect.stringMatching(/^198\.51\.100\./) as unknown,
      }),
    ]);
    const listed = (await as.manager.get<{ links: JoinLink[] }>(`/join-links?workspaceId=${workspaceId}`))
      .body.links;
    expect(listed.find((candidate) => candidate.id === link.id)?.joinCount).toBe(1);

    // Nobody proved the address yet: Keycloak asks for it before the first token.
    const login = await realmUser(newcomer.email);
    expect(login.requiredActions).toEqual(['VERIFY_EMAIL']);
    expect(login.emailVerified).toBe(false);
    await expect(passwordToken(newcomer.email, PASSWORD)).rejects.toThrow(/not fully set up|invalid_grant/);
    await markVerified(login.id);
    const me = await api.as(await passwordToken(newcomer.email, PASSWORD)).get<Me>('/me');
    expect(me.body.principal).toMatchObject({
      kind: 'client',
      clientId: globex.id,
      workspaceIds: [workspaceId],
    });
    expect(me.body.principal.workspaceAccess?.[0]?.rights).toEqual(['view']);
  });

  it('answers one way for any address already known, here or in another organisation', async () => {
    const link = (await as.manager.post<JoinLink>('/join-links', { scope: 'workspace', workspaceId })).body;
    const other = await createTenant(platform, { name: 'Other Agency' });
    const staffHere = await addStaff(
      platform,
      (await as.owner.get<{ principal: { tenantId: string } }>('/me')).body.principal.tenantId,
      'member',
    );
    const answers: Problem[] = [];
    for (const email of [other.owner.email, staffHere.email]) {
      const refused = await join(link.token, { displayName: 'Somebody', email, password: PASSWORD });
      expect(refused.status).toBe(409);
      answers.push(refused.body);
    }
    expect(answers[0]?.reason).toBe('join.address_unavailable');
    expect(answers[0]?.detail).toBe(answers[1]?.detail);
    // Nothing was recorded for the refused attempts.
    expect((await as.manager.get<{ joins: Join[] }>(`/join-links/${link.id}/joins`)).body.joins).toEqual([]);
  });

  it('makes each joiner of a tenant link a new client with a workspace of their own', async () => {
    const link = (await as.owner.post<JoinLink>('/join-links', { scope: 'tenant', role: 'decision-maker' }))
      .body;
    const preview = await api.get<{ workspaceName: string; scope: string }>(`/public/join/${link.token}`);
    expect(preview.body).toMatchObject({ scope: 'tenant', workspaceName: '' });
    const newcomer = person('ivan');
    expect((await join(link.token, newcomer)).status).toBe(201);
    const [done] = (await as.owner.get<{ joins: Join[] }>(`/join-links/${link.id}/joins`)).body.joins;
    expect(done).toMatchObject({ status: 'joined', displayName: 'ivan Joiner' });
    const client = (await as.owner.get<Client>(`/clients/${done?.clientId}`)).body;
    expect(client.name).toBe('ivan Joiner');
    expect(client.contacts).toEqual([
      expect.objectContaining({ email: newcomer.email, role: 'decision-maker' }),
    ]);
    const workspaces = await as.owner.get<{ workspaces: { id: string }[] }>(
      `/workspaces?clientId=${client.id}`,
    );
    expect(workspaces.body.workspaces.map((workspace) => workspace.id)).toEqual([done?.workspaceId]);
    await markVerified((await realmUser(newcomer.email)).id);
    const me = await api.as(await passwordToken(newcomer.email, PASSWORD)).get<Me>('/me');
    expect(me.body.principal).toMatchObject({ clientId: client.id, workspaceIds: [done?.workspaceId] });
  });

  it('kills the old URL on reset and refuses a switched-off link until it is on again', async () => {
    const link = (await as.manager.post<JoinLink>('/join-links', { scope: 'workspace', workspaceId })).body;
    const reset = await as.manager.post<JoinLink>(`/join-links/${link.id}/reset`);
    expect(reset.status).toBe(200);
    expect(reset.body.token).not.toBe(link.token);
    expect(reset.body.resetAt).not.toBe('');
    expect((await api.get<Problem>(`/public/join/${link.token}`)).status).toBe(404);
    const old = await join(link.token, person('late'));
    expect(old.status).toBe(404);

    const off = await as.manager.put<JoinLink>(`/join-links/${link.id}/enabled`, { enabled: false });
    expect(off.body.status).toBe('disabled');
    expect((await api.get<{ status: string }>(`/public/join/${reset.body.token}`)).body.status).toBe(
      'disabled',
    );
    const refused = await join(reset.body.token, person('early'));
    expect(refused.status).toBe(409);
    expect(refused.body.reason).toBe('join.link_disabled');
    expect((await as.manager.put(`/join-links/${link.id}/enabled`, {})).status).toBe(400);
    await as.manager.put(`/join-links/${link.id}/enabled`, { enabled: true });
    expect((await join(reset.body.token, person('back'))).status).toBe(201);
    // The refused attempts left no join behind.
    const joins = (await as.manager.get<{ joins: Join[] }>(`/join-links/${link.id}/joins`)).body.joins;
    expect(joins.map((entry) => entry.status)).toEqual(['joined']);
  });

  it('limits join attempts per network address and joins per link', async () => {
    const link = (await as.manager.post<JoinLink>('/join-links', { scope: 'workspace', workspaceId })).body;
    // One address: every attempt counts, refused forms too.
    const sameAddress = fromAddress(api, '203.0.113.7');
    for (let attempt = 0; attempt < LIMIT_PER_ADDRESS; attempt++)
      expect((await join(link.token, { displayName: '', email: '', password: '' }, sameAddress)).status).toBe(
        400,
      );
    const limited = await join(link.token, person('spam'), sameAddress);
    expect(limited.status).toBe(409);
    expect(limited.body.reason).toBe('join.rate_limited');
    expect(limited.body.detail).toMatch(/too many attempts/i);

    // Attempts at the same moment get no more than the limit: each takes a slot by a unique insert.
    const burst = fromAddress(api, '203.0.113.8');
    const statuses = await Promise.all(
      Array.from({ length: LIMIT_PER_ADDRESS + 3 }, () =>
        join(link.token, { displayName: '', email: '', password: '' }, burst).then((answer) => answer.status),
      ),
    );
    expect(statuses.filter((status) => status === 400)).toHaveLength(LIMIT_PER_ADDRESS);
    expect(statuses.filter((status) => status === 409)).toHaveLength(3);

    // One link: only accepted joins count, from any address.
    for (let joined = 0; joined < LIMIT_PER_LINK; joined++)
      expect((await join(link.token, person(`crowd${joined}`))).status).toBe(201);
    const full = await join(link.token, person('crowdmore'));
    expect(full.status).toBe(409);
    expect(full.body.reason).toBe('join.rate_limited');
    expect((await as.manager.get<{ joins: Join[] }>(`/join-links/${link.id}/joins`)).body.joins).toHaveLength(
      LIMIT_PER_LINK,
    );
  });
});

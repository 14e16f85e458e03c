import { passwordToken, uniqueName, waitForMail } from '@client-portal/testing';
import { Api } from './support/http.js';
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Member {
  id: string;
  email: string;
  role: string;
  status: string;
}
interface Team {
  members: Member[];
  invitations: Member[];
}
interface Problem {
  code: string;
  detail: string;
  reason?: string;
  violations?: { field: string; code?: string }[];
}

const PASSWORD = 'Team-Member-2026';
const ROLES = ['owner', 'admin', 'manager', 'member', 'client'] as const;
type Caller = (typeof ROLES)[number];

/**
 * The team routes through the REST API with every staff role and a client user, on the real
 * platform: who may do what, the refusals' rules, and the effect of a deactivation on the next request.
 */
describe('the agency team over REST, for every role', () => {
  let platform: Platform;
  let api: Api;
  const acme = {
    email: `${uniqueName('owner')}@acme.test`,
    password: 'Acme-Owner-2026',
  };
  const callers = {} as Record<Caller, Api>;
  const ids = {} as Record<Exclude<Caller, 'client'>, string>;

  /** Invites as the owner and accepts through the e-mailed link, as the person would. */
  const join = async (role: string, name = role): Promise<{ member: Member; api: Api; email: string }> => {
    const email = `${uniqueName(name)}@acme.test`;
    const invited = await callers.owner.post<Member>('/team/invitations', {
      email,
      displayName: `${name} person`,
      role,
    });
    expect(invited.status).toBe(201);
    const token = await linkToken(email);
    const accepted = await api.post<{ email: string }>(`/team-invitations/${token}/accept`, {
      password: PASSWORD,
    });
    expect(accepted).toMatchObject({ status: 200, body: { email } });
    return { member: invited.body, api: api.as(await passwordToken(email, PASSWORD)), email };
  };
  const linkToken = async (email: string, subject?: string): Promise<string> => {
    const mail = await waitForMail(email, { timeoutMs: 30_000, ...(subject ? { subject } : {}) });
    return /\/team-invitations\/([\w-]+)/.exec(mail.Text)?.[1] ?? '';
  };

  beforeAll(async () => {
    platform = await Platform.start();
    api = new Api(platform.url);
    const agency = await createTenant(platform, {
      name: 'Acme Agency',
      email: acme.email,
      password: acme.password,
    });
    ids.owner = agency.owner.userId;
    callers.owner = api.as(await passwordToken(acme.email, acme.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const joined = await join(role);
      callers[role] = joined.api;
      ids[role] = joined.member.id;
    }
    // A client user: a client with a contact, the portal enabled, the contact's invitation accepted.
    const contactEmail = `${uniqueName('grace')}@globex.test`;
    const client = await callers.owner.post<{ id: string }>('/clients', {
      name: 'Globex',
      primaryContact: { firstName: 'Grace', lastName: 'Hopper', email: contactEmail, role: 'decision-maker' },
    });
    await callers.owner.post(`/clients/${client.body.id}/portal`);
    const mail = await waitForMail(contactEmail, { timeoutMs: 30_000 });
    const token = /\/invitations\/([\w-]+)/.exec(mail.Text)?.[1] ?? '';
    await api.post(`/invitations/${token}/accept`, { password: PASSWORD });
    callers.client = api.as(await passwordToken(contactEmail, PASSWORD));
  }, 300_000);

  afterAll(async () => {
    await platform.stop();
  });

  /** The answer of each caller to one request; refusals are checked to carry the rule. */
  const each = async (call: (caller: Api) => Promise<{ status: number; body: unknown }>) => {
    const statuses = {} as Record<Caller, number>;
    for (const role of ROLES) {
      const response = await call(callers[role]);
      statuses[role] = response.status;
      if (response.status === 403 && role !== 'client')
        expect((response.body as Problem).detail).toBe(
          `Managing the team needs the admin role or higher (you are a ${role})`,
        );
    }
    return statuses;
  };
  const refusedBelowAdmin = { manager: 403, member: 403, client: 403 };

  it('GET /team: owners and admins see members and pending invitations; others are refused', async () => {
    const statuses = await each((caller) => caller.get('/team'));
    expect(statuses).toEqual({ owner: 200, admin: 200, ...refusedBelowAdmin });
    const team = await callers.admin.get<Team>('/team');
    expect(team.body.members.map((member) => [member.role, member.status]).sort()).toEqual([
      ['admin', 'active'],
      ['manager', 'active'],
      ['member', 'active'],
      ['owner', 'active'],
    ]);
    expect((await api.get('/team')).status).toBe(401);
  });

  it('POST /team/invitations: admins and owners invite; an admin cannot invite an owner; fields are named', async () => {
    const statuses = await each((caller) =>
      caller.post('/team/invitations', { email: `${uniqueName('new')}@acme.test`, role: 'member' }),
    );
    expect(statuses).toEqual({ owner: 201, admin: 201, ...refusedBelowAdmin });
    const team = await callers.owner.get<Team>('/team');
    expect(team.body.invitations).toHaveLength(2);
    expect(team.body.invitations.every((invitation) => invitation.status === 'invited')).toBe(true);

    const ownerByAdmin = await callers.admin.post<Problem>('/team/invitations', {
      email: `${uniqueName('boss')}@acme.test`,
      role: 'owner',
    });
    expect(ownerByAdmin.status).toBe(403);
    expect(ownerByAdmin.body.detail).toContain('Only an owner can grant or remove the owner role');
    const invalid = await callers.owner.post<Problem>('/team/invitations', { email: 'nope', role: 'chief' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.violations).toEqual([
      expect.objectContaining({ field: 'email', code: 'invalid_format' }),
      expect.objectContaining({ field: 'role', code: 'invalid_value' }),
    ]);
    const duplicate = await callers.owner.post<Problem>('/team/invitations', {
      email: team.body.invitations[0]?.email,
      role: 'member',
    });
    expect(duplicate.status).toBe(409);
  });

  it('POST /team/invitations/:id/resend and DELETE /team/invitations/:id: admins and owners only', async () => {
    const email = `${uniqueName('pending')}@acme.test`;
    const invited = await callers.owner.post<Member>('/team/invitations', { email, role: 'manager' });
    const firstToken = await linkToken(email);
    const statuses = await each((caller) => caller.post(`/team/invitations/${invited.body.id}/resend`));
    expect(statuses).toEqual({ owner: 200, admin: 200, ...refusedBelowAdmin });
    // The first link died with the first resend.
    expect((await api.get(`/team-invitations/${firstToken}`)).status).toBe(404);

    const cancels = {} as Record<Caller, number>;
    for (const role of ['client', 'member', 'manager', 'admin', 'owner'] as const)
      cancels[role] = (await callers[role].request('DELETE', `/team/invitations/${invited.body.id}`)).status;
    // The admin cancelled it; the owner then finds nothing left to cancel.
    expect(cancels).toEqual({ ...refusedBelowAdmin, admin: 200, owner: 404 });
    const team = await callers.owner.get<Team>('/team');
    expect(team.body.invitations.map((invitation) => invitation.email)).not.toContain(email);
  });

  it('PATCH /team/:staffId: admins and owners change roles; owner role only by an owner; the last owner stays', async () => {
    const { member } = await join('member', 'rolling');
    const statuses = await each((caller) =>
      caller.request('PATCH', `/team/${member.id}`, { role: 'manager' }),
    );
    expect(statuses).toEqual({ owner: 200, admin: 200, ...refusedBelowAdmin });
    expect(
      (await callers.owner.get<Team>('/team')).body.members.find((one) => one.id === member.id)?.role,
    ).toBe('manager');
    const byAdmin = await callers.admin.request<Problem>('PATCH', `/team/${member.id}`, { role: 'owner' });
    expect(byAdmin.status).toBe(403);
    expect(byAdmin.body.detail).toBe('Only an owner can grant or remove the owner role (you are an admin)');
    const lastOwner = await callers.owner.request<Problem>('PATCH', `/team/${ids.owner}`, { role: 'admin' });
    expect(lastOwner.status).toBe(409);
    expect(lastOwner.body).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'team.last_owner' });
    const unknownRole = await callers.owner.request<Problem>('PATCH', `/team/${member.id}`, {
      role: 'chief',
    });
    expect(unknownRole.status).toBe(400);
    expect(
      (await callers.owner.request('PATCH', `/team/${uniqueName('nobody')}`, { role: 'member' })).status,
    ).toBe(404);
  });

  it('POST /team/:staffId/deactivate and /reactivate: the member is refused (401) from the next request', async () => {
    const { member, api: leaving, email } = await join('member', 'leaving');
    expect((await leaving.get('/me')).status).toBe(200);
    const statuses = await each((caller) => caller.post(`/team/${member.id}/deactivate`));
    // The owner's call finds the member already deactivated by the admin: still 200 (idempotent).
    expect(statuses).toEqual({ owner: 200, admin: 200, ...refusedBelowAdmin });
    const refused = await leaving.get<Problem>('/me');
    expect(refused.status).toBe(401);
    await expect(passwordToken(email, PASSWORD)).rejects.toThrow(/invalid_grant/);

    const self = await callers.admin.post<Problem>(`/team/${ids.admin}/deactivate`);
    expect(self.status).toBe(409);
    expect(self.body.reason).toBe('team.self_deactivation');
    const ownerByAdmin = await callers.admin.post<Problem>(`/team/${ids.owner}/deactivate`);
    expect(ownerByAdmin.status).toBe(403);

    const reactivations = await each((caller) => caller.post(`/team/${member.id}/reactivate`));
    expect(reactivations).toEqual({ owner: 200, admin: 200, ...refusedBelowAdmin });
    const back = api.as(await passwordToken(email, PASSWORD));
    expect((await back.get('/me')).status).toBe(200);
  });

  it('GET /team-invitations/:token and POST .../accept are public and single-use', async () => {
    const email = `${uniqueName('fresh')}@acme.test`;
    await callers.owner.post('/team/invitations', { email, displayName: 'Fresh Face', role: 'member' });
    const token = await linkToken(email);
    const preview = await api.get(`/team-invitations/${token}`);
    expect(preview.body).toEqual({
      email,
      displayName: 'Fresh Face',
      tenantName: 'Acme Agency',
      role: 'member',
      status: 'pending',
    });
    const weak = await api.post<Problem>(`/team-invitations/${token}/accept`, { password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.violations?.[0]?.field).toBe('password');
    expect((await api.post(`/team-invitations/${token}/accept`, { password: PASSWORD })).status).toBe(200);
    expect((await api.post(`/team-invitations/${token}/accept`, { password: PASSWORD })).status).toBe(409);
    expect((await api.get('/team-invitations/not-a-real-token')).status).toBe(404);
  });

  it('POST /clients/:clientId/invoices follows invoices.issue: managers and up', async () => {
    const client = await callers.owner.post<{ id: string }>('/clients', { name: uniqueName('Invoiced') });
    const line = { description: 'Work', quantityMilli: 1000, unitPriceMinor: 1000, taxRateBasisPoints: 0 };
    const statuses = {} as Record<Caller, number>;
    for (const role of ROLES)
      statuses[role] = (
        await callers[role].post(`/clients/${client.body.id}/invoices`, { currency: 'EUR', lines: [line] })
      ).status;
    expect(statuses).toEqual({ owner: 201, admin: 201, manager: 201, member: 403, client: 403 });
  });
});

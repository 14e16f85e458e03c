import { passwordToken, uniqueName, waitForMail } from '@client-portal/testing';
import { Api } from './support/http.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Contact {
  id: string;
  email: string;
}
interface Client {
  id: string;
  version: number;
  contacts: Contact[];
}
interface Role {
  id: string;
  name: string;
  rights: string[];
  builtIn: boolean;
  version: number;
  userCount: number;
}
interface Group {
  id: string;
  name: string;
  version: number;
  members: { externalUserId: string; displayName: string }[];
}
interface Member {
  externalUserId: string;
  role: string;
  rights: string[];
}
interface PortalUser {
  externalUserId: string;
  email: string;
  role: string;
  groupIds: string[];
}
interface Problem {
  reason?: string;
  violations?: { field: string; code: string }[];
}

const PASSWORD = 'Roles-Portal-2026';
type Who = 'owner' | 'admin' | 'manager' | 'member' | 'client' | 'rival';

/**
 * External roles and groups (issue 11, roles slice) through the REST API on the real services: who may
 * define them, a tenant role's rights reaching the principal and enforced (the new "billing" right by
 * billing and the portal's tabs), deleting a role in use, groups, and "members may invite".
 */
describe('portal roles, groups and who may invite', () => {
  let platform: Platform;
  let api: Api;
  const as = {} as Record<Who, Api>;
  let globex: Client;
  let workspaceId: string;
  let invoiceId: string;
  let accounts: Role;
  let accountant: Member;
  let accountantApi: Api;
  let finance: Group;

  const contactEmail = (name: string) => `${uniqueName(name)}@globex.test`;

  /** Adds a contact to Globex (optimistic version) and answers its id. */
  async function addContact(firstName: string, email: string): Promise<string> {
    const added = await as.owner.post<Client>(`/clients/${globex.id}/contacts`, {
      firstName,
      lastName: 'Globex',
      email,
      role: 'observer',
      expectedVersion: globex.version,
    });
    expect(added.status).toBe(201);
    globex = added.body;
    return globex.contacts.find((contact) => contact.email === email)?.id ?? '';
  }

  async function roles(): Promise<Role[]> {
    return (await as.owner.get<{ roles: Role[] }>('/portal-roles')).body.roles;
  }

  beforeAll(async () => {
    platform = await Platform.start();
    api = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Roles Agency' });
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, agency.tenantId, role);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    const created = await as.owner.post<Client>('/clients', {
      name: 'Globex',
      primaryContact: { firstName: 'Grace', lastName: 'Hopper', email: contactEmail('grace') },
    });
    globex = created.body;
    const enabled = await as.owner.post<{ workspace: { id: string } }>(`/clients/${globex.id}/portal`, {});
    workspaceId = enabled.body.workspace.id;
    const client = await addClientUser(platform, agency.tenantId, globex.id, 'Olive Observer', {
      role: 'observer',
      workspaceIds: [workspaceId],
    });
    as.client = api.as(await passwordToken(client.email, client.password));
    const rival = await as.owner.post<Client>('/clients', { name: 'Hooli' });
    const rivalUser = await addClientUser(platform, agency.tenantId, rival.body.id, 'Gavin Rival');
    as.rival = api.as(await passwordToken(rivalUser.email, rivalUser.password));
    const issued = await as.owner.post<{ id: string }>(`/clients/${globex.id}/invoices`, {
      currency: 'EUR',
      lines: [{ description: 'Audit', quantityMilli: 1000, unitPriceMinor: 90000, taxRateBasisPoints: 0 }],
    });
    expect(issued.status).toBe(201);
    invoiceId = issued.body.id;
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('lists the built-in roles to every staff member and none of it to client users', async () => {
    for (const who of ['owner', 'admin', 'manager', 'member'] as const) {
      const listed = await as[who].get<{ roles: Role[] }>('/portal-roles');
      expect(listed.status).toBe(200);
      expect(listed.body.roles.map((role) => [role.id, role.builtIn, role.rights.join(',')])).toEqual([
        ['decision-maker', true, 'view,comment,approve,upload,billing,pay,chat'],
        ['technical', true, 'view,comment'],
        ['billing', true, 'billing,pay'],
        ['observer', true, 'view'],
      ]);
    }
    for (const outsider of [as.client, as.rival])
      for (const path of [
        '/portal-roles',
        '/portal-groups',
        '/portal-access/settings',
        `/clients/${globex.id}/portal-people`,
      ])
        expect((await outsider.get(path)).status).toBe(403);
  });

  it('lets only admins define roles, names every bad field and loses nothing', async () => {
    const body = { name: 'Accounts', rights: ['billing', 'comment'] };
    for (const who of ['manager', 'member', 'client'] as const)
      expect((await as[who].post('/portal-roles', body)).status).toBe(403);
    const bad = await as.admin.post<Problem>('/portal-roles', { name: ' ', rights: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([
      expect.objectContaining({ field: 'name', code: 'required' }),
      expect.objectContaining({ field: 'rights', code: 'too_small' }),
    ]);
    const clash = await as.admin.post<Problem>('/portal-roles', { name: 'Observer', rights: ['fly'] });
    expect(clash.body.violations).toEqual([
      expect.objectContaining({ field: 'name', code: 'invalid_value' }),
      expect.objectContaining({ field: 'rights', code: 'invalid_value' }),
    ]);
    expect(await roles()).toHaveLength(4);

    const created = await as.admin.post<Role>('/portal-roles', body);
    expect(created.status).toBe(201);
    accounts = created.body;
    expect(accounts).toMatchObject({ name: 'Accounts', rights: ['comment', 'billing'], builtIn: false });
    const twice = await as.owner.post<Problem>('/portal-roles', { name: ' accounts ', rights: ['view'] });
    expect(twice.status).toBe(409);
    const builtIn = await as.owner.put<Problem>('/portal-roles/observer', {
      name: 'Watcher',
      rights: ['view'],
    });
    expect(builtIn.status).toBe(409);
    expect(builtIn.body.reason).toBe('role.built_in');
    expect((await roles()).map((role) => role.name)).toEqual([
      'Decision-maker',
      'Technical',
      'Billing',
      'Observer',
      'Accounts',
    ]);
  });

  it("invites with a tenant role and a group; the role's rights reach the principal and billing enforces them", async () => {
    const group = await as.admin.post<Group>('/portal-groups', { name: 'Globex finance' });
    expect(group.status).toBe(201);
    finance = group.body;
    const email = contactEmail('ann');
    const contactId = await addContact('Ann', email);
    const unknown = await as.manager.post<Problem>(`/workspaces/${workspaceId}/members`, {
      contactId,
      role: 'no-such-role',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.violations).toEqual([expect.objectContaining({ field: 'role' })]);
    const added = await as.manager.post<Member>(`/workspaces/${workspaceId}/members`, {
      contactId,
      role: accounts.id,
      groupIds: [finance.id],
    });
    expect(added.status).toBe(201);
    accountant = added.body;
    expect(accountant).toMatchObject({ role: accounts.id, rights: ['comment', 'billing'] });
    const groups = await as.member.get<{ groups: Group[] }>('/portal-groups');
    expect(groups.body.groups[0]?.members.map((member) => member.externalUserId)).toEqual([
      accountant.externalUserId,
    ]);

    const mail = await waitForMail(email, { timeoutMs: 30_000 });
    const token = /\/invitations\/([\w-]+)/.exec(mail.Text)?.[1] ?? '';
    expect((await api.post(`/invitations/${token}/accept`, { password: PASSWORD })).status).toBe(200);
    accountantApi = api.as(await passwordToken(email, PASSWORD));
    const me = await accountantApi.get<{ principal: { workspaceAccess: { rights: string[] }[] } }>('/me');
    expect(me.body.principal.workspaceAccess).toEqual([{ workspaceId, rights: ['comment', 'billing'] }]);

    // "billing" lets Ann read the invoice and see the billing tab; paying still needs "pay".
    expect((await accountantApi.get(`/documents/${invoiceId}`)).status).toBe(200);
    const tabs = await accountantApi.get<{ tabs: string[] }>(`/workspaces/${workspaceId}`);
    expect(tabs.body.tabs).toContain('billing');
    const pay = { allocations: [{ documentId: invoiceId }], paymentMethod: 'pm_card_visa' };
    expect((await accountantApi.post('/payments/card', pay)).status).toBe(403);
    // The observer (view only) sees no billing at all: not the invoice, not the tab, not the amounts.
    expect((await as.client.get(`/documents/${invoiceId}`)).status).toBe(403);
    const observerView = await as.client.get<{ tabs: string[] }>(`/workspaces/${workspaceId}`);
    expect(observerView.body.tabs).not.toContain('billing');
    const home = await as.client.get<{ amounts: unknown[]; recentDocuments: unknown[] }>('/portal/home');
    expect(home.status).toBe(200);
    expect(home.body.amounts).toEqual([]);
    expect(home.body.recentDocuments).toEqual([]);
  });

  it("changes a role's rights for everyone holding it, and deletes a role in use only with a replacement", async () => {
    const updated = await as.owner.put<Role>(`/portal-roles/${accounts.id}`, {
      name: 'Accounts team',
      rights: ['view'],
      version: accounts.version,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'Accounts team', rights: ['view'], userCount: 1 });
    const stale = await as.owner.put<Problem>(`/portal-roles/${accounts.id}`, {
      name: 'Accounts',
      rights: ['view'],
      version: accounts.version,
    });
    expect(stale.status).toBe(409);
    expect((await accountantApi.get(`/documents/${invoiceId}`)).status).toBe(403);

    const inUse = await as.owner.delete<Problem>(`/portal-roles/${accounts.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.reason).toBe('role.in_use');
    expect((await roles()).find((role) => role.id === accounts.id)?.userCount).toBe(1);
    expect((await as.manager.delete(`/portal-roles/${accounts.id}?reassignTo=billing`)).status).toBe(403);
    const self = await as.owner.delete<Problem>(`/portal-roles/${accounts.id}?reassignTo=${accounts.id}`);
    expect(self.body.violations).toEqual([expect.objectContaining({ field: 'reassignTo' })]);
    expect((await as.owner.delete(`/portal-roles/${accounts.id}?reassignTo=billing`)).status).toBe(200);
    const users = await as.member.get<{ users: PortalUser[] }>(`/clients/${globex.id}/portal-people`);
    expect(users.body.users.find((user) => user.externalUserId === accountant.externalUserId)).toMatchObject({
      role: 'billing',
      groupIds: [finance.id],
    });
    expect((await accountantApi.get(`/documents/${invoiceId}`)).status).toBe(200);
  });

  it("sets a person's role and groups later: managers yes, members no", async () => {
    const path = `/portal-users/${accountant.externalUserId}/role`;
    expect((await as.member.put(path, { role: 'observer' })).status).toBe(403);
    expect((await as.client.put(path, { role: 'decision-maker' })).status).toBe(403);
    const bad = await as.manager.put<Problem>(path, { role: 'nope' });
    expect(bad.status).toBe(400);
    const set = await as.manager.put<PortalUser>(path, { role: 'observer' });
    expect(set.body).toMatchObject({ role: 'observer', groupIds: [finance.id] });
    expect((await accountantApi.get(`/documents/${invoiceId}`)).status).toBe(403);

    const membership = `/portal-groups/${finance.id}/members/${accountant.externalUserId}`;
    expect((await as.member.delete(membership)).status).toBe(403);
    const left = await as.manager.delete<Group>(membership);
    expect(left.body.members).toEqual([]);
    const back = await as.manager.put<Group>(membership);
    expect(back.body.members).toHaveLength(1);
    expect((await as.manager.put(`/portal-groups/${finance.id}`, { name: 'X' })).status).toBe(403);
    const renamed = await as.admin.put<Group>(`/portal-groups/${finance.id}`, { name: 'Globex money' });
    expect(renamed.body).toMatchObject({ name: 'Globex money', members: [expect.anything()] });
    const other = await as.admin.post<Group>('/portal-groups', { name: 'Spare' });
    const clash = await as.admin.put<Problem>(`/portal-groups/${other.body.id}`, { name: 'globex MONEY' });
    expect(clash.status).toBe(409);
    expect((await as.member.delete(`/portal-groups/${other.body.id}`)).status).toBe(403);
    expect((await as.admin.delete(`/portal-groups/${other.body.id}`)).status).toBe(200);
    const listed = await as.member.get<{ groups: Group[] }>('/portal-groups');
    expect(listed.body.groups.map((group) => group.name)).toEqual(['Globex money']);
  });

  it('lets members invite with an existing role once an admin allows it, never choosing rights', async () => {
    const contactId = await addContact('Max', contactEmail('max'));
    expect((await as.member.post(`/workspaces/${workspaceId}/members`, { contactId })).status).toBe(403);
    const settings = await as.member.get<{ membersMayInvite: boolean; version: number }>(
      '/portal-access/settings',
    );
    expect(settings.body).toEqual({ membersMayInvite: false, version: 0 });
    const change = { membersMayInvite: true, version: settings.body.version };
    for (const who of ['manager', 'member', 'client'] as const)
      expect((await as[who].put('/portal-access/settings', change)).status).toBe(403);
    expect((await as.admin.put('/portal-access/settings', change)).status).toBe(200);
    expect((await as.owner.put('/portal-access/settings', change)).status).toBe(409);

    const withRights = await as.member.post(`/workspaces/${workspaceId}/members`, {
      contactId,
      rights: ['view', 'pay'],
    });
    expect(withRights.status).toBe(403);
    const invited = await as.member.post<Member>(`/workspaces/${workspaceId}/members`, {
      contactId,
      role: 'technical',
      groupIds: [finance.id],
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ role: 'technical', rights: ['view', 'comment'] });
    // Rights and roles stay a manager's / an admin's.
    expect(
      (
        await as.member.put(`/workspaces/${workspaceId}/members/${invited.body.externalUserId}/rights`, {
          rights: ['view', 'pay'],
        })
      ).status,
    ).toBe(403);
    expect((await as.member.post('/portal-roles', { name: 'Mine', rights: ['pay'] })).status).toBe(403);
    expect(
      (await as.member.put(`/portal-users/${invited.body.externalUserId}/role`, { role: 'billing' })).status,
    ).toBe(403);
  });
});

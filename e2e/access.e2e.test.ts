import { infrastructure, passwordToken, uniqueName, waitForMail } from '@client-portal/testing';
import { Api } from './support/http.js';
import { addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Contact {
  id: string;
  email: string;
  role: string;
  primary: boolean;
}
interface Client {
  id: string;
  name: string;
  version: number;
  contacts: Contact[];
}
interface Workspace {
  id: string;
  clientId: string;
  name: string;
  projectId: string;
  modules: string[];
  archivedAt: string;
}
interface Member {
  externalUserId: string;
  contactId: string;
  email: string;
  role: string;
  rights: string[];
  status: string;
}
interface Problem {
  code: string;
  violations?: { field: string; code: string }[];
}

const PASSWORD = 'Access-Portal-2026';

/** How many e-mails Mailpit holds for an address. */
async function mailCount(to: string): Promise<number> {
  const response = await fetch(
    `${infrastructure().mailpitUrl}/api/v1/search?query=${encodeURIComponent(`to:"${to}"`)}`,
  );
  return ((await response.json()) as { messages_count: number }).messages_count;
}

/** Accepts the invitation e-mailed to `email` and logs them in. */
async function acceptInvitation(api: Api, email: string): Promise<Api> {
  const mail = await waitForMail(email, { timeoutMs: 30_000 });
  const token = /\/invitations\/([\w-]+)/.exec(mail.Text)?.[1] ?? '';
  expect((await api.post(`/invitations/${token}/accept`, { password: PASSWORD })).status).toBe(200);
  return api.as(await passwordToken(email, PASSWORD));
}

/**
 * Workspaces and who may do what in them (issue 10, access slice), through the REST API on the real
 * services: several workspaces per client, members invited once, rights per workspace on the principal
 * and enforced by billing and messaging, workspace configuration never sent to a client user.
 */
describe('workspaces, members and rights through the REST API', () => {
  let platform: Platform;
  let api: Api;
  const as = {} as Record<'owner' | 'manager' | 'member' | 'grace' | 'bill' | 'olive' | 'rival', Api>;
  let globex: Client;
  let first: Workspace;
  let project: Workspace;
  const emails = {
    grace: `${uniqueName('grace')}@globex.test`,
    bill: `${uniqueName('bill')}@globex.test`,
    olive: `${uniqueName('olive')}@globex.test`,
  };
  const contact = (email: string) =>
    globex.contacts.find((candidate) => candidate.email === email) as Contact;

  beforeAll(async () => {
    platform = await Platform.start();
    api = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Access Agency' });
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['manager', 'member'] as const) {
      const person = await addStaff(platform, agency.tenantId, role);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    const created = await as.owner.post<Client>('/clients', {
      name: 'Globex',
      primaryContact: { firstName: 'Grace', lastName: 'Hopper', email: emails.grace, role: 'decision-maker' },
    });
    globex = created.body;
    for (const [name, role] of [
      ['bill', 'billing'],
      ['olive', 'observer'],
    ] as const) {
      const added = await as.owner.post<Client>(`/clients/${globex.id}/contacts`, {
        firstName: name,
        lastName: 'Globex',
        email: emails[name],
        role,
        expectedVersion: globex.version,
      });
      expect(added.status).toBe(201);
      globex = added.body;
    }
    const rivalClient = await as.owner.post<Client>('/clients', {
      name: 'Hooli',
      primaryContact: {
        firstName: 'Gavin',
        lastName: 'Belson',
        email: `${uniqueName('gavin')}@hooli.test`,
        role: 'decision-maker',
      },
    });
    // "Enable portal" keeps working: the first workspace, and the primary contact invited into it.
    const enabled = await as.owner.post<{ workspace: Workspace }>(`/clients/${globex.id}/portal`, {});
    expect(enabled.status).toBe(201);
    first = enabled.body.workspace;
    as.grace = await acceptInvitation(api, emails.grace);
    const rivalEnabled = await as.owner.post<{ workspace: Workspace }>(
      `/clients/${rivalClient.body.id}/portal`,
      {},
    );
    expect(rivalEnabled.status).toBe(201);
    as.rival = await acceptInvitation(api, rivalClient.body.contacts[0]?.email ?? '');
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('opens a second workspace from a project (named after it), with the permission matrix', async () => {
    const created = await as.owner.post<{ id: string; name: string }>(`/clients/${globex.id}/projects`, {
      name: 'Website relaunch',
    });
    expect(created.status).toBe(201);
    const opened = await as.manager.post<Workspace>(`/clients/${globex.id}/workspaces`, {
      projectId: created.body.id,
    });
    expect(opened.status).toBe(201);
    project = opened.body;
    expect(project).toMatchObject({
      clientId: globex.id,
      name: 'Website relaunch',
      projectId: created.body.id,
    });
    expect(project.modules).toHaveLength(9);

    expect((await as.member.post(`/clients/${globex.id}/workspaces`, {})).status).toBe(403);
    expect((await as.grace.post(`/clients/${globex.id}/workspaces`, {})).status).toBe(403);
    const other = await as.owner.post<Client>('/clients', { name: 'Initech' });
    const foreign = await as.owner.post<Problem>(`/clients/${other.body.id}/workspaces`, {
      projectId: created.body.id,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.violations).toEqual([expect.objectContaining({ field: 'projectId' })]);

    const staffList = await as.owner.get<{ workspaces: Workspace[] }>(`/workspaces?clientId=${globex.id}`);
    expect(staffList.body.workspaces.map((workspace) => workspace.name)).toEqual([
      'Globex',
      'Website relaunch',
    ]);
  });

  it('renames, switches modules, archives and restores; refuses members and hides it from client users', async () => {
    const bad = await as.manager.request<Problem>('PATCH', `/workspaces/${project.id}`, { name: ' ' });
    expect(bad.status).toBe(400);
    expect(bad.body.violations).toEqual([expect.objectContaining({ field: 'name', code: 'required' })]);
    const renamed = await as.manager.request<Workspace>('PATCH', `/workspaces/${project.id}`, {
      name: 'Relaunch 2027',
    });
    expect(renamed.body.name).toBe('Relaunch 2027');
    const modules = await as.owner.put<Workspace>(`/workspaces/${project.id}/modules`, {
      modules: ['tasks', 'messages', 'billing'],
    });
    expect(modules.body.modules).toEqual(['tasks', 'messages', 'billing']);
    const unknown = await as.owner.put<Problem>(`/workspaces/${project.id}/modules`, {
      modules: ['payroll'],
    });
    expect(unknown.status).toBe(400);

    expect((await as.member.request('PATCH', `/workspaces/${project.id}`, { name: 'X' })).status).toBe(403);
    expect((await as.member.post(`/workspaces/${project.id}/archive`, {})).status).toBe(403);
    // Grace is in the first workspace only; the rival is another client's: for both it does not exist.
    for (const outsider of [as.grace, as.rival]) {
      expect((await outsider.request('PATCH', `/workspaces/${first.id}`, { name: 'X' })).status).toBe(404);
      expect((await outsider.put(`/workspaces/${first.id}/modules`, { modules: [] })).status).toBe(404);
      expect((await outsider.post(`/workspaces/${first.id}/archive`, {})).status).toBe(404);
      expect((await outsider.get(`/workspaces/${first.id}/members`)).status).toBe(404);
    }
    const unchanged = await as.owner.get<{ workspace: Workspace }>(`/workspaces/${project.id}`);
    expect(unchanged.body.workspace).toMatchObject({
      name: 'Relaunch 2027',
      modules: ['tasks', 'messages', 'billing'],
    });
  });

  it('adds contacts with rights from their role, invites each person once, and adjusts rights', async () => {
    const graceBefore = await mailCount(emails.grace);
    // Grace is a portal user already: she just gets the workspace, no second invitation.
    const grace = await as.manager.post<Member>(`/workspaces/${project.id}/members`, {
      contactId: contact(emails.grace).id,
    });
    expect(grace.status).toBe(201);
    expect(grace.body).toMatchObject({
      status: 'active',
      rights: ['view', 'comment', 'approve', 'upload', 'billing', 'pay', 'chat'],
    });
    const bill = await as.manager.post<Member>(`/workspaces/${project.id}/members`, {
      contactId: contact(emails.bill).id,
    });
    expect(bill.body).toMatchObject({ status: 'invited', role: 'billing', rights: ['billing', 'pay'] });
    const olive = await as.manager.post<Member>(`/workspaces/${project.id}/members`, {
      contactId: contact(emails.olive).id,
    });
    expect(olive.body).toMatchObject({ status: 'invited', rights: ['view'] });
    // Bill in the first workspace too: still one invitation e-mail.
    await as.manager.post<Member>(`/workspaces/${first.id}/members`, { contactId: contact(emails.bill).id });
    const again = await as.manager.post<Problem>(`/workspaces/${project.id}/members`, {
      contactId: contact(emails.olive).id,
    });
    expect(again.status).toBe(409);
    const stranger = await as.manager.post<Problem>(`/workspaces/${project.id}/members`, {
      contactId: 'nobody',
    });
    expect(stranger.status).toBe(400);
    expect(
      (await as.member.post(`/workspaces/${project.id}/members`, { contactId: contact(emails.olive).id }))
        .status,
    ).toBe(403);

    as.bill = await acceptInvitation(api, emails.bill);
    as.olive = await acceptInvitation(api, emails.olive);
    expect(await mailCount(emails.bill)).toBe(1);
    expect(await mailCount(emails.grace)).toBe(graceBefore);

    const badRights = await as.manager.put<Problem>(
      `/workspaces/${project.id}/members/${olive.body.externalUserId}/rights`,
      { rights: ['view', 'fly'] },
    );
    expect(badRights.status).toBe(400);
    expect(badRights.body.violations).toEqual([
      expect.objectContaining({ field: 'rights', code: 'invalid_value' }),
    ]);
    const none = await as.manager.put<Problem>(
      `/workspaces/${project.id}/members/${olive.body.externalUserId}/rights`,
      {
        rights: [],
      },
    );
    expect(none.body.violations).toEqual([expect.objectContaining({ field: 'rights', code: 'too_small' })]);
    const adjusted = await as.manager.put<Member>(
      `/workspaces/${project.id}/members/${olive.body.externalUserId}/rights`,
      { rights: ['comment', 'view'] },
    );
    expect(adjusted.body.rights).toEqual(['view', 'comment']);
    expect((await as.member.get(`/workspaces/${project.id}/members`)).status).toBe(403);
    const members = await as.owner.get<{ members: Member[] }>(`/workspaces/${project.id}/members`);
    expect(
      members.body.members.map((member) => [member.email, member.status, member.rights.join(',')]).sort(),
    ).toEqual(
      [
        [emails.bill, 'active', 'billing,pay'],
        [emails.grace, 'active', 'view,comment,approve,upload,billing,pay,chat'],
        [emails.olive, 'active', 'view,comment'],
      ].sort(),
    );
    // The stored rights ride on the principal.
    const me = await as.olive.get<{
      principal: { workspaceIds: string[]; workspaceAccess: { workspaceId: string; rights: string[] }[] };
    }>('/me');
    expect(me.body.principal.workspaceAccess).toEqual([
      { workspaceId: project.id, rights: ['view', 'comment'] },
    ]);
    await as.manager.put(`/workspaces/${project.id}/members/${olive.body.externalUserId}/rights`, {
      rights: ['view'],
    });
  });

  it('never sends workspace configuration or members to a client user', async () => {
    for (const user of [as.grace, as.bill, as.olive]) {
      const list = await user.get<{ workspaces: Workspace[] }>('/workspaces');
      expect(list.body.workspaces.length).toBeGreaterThan(0);
      for (const workspace of list.body.workspaces) {
        expect(workspace.modules).toEqual([]);
        const view = await user.get<{ workspace: Workspace }>(`/workspaces/${workspace.id}`);
        expect(view.body.workspace.modules).toEqual([]);
        expect((await user.get(`/workspaces/${workspace.id}/members`)).status).toBe(404);
      }
    }
    const staffView = await as.owner.get<{ workspace: Workspace }>(`/workspaces/${project.id}`);
    expect(staffView.body.workspace.modules).toEqual(['tasks', 'messages', 'billing']);
  });

  it('enforces the rights: a billing contact pays but does not chat; an observer reads but does nothing else', async () => {
    const issued = await as.owner.post<{ id: string }>(`/clients/${globex.id}/invoices`, {
      currency: 'EUR',
      lines: [{ description: 'Workshop', quantityMilli: 1000, unitPriceMinor: 50000, taxRateBasisPoints: 0 }],
    });
    expect(issued.status).toBe(201);
    const invoiceId = issued.body.id;

    // chat: Grace may post, Bill (pay only) and Olive (view only) may not.
    expect((await as.grace.post(`/workspaces/${project.id}/messages`, { body: 'Hello' })).status).toBe(201);
    for (const silent of [as.bill, as.olive])
      expect((await silent.post<Problem>(`/workspaces/${project.id}/messages`, { body: 'Hi' })).status).toBe(
        403,
      );

    // billing (see billing; pay implies it): Grace and Bill read the invoice; Olive (view only) may not
    // (issue 11).
    for (const reader of [as.grace, as.bill])
      expect((await reader.get(`/documents/${invoiceId}`)).status).toBe(200);
    expect((await as.olive.get<Problem>(`/documents/${invoiceId}`)).status).toBe(403);

    // comment: Olive (view only) may not; Grace may.
    expect((await as.olive.post(`/documents/${invoiceId}/comments`, { body: 'Question' })).status).toBe(403);
    expect((await as.bill.post(`/documents/${invoiceId}/comments`, { body: 'Question' })).status).toBe(403);
    expect((await as.grace.post(`/documents/${invoiceId}/comments`, { body: 'Question' })).status).toBe(201);

    // approve: answering a quote needs it (refused before the quote is even looked at).
    for (const observer of [as.olive, as.bill])
      expect((await observer.post(`/quotes/${invoiceId}/accept`, { signerName: 'Olive' })).status).toBe(403);

    // pay: Bill may start a card payment, Olive may not.
    const paying = { allocations: [{ documentId: invoiceId }], paymentMethod: 'pm_card_visa' };
    expect((await as.olive.post<Problem>('/payments/card', paying)).status).toBe(403);
    const paid = await as.bill.post('/payments/card', paying);
    expect(paid.status).toBe(201);
  });

  it('removes a member and archives a workspace out of the client navigation', async () => {
    const members = await as.owner.get<{ members: Member[] }>(`/workspaces/${project.id}/members`);
    const olive = members.body.members.find((member) => member.email === emails.olive) as Member;
    expect((await as.member.delete(`/workspaces/${project.id}/members/${olive.externalUserId}`)).status).toBe(
      403,
    );
    expect(
      (await as.manager.delete(`/workspaces/${project.id}/members/${olive.externalUserId}`)).status,
    ).toBe(200);
    expect((await as.olive.get<{ workspaces: Workspace[] }>('/workspaces')).body.workspaces).toEqual([]);
    expect((await as.olive.get(`/workspaces/${project.id}`)).status).toBe(404);

    expect((await as.manager.post(`/workspaces/${project.id}/archive`, {})).status).toBe(200);
    const graceList = await as.grace.get<{ workspaces: Workspace[] }>('/workspaces');
    expect(graceList.body.workspaces.map((workspace) => workspace.id)).toEqual([first.id]);
    const staffList = await as.owner.get<{ workspaces: Workspace[] }>(`/workspaces?clientId=${globex.id}`);
    expect(staffList.body.workspaces.find((workspace) => workspace.id === project.id)?.archivedAt).not.toBe(
      '',
    );
    const frozen = await as.manager.request<Problem>('PATCH', `/workspaces/${project.id}`, { name: 'Nope' });
    expect(frozen.status).toBe(409);
    expect((await as.manager.post(`/workspaces/${project.id}/restore`, {})).status).toBe(200);
    expect((await as.grace.get<{ workspaces: Workspace[] }>('/workspaces')).body.workspaces).toHaveLength(2);
  });
});

import {
  eventually,
  infrastructure,
  passwordToken,
  readTopic,
  realmUsersByEmail,
  uniqueName,
  waitForMail,
} from '@client-portal/testing';
import { Api } from './support/http.js';
import { addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Contact {
  id: string;
  email: string;
  firstName: string;
  role: string;
}
interface Client {
  id: string;
  name: string;
  version: number;
  contacts: Contact[];
}
interface Workspace {
  id: string;
  name: string;
}
interface Result {
  line: number;
  email: string;
  outcome: 'invited' | 'failed';
  reason: string;
  message: string;
  contactCreated: boolean;
  workspaceIds: string[];
}
interface Invitation {
  id: string;
  email: string;
  status: string;
  clientId: string;
  workspaceId: string;
  role: string;
}
interface Preview {
  email: string;
  displayName: string;
  tenantName: string;
  clientName: string;
  workspaceName: string;
  status: string;
}

const PASSWORD = 'Invited-Portal-2026';

/** The invitation link tokens of the e-mails an address got, newest first, once there are `count`. */
async function linksIn(email: string, count: number): Promise<string[]> {
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
      return texts.map((text) => /\/invitations\/([\w-]+)/.exec(text)?.[1] ?? '');
    }
    if (Date.now() > deadline) throw new Error(`fewer than ${count} e-mails to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Client invitations (issue 11, invitations slice) through the REST API on the real services: bulk
 * invitations with a result per line and CRM contacts found or created, "send the portal link" from
 * the client list, the invitations lists, resend and cancel, and the leaks closed.
 */
describe('client invitations through the REST API', () => {
  let platform: Platform;
  let api: Api;
  const as = {} as Record<'owner' | 'admin' | 'manager' | 'member' | 'grace' | 'rivalOwner', Api>;
  let ownerEmail = '';
  let globex: Client;
  let hooli: Client;
  let first: Workspace;
  let second: Workspace;
  const emails = {
    grace: `${uniqueName('grace')}@globex.test`,
    bill: `${uniqueName('bill')}@globex.test`,
    fox: `${uniqueName('fox')}@globex.test`,
    gavin: `${uniqueName('gavin')}@hooli.test`,
  };

  beforeAll(async () => {
    platform = await Platform.start();
    api = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Invite Agency' });
    ownerEmail = agency.owner.email;
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, agency.tenantId, role);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    const rival = await createTenant(platform, { name: 'Rival Agency' });
    as.rivalOwner = api.as(await passwordToken(rival.owner.email, rival.owner.password));

    globex = (
      await as.owner.post<Client>('/clients', {
        name: 'Globex',
        primaryContact: {
          firstName: 'Grace',
          lastName: 'Hopper',
          email: emails.grace,
          role: 'decision-maker',
        },
      })
    ).body;
    globex = (
      await as.owner.post<Client>(`/clients/${globex.id}/contacts`, {
        firstName: 'Bill',
        lastName: 'Lumbergh',
        email: emails.bill,
        role: 'billing',
        mobile: '+33 6 12 34 56 78',
        expectedVersion: globex.version,
      })
    ).body;
    hooli = (
      await as.owner.post<Client>('/clients', {
        name: 'Hooli',
        primaryContact: {
          firstName: 'Gavin',
          lastName: 'Belson',
          email: emails.gavin,
          role: 'decision-maker',
        },
      })
    ).body;
    // The client list's "send the portal link": both clients' primary contacts, portals enabled on the way.
    const links = await as.owner.post<{ results: { clientId: string; outcome: string; email: string }[] }>(
      '/clients/portal-links',
      { clientIds: [globex.id, hooli.id, globex.id] },
    );
    expect(links.status).toBe(200);
    expect(links.body.results.map((result) => [result.clientId, result.outcome, result.email])).toEqual([
      [globex.id, 'invited', emails.grace],
      [hooli.id, 'invited', emails.gavin],
    ]);
    const [graceToken] = await linksIn(emails.grace, 1);
    expect((await api.post(`/invitations/${graceToken ?? ''}/accept`, { password: PASSWORD })).status).toBe(
      200,
    );
    as.grace = api.as(await passwordToken(emails.grace, PASSWORD));
    first = (await as.owner.get<{ workspaces: Workspace[] }>(`/workspaces?clientId=${globex.id}`)).body
      .workspaces[0] as Workspace;
    second = (await as.owner.post<Workspace>(`/clients/${globex.id}/workspaces`, { name: 'Second site' }))
      .body;
  });
  afterAll(async () => {
    await platform.stop();
  });

  it('bulk-invites: the good lines go out (contacts found or created), each bad line says why and writes nothing', async () => {
    const before = (await as.owner.get<Client>(`/clients/${globex.id}`)).body.contacts.length;
    const lines = [
      {
        email: emails.fox.toUpperCase(),
        firstName: 'Fox',
        lastName: 'Mulder',
        role: 'technical',
        workspaceIds: [first.id, second.id],
      },
      { email: emails.bill, role: 'billing', workspaceIds: [first.id] },
      {
        email: 'not-an-address',
        firstName: 'No',
        lastName: 'One',
        role: 'observer',
        workspaceIds: [first.id],
      },
      { email: emails.fox, firstName: 'Fox', lastName: 'Again', role: 'observer', workspaceIds: [first.id] },
      {
        email: ownerEmail,
        firstName: 'Olivia',
        lastName: 'Owner',
        role: 'observer',
        workspaceIds: [first.id],
      },
      {
        email: emails.gavin,
        firstName: 'Gavin',
        lastName: 'Belson',
        role: 'observer',
        workspaceIds: [first.id],
      },
      {
        email: `${uniqueName('nows')}@globex.test`,
        firstName: 'No',
        lastName: 'Space',
        role: 'observer',
        workspaceIds: [],
      },
      {
        email: `${uniqueName('alien')}@globex.test`,
        firstName: 'A',
        lastName: 'B',
        role: 'observer',
        workspaceIds: ['elsewhere'],
      },
      { email: `${uniqueName('noname')}@globex.test`, role: 'observer', workspaceIds: [first.id] },
    ];
    const answer = await as.admin.post<{ results: Result[] }>(`/clients/${globex.id}/invitations`, { lines });
    expect(answer.status).toBe(200);
    expect(answer.body.results.map((result) => [result.line, result.outcome, result.reason])).toEqual([
      [1, 'invited', ''],
      [2, 'invited', ''],
      [3, 'failed', 'invalid_format'],
      [4, 'failed', 'duplicate'],
      [5, 'failed', 'staff_member'],
      [6, 'failed', 'other_client'],
      [7, 'failed', 'required'],
      [8, 'failed', 'invalid_value'],
      [9, 'failed', 'required'],
    ]);
    expect(answer.body.results[0]).toMatchObject({
      email: emails.fox,
      contactCreated: true,
      workspaceIds: [first.id, second.id],
    });
    expect(answer.body.results[1]).toMatchObject({ contactCreated: false, workspaceIds: [first.id] });
    expect(answer.body.results[8]?.message).toMatch(/First name is required/);

    // Only Fox's contact was created: the refused lines left the client as it was.
    const after = (await as.owner.get<Client>(`/clients/${globex.id}`)).body;
    expect(after.contacts.length).toBe(before + 1);
    expect(after.contacts.find((contact) => contact.email === emails.fox)).toMatchObject({
      firstName: 'Fox',
      role: 'technical',
    });

    // One e-mail per person, even with two workspaces; Fox accepts and sees both, with his role's rights.
    const [foxToken] = await linksIn(emails.fox, 1);
    expect((await api.post(`/invitations/${foxToken ?? ''}/accept`, { password: PASSWORD })).status).toBe(
      200,
    );
    const fox = api.as(await passwordToken(emails.fox, PASSWORD));
    const seen = (await fox.get<{ workspaces: Workspace[] }>('/workspaces')).body.workspaces.map(
      (ws) => ws.id,
    );
    expect(seen.sort()).toEqual([first.id, second.id].sort());
    expect(await linksIn(emails.fox, 1)).toHaveLength(1);

    // The invitation events carry no link: the secret exists only in the e-mails.
    const foxSent = (value: string) =>
      value.includes('identity.invitation.sent') && value.includes(emails.fox);
    const events = await readTopic(`${platform.namespace}.identity.events`, (all) =>
      all.some((message) => foxSent(message.value?.toString() ?? '')),
    );
    const sent = events
      .map((message) => message.value?.toString() ?? '')
      .filter((value) => value.includes('identity.invitation.sent'));
    expect(sent.length).toBeGreaterThan(0);
    for (const value of sent) {
      expect(value).not.toContain('/invitations/');
      expect(value).not.toContain(foxToken);
    }

    // Bill's login carries his CRM mobile (E.164) for login codes by SMS, and follows a change of it.
    const mobileOf = async () => (await realmUsersByEmail(emails.bill))[0]?.attributes?.mobile_number ?? [];
    expect(await mobileOf()).toEqual(['+33612345678']);
    const bill = after.contacts.find((contact) => contact.email === emails.bill) as Contact;
    const changed = await as.owner.request('PATCH', `/clients/${globex.id}/contacts/${bill.id}`, {
      mobile: '+44 7700 900123',
      expectedVersion: after.version,
    });
    expect(changed.status).toBe(200);
    expect(await eventually(mobileOf, (value) => value[0] === '+447700900123', 20_000)).toEqual([
      '+447700900123',
    ]);
  });

  it('refuses bulk input that cannot be read, naming the field, and callers without the right', async () => {
    const empty = await as.owner.post<{ violations: { field: string; code: string }[] }>(
      `/clients/${globex.id}/invitations`,
      { lines: [] },
    );
    expect(empty.status).toBe(400);
    expect(empty.body.violations).toEqual([expect.objectContaining({ field: 'lines', code: 'required' })]);
    const many = await as.owner.post(`/clients/${globex.id}/invitations`, {
      lines: Array.from({ length: 51 }, (_, index) => ({
        email: `${index}@x.test`,
        workspaceIds: [first.id],
      })),
    });
    expect(many.status).toBe(400);
    const one = {
      lines: [
        { email: `${uniqueName('x')}@globex.test`, firstName: 'X', lastName: 'Y', workspaceIds: [first.id] },
      ],
    };
    for (const caller of [as.manager, as.member, as.grace])
      expect((await caller.post(`/clients/${globex.id}/invitations`, one)).status).toBe(403);
    expect((await api.post(`/clients/${globex.id}/invitations`, one)).status).toBe(401);
    // Another organisation's client does not exist for this one.
    expect((await as.rivalOwner.post(`/clients/${globex.id}/invitations`, one)).status).toBe(404);
    for (const caller of [as.manager, as.member, as.grace])
      expect((await caller.post('/clients/portal-links', { clientIds: [globex.id] })).status).toBe(403);
    const nothing = await as.owner.post<{ violations: { field: string }[] }>('/clients/portal-links', {
      clientIds: [],
    });
    expect(nothing.status).toBe(400);
    expect(nothing.body.violations[0]?.field).toBe('clientIds');
    const foreign = await as.rivalOwner.post<{ results: { outcome: string; reason: string }[] }>(
      '/clients/portal-links',
      { clientIds: [globex.id] },
    );
    expect(foreign.body.results).toEqual([expect.objectContaining({ outcome: 'failed' })]);
  });

  it('lists invitations per tenant and per client; resend kills the old link, cancel kills the link; dead links reveal nothing', async () => {
    const email = `${uniqueName('dana')}@globex.test`;
    const invited = await as.owner.post<{ results: Result[] }>(`/clients/${globex.id}/invitations`, {
      lines: [{ email, firstName: 'Dana', lastName: 'Scully', role: 'observer', workspaceIds: [first.id] }],
    });
    expect(invited.body.results[0]?.outcome).toBe('invited');
    const [oldToken] = await linksIn(email, 1);
    expect((await api.get<Preview>(`/invitations/${oldToken ?? ''}`)).body).toMatchObject({
      email,
      status: 'pending',
    });

    const forClient = await as.member.get<{ invitations: Invitation[] }>(
      `/invitations?clientId=${globex.id}`,
    );
    expect(forClient.status).toBe(200);
    const row = forClient.body.invitations.find((invitation) => invitation.email === email) as Invitation;
    expect(row).toMatchObject({ status: 'pending', role: 'observer', workspaceId: first.id });
    expect(forClient.body.invitations.find((invitation) => invitation.email === emails.grace)?.status).toBe(
      'accepted',
    );
    const tenantWide = await as.owner.get<{ invitations: Invitation[] }>('/invitations?status=pending');
    expect(tenantWide.body.invitations.some((invitation) => invitation.email === emails.gavin)).toBe(true);
    expect(tenantWide.body.invitations.every((invitation) => invitation.status === 'pending')).toBe(true);
    expect((await as.rivalOwner.get<{ invitations: Invitation[] }>('/invitations')).body.invitations).toEqual(
      [],
    );
    expect((await as.grace.get('/invitations')).status).toBe(403);
    expect((await api.get('/invitations')).status).toBe(401);
    expect((await as.owner.get('/invitations?status=lost')).status).toBe(400);

    for (const caller of [as.manager, as.member, as.grace]) {
      expect((await caller.post(`/invitations/${row.id}/resend`)).status).toBe(403);
      expect((await caller.post(`/invitations/${row.id}/cancel`)).status).toBe(403);
    }
    expect((await as.rivalOwner.post(`/invitations/${row.id}/resend`)).status).toBe(404);

    const resent = await as.admin.post<Invitation>(`/invitations/${row.id}/resend`);
    expect(resent.body.status).toBe('pending');
    expect((await api.get(`/invitations/${oldToken ?? ''}`)).status).toBe(404);
    const [newToken] = await linksIn(email, 2);
    expect(newToken).not.toBe(oldToken);
    expect((await api.get<Preview>(`/invitations/${newToken ?? ''}`)).body.status).toBe('pending');

    const cancelled = await as.owner.post<Invitation>(`/invitations/${row.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await api.get<Preview>(`/invitations/${newToken ?? ''}`)).body).toEqual({
      email: '',
      displayName: '',
      tenantName: '',
      clientName: '',
      workspaceName: '',
      status: 'cancelled',
      hasPassword: false,
    });
    const refused = await api.post<{ reason: string }>(`/invitations/${newToken ?? ''}/accept`, {
      password: PASSWORD,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.reason).toBe('invitation.cancelled');
    expect((await as.owner.post<{ reason: string }>(`/invitations/${row.id}/cancel`)).body.reason).toBe(
      'invitation.not_pending',
    );
  });

  it('answers an address that signs in to another organisation like a fresh one; its owner is told by e-mail, without a link', async () => {
    const rivalClient = (
      await as.rivalOwner.post<Client>('/clients', {
        name: 'Initech',
        primaryContact: {
          firstName: 'Peter',
          lastName: 'Gibbons',
          email: `${uniqueName('peter')}@initech.test`,
          role: 'decision-maker',
        },
      })
    ).body;
    const portal = await as.rivalOwner.post<{ workspace: Workspace }>(
      `/clients/${rivalClient.id}/portal`,
      {},
    );
    const fresh = `${uniqueName('fresh')}@initech.test`;
    const line = (email: string) => ({
      lines: [
        {
          email,
          firstName: 'Same',
          lastName: 'Answer',
          role: 'observer',
          workspaceIds: [portal.body.workspace.id],
        },
      ],
    });
    const forTaken = await as.rivalOwner.post<{ results: Result[] }>(
      `/clients/${rivalClient.id}/invitations`,
      line(emails.grace),
    );
    const forFresh = await as.rivalOwner.post<{ results: Result[] }>(
      `/clients/${rivalClient.id}/invitations`,
      line(fresh),
    );
    const shape = (result: Result | undefined, email: string) =>
      JSON.stringify({
        ...result,
        email: result?.email === email ? '<email>' : result?.email,
        contactId: '',
      });
    expect(forTaken.status).toBe(forFresh.status);
    expect(shape(forTaken.body.results[0], emails.grace)).toBe(shape(forFresh.body.results[0], fresh));

    // Grace is told this address cannot be used there; her own portal login is untouched.
    const notice = await waitForMail(emails.grace, {
      subject: 'Rival Agency tried to invite you',
      timeoutMs: 30_000,
    });
    expect(notice.Text).toContain('cannot be used for two organisations');
    expect(notice.Text).not.toMatch(/\/invitations\//);
    expect(await passwordToken(emails.grace, PASSWORD)).toEqual(expect.any(String));
    expect((await as.grace.get('/workspaces')).status).toBe(200);
  });
});

import { eventually, passwordToken, uniqueName } from '@client-portal/testing';
import { Api, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Agency, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

interface Contact {
  id: string;
  email: string;
  primary: boolean;
  mobile: string;
}
interface Client {
  id: string;
  name: string;
  notes: string;
  ownerUserId: string;
  version: number;
  archived: boolean;
  status: string;
  statusHistory: { from: string; to: string; changedByName: string }[];
  contacts: Contact[];
  workspaceCount: number;
}
interface Problem {
  code: string;
  reason?: string;
  detail: string;
  violations?: { field: string; code: string }[];
}

type Caller = 'owner' | 'admin' | 'manager' | 'member' | 'client';

/**
 * The client record over REST (issue #8, items 1 and 2): every route this slice adds, called by each
 * staff role and by a client user; every answer is checked against its route's declared schema
 * (support/http.ts).
 */
describe('client record REST routes and their permission matrix', () => {
  let platform: Platform;
  let people: Agency;
  const api: Record<Caller, Api> = {} as Record<Caller, Api>;
  let staff: Record<Exclude<Caller, 'client'>, Person>;
  let clientUserClient: Client;

  async function newClient(name: string): Promise<Client> {
    const created = await api.owner.post<Client>('/clients', {
      name,
      notes: 'Internal: handle with care',
      primaryContact: {
        firstName: 'Pat',
        lastName: 'Primary',
        // Enabling a portal invites this address into the shared realm: an address of this run only.
        email: `${uniqueName('pat')}@client.test`,
      },
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  beforeAll(async () => {
    platform = await Platform.start();
    const base = new Api(platform.url);
    people = await createTenant(platform, { name: 'Record Agency' });
    staff = {
      owner: people.owner,
      admin: await addStaff(platform, people.tenantId, 'admin', 'Ada Admin'),
      manager: await addStaff(platform, people.tenantId, 'manager', 'Max Manager'),
      member: await addStaff(platform, people.tenantId, 'member', 'Mia Member'),
    };
    for (const role of ['owner', 'admin', 'manager', 'member'] as const)
      api[role] = base.as(await passwordToken(staff[role].email, staff[role].password));
    clientUserClient = await newClient('Client User Co');
    const user = await addClientUser(platform, people.tenantId, clientUserClient.id, 'Carl Client');
    api.client = base.as(await passwordToken(user.email, user.password));
    // crm learns the team from identity's events.
    await eventually(
      () => api.member.get<{ staff: unknown[] }>('/staff'),
      (answer) => answer.status === 200 && answer.body.staff.length === 4,
    );
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('GET /staff lists the active team for the owner picker', async () => {
    const answer = await api.manager.get<{ staff: { displayName: string; role: string }[] }>('/staff');
    expect(answer.body.staff.map((member) => [member.displayName, member.role])).toEqual([
      ['Ada Admin', 'admin'],
      ['Max Manager', 'manager'],
      ['Mia Member', 'member'],
      ['Olivia Owner', 'owner'],
    ]);
  });

  it('enforces the matrix on every route, for every staff role and a client user', async () => {
    const may: Record<Caller, { view: boolean; edit: boolean; remove: boolean }> = {
      owner: { view: true, edit: true, remove: true },
      admin: { view: true, edit: true, remove: true },
      manager: { view: true, edit: true, remove: false },
      member: { view: true, edit: false, remove: false },
      client: { view: false, edit: false, remove: false },
    };
    for (const caller of Object.keys(may) as Caller[]) {
      const target = await newClient(`Matrix ${caller} Co`);
      const as = api[caller];
      // Each step reads the current version as the web app would, then writes with it.
      const version = async () => (await api.owner.get<Client>(`/clients/${target.id}`)).body.version;
      const contactId = async (primary: boolean) =>
        (await api.owner.get<Client>(`/clients/${target.id}`)).body.contacts.find(
          (contact) => contact.primary === primary,
        )?.id ?? 'none';
      const steps: [string, () => Promise<ApiResponse>, boolean, number][] = [
        ['GET /staff', () => as.get('/staff'), may[caller].view, 200],
        [
          'PATCH /clients/:id',
          async () =>
            as.request('PATCH', `/clients/${target.id}`, {
              expectedVersion: await version(),
              industry: caller,
            }),
          may[caller].edit,
          200,
        ],
        [
          'POST /clients/:id/contacts',
          async () =>
            as.post(`/clients/${target.id}/contacts`, {
              expectedVersion: await version(),
              firstName: 'Sam',
              lastName: 'Second',
              email: `sam.${caller}@matrix.test`,
              mobile: '+33 6 11 22 33 44',
              role: 'technical',
            }),
          may[caller].edit,
          201,
        ],
        [
          'PATCH /clients/:id/contacts/:contactId',
          async () =>
            as.request('PATCH', `/clients/${target.id}/contacts/${await contactId(true)}`, {
              expectedVersion: await version(),
              phone: '+33 1 11 22 33 44',
            }),
          may[caller].edit,
          200,
        ],
        [
          'POST /clients/:id/contacts/:contactId/primary',
          async () =>
            as.post(`/clients/${target.id}/contacts/${await contactId(true)}/primary`, {
              expectedVersion: await version(),
            }),
          may[caller].edit,
          200,
        ],
        [
          'DELETE /clients/:id/contacts/:contactId',
          async () =>
            as.request(
              'DELETE',
              `/clients/${target.id}/contacts/${await contactId(false)}?expectedVersion=${await version()}`,
            ),
          may[caller].edit,
          200,
        ],
        [
          'POST /clients/:id/archive',
          async () => as.post(`/clients/${target.id}/archive`, { expectedVersion: await version() }),
          may[caller].edit,
          200,
        ],
        [
          'POST /clients/:id/restore',
          async () => as.post(`/clients/${target.id}/restore`, { expectedVersion: await version() }),
          may[caller].edit,
          200,
        ],
        [
          'DELETE /clients/:id',
          async () => as.request('DELETE', `/clients/${target.id}?expectedVersion=${await version()}`),
          may[caller].remove,
          200,
        ],
      ];
      for (const [route, call, allowed, success] of steps) {
        const answer = await call();
        if (allowed) {
          expect([caller, route, answer.status]).toEqual([caller, route, success]);
        } else {
          expect([caller, route, answer.status]).toEqual([caller, route, 403]);
          const problem = answer.body as Problem;
          expect(problem.code).toBe('PERMISSION_DENIED');
          // A client user is refused as not staff; staff below the rule by the permission.
          expect(problem.reason).toMatch(/^(permission\.clients\.(view|edit|delete)|access\.staff_only)$/);
        }
      }
      const after = await api.owner.get<Client>(`/clients/${target.id}`);
      expect([caller, after.status]).toEqual([caller, may[caller].remove ? 404 : 200]);
      if (!may[caller].edit) expect(after.body.version).toBe(target.version);
    }
  });

  it('shows a client user their own client without notes, owner or status history', async () => {
    const seen = await api.client.get<Client>(`/clients/${clientUserClient.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ notes: '', ownerUserId: '', statusHistory: [], version: 0 });
    expect(JSON.stringify(seen.body)).not.toContain(people.owner.userId);
    const other = await newClient('Not Yours Co');
    expect((await api.client.get(`/clients/${other.id}`)).status).toBe(404);
  });

  it('answers bad input with the field, a stale version with 409, a referenced delete with 409', async () => {
    const client = await newClient('Rules Co');
    const unknownOwner = await api.manager.request<Problem>('PATCH', `/clients/${client.id}`, {
      expectedVersion: client.version,
      ownerUserId: 'someone-else',
    });
    expect(unknownOwner.status).toBe(400);
    expect(unknownOwner.body.violations).toEqual([
      expect.objectContaining({ field: 'ownerUserId', code: 'invalid_value' }),
    ]);

    const edited = await api.manager.request<Client>('PATCH', `/clients/${client.id}`, {
      expectedVersion: client.version,
      status: 'prospect',
      ownerUserId: staff.member.userId,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      status: 'prospect',
      ownerUserId: staff.member.userId,
      notes: 'Internal: handle with care',
    });
    expect(edited.body.statusHistory.map((change) => [change.from, change.to, change.changedByName])).toEqual(
      [
        ['', 'active', 'Olivia Owner'],
        ['active', 'prospect', 'Max Manager'],
      ],
    );

    const stale = await api.admin.request<Problem>('PATCH', `/clients/${client.id}`, {
      expectedVersion: client.version,
      name: 'Overwritten Co',
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'client.changed' });
    expect(stale.body.detail).toBe('Rules Co was changed by someone else: reload');
    expect((await api.owner.get<Client>(`/clients/${client.id}`)).body.name).toBe('Rules Co');

    const duplicate = await api.manager.post<Problem>(`/clients/${client.id}/contacts`, {
      expectedVersion: edited.body.version,
      firstName: 'Pat',
      lastName: 'Again',
      email: client.contacts[0]?.email.toUpperCase(),
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.violations).toEqual([
      expect.objectContaining({ field: 'contact.email', code: 'not_unique' }),
    ]);

    const withSecond = await api.manager.post<Client>(`/clients/${client.id}/contacts`, {
      expectedVersion: edited.body.version,
      firstName: 'Quinn',
      lastName: 'Second',
      email: 'quinn@rulesco.test',
    });
    const primary = withSecond.body.contacts.find((contact) => contact.primary);
    const noSuccessor = await api.manager.request<Problem>(
      'DELETE',
      `/clients/${client.id}/contacts/${primary?.id ?? ''}?expectedVersion=${withSecond.body.version}`,
    );
    expect(noSuccessor.status).toBe(409);
    expect(noSuccessor.body.reason).toBe('contact.successor_required');

    const enabled = await api.owner.post(`/clients/${client.id}/portal`, {});
    expect(enabled.status).toBe(201);
    // crm learns of the workspace from portal's event; until then the record shows none.
    const withWorkspace = await eventually(
      () => api.owner.get<Client>(`/clients/${client.id}`),
      (answer) => answer.body.workspaceCount === 1,
    );
    const referenced = await api.owner.request<Problem>(
      'DELETE',
      `/clients/${client.id}?expectedVersion=${withWorkspace.body.version}`,
    );
    expect(referenced.status).toBe(409);
    expect(referenced.body.reason).toBe('client.referenced');
    expect(referenced.body.detail).toMatch(/Archive it instead/);
  });
});

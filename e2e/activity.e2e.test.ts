import type { StaffRole } from '@client-portal/kit';
import { eventually, passwordToken } from '@client-portal/testing';
import { Api } from './support/http.js';
import { Platform } from './support/platform.js';
import { dayFromToday, EventPublisher } from './support/activity-fixtures.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';

interface Entry {
  id: string;
  actorName: string;
  kind: string;
  body: string;
  own: boolean;
  occurredAt: string;
  editedAt: string;
}
interface Dashboard {
  moneyVisible: boolean;
  activeClients: number;
  prospectClients: number;
  projectsInProgress: number;
  totalValueMinor: string;
  pipelineValueMinor: string;
  lateProjects: { name: string }[];
  dueThisWeek: { name: string }[];
  pendingRequests: { clientName: string }[];
  revenueByMonth: { totalMinor: string }[];
  recentActivity: Entry[];
}

const STAFF_ROLES: StaffRole[] = ['owner', 'admin', 'manager', 'member'];

/**
 * The activity routes through the REST API with real Keycloak logins of every staff role and a client
 * user: the permission matrix (every route × every role), notes own-only, and the dashboard's figures
 * matching the data this test created.
 */
describe('activity REST API: timeline, notes, metrics, dashboard × roles', () => {
  let platform: Platform;
  let publisher: EventPublisher;
  const as: Partial<Record<StaffRole | 'client', Api>> = {};
  const api = (who: StaffRole | 'client'): Api => {
    const found = as[who];
    if (!found) throw new Error(`no login for ${who}`);
    return found;
  };
  let globexId = '';

  beforeAll(async () => {
    platform = await Platform.start();
    publisher = new EventPublisher(platform);
    const base = new Api(platform.url);
    const { tenantId, owner } = await createTenant(platform, { name: 'Activity Agency' });
    as.owner = base.as(await passwordToken(owner.email, owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const login = await addStaff(platform, tenantId, role);
      as[role] = base.as(await passwordToken(login.email, login.password));
    }
    const globex = await api('owner').post<{ id: string }>('/clients', { name: 'Globex' });
    expect(globex.status).toBe(201);
    globexId = globex.body.id;
    await api('owner').post('/clients', { name: 'Initech' });
    const prospect = await api('owner').post<{ id: string }>('/clients', {
      name: 'Hooli',
      status: 'prospect',
    });
    const client = await addClientUser(platform, tenantId, globexId);
    as.client = base.as(await passwordToken(client.email, client.password));

    await publisher.project(tenantId, globexId, {
      name: 'Late rebrand',
      changedBy: owner.userId,
      status: 'in-progress',
      dueDate: dayFromToday(-2),
      contractValueMinor: 400_000,
      milestones: [{ milestoneId: 'm-1', name: 'Logo sign-off', dueDate: dayFromToday(0), done: false }],
    });
    await publisher.project(tenantId, globexId, {
      name: 'Shop',
      status: 'in-progress',
      dueDate: dayFromToday(40),
      contractValueMinor: 600_000,
    });
    await publisher.project(tenantId, prospect.body.id, { name: 'Pitch', contractValueMinor: 150_000 });
    await publisher.invoice(tenantId, globexId, 250_000);
    await publisher.clientMessage(tenantId, globexId);
  }, 240_000);

  afterAll(async () => {
    await publisher.close();
    await platform.stop();
  });

  it('shows the timeline to every staff role, never to a client user or without a login', async () => {
    const timeline = await eventually(
      () => api('member').get<{ entries: Entry[] }>(`/clients/${globexId}/timeline`),
      // Every fact published above, not merely five entries: the client user's workspace adds one too.
      (response) =>
        response.status === 200 &&
        response.body.entries.filter((entry) => entry.kind === 'project.created').length >= 2 &&
        ['client.created', 'invoice.issued', 'message.from_client'].every((kind) =>
          response.body.entries.some((entry) => entry.kind === kind),
        ),
    );
    // The actor's name comes from the staff directory when the event only names them by id.
    const created = timeline.body.entries.filter((entry) => entry.kind === 'project.created');
    // Late rebrand was changed by the owner; Shop by a non-staff id, which stays unnamed.
    expect(created.map((entry) => entry.actorName).sort()).toEqual(['', 'Olivia Owner']);
    expect(timeline.body.entries.map((entry) => entry.kind)).toEqual(
      expect.arrayContaining(['client.created', 'project.created', 'invoice.issued', 'message.from_client']),
    );
    for (const role of STAFF_ROLES) {
      const response = await api(role).get(`/clients/${globexId}/timeline?category=project&pageSize=1`);
      expect(response.status).toBe(200);
    }
    expect((await api('client').get(`/clients/${globexId}/timeline`)).status).toBe(403);
    expect((await new Api(platform.url).get(`/clients/${globexId}/timeline`)).status).toBe(401);
    expect((await api('owner').get(`/clients/${globexId}/timeline?category=gossip`)).status).toBe(400);
    expect((await api('owner').get('/clients/nope/timeline')).status).toBe(404);
  });

  it('lets every staff role write, edit and delete their own notes, not anyone else’s', async () => {
    const notes: Partial<Record<StaffRole, Entry>> = {};
    for (const role of STAFF_ROLES) {
      const created = await api(role).post<Entry>(`/clients/${globexId}/notes`, { body: `Note by ${role}` });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ kind: 'note', own: true, body: `Note by ${role}` });
      notes[role] = created.body;
    }
    const empty = await api('member').post<{ violations: { field: string; code: string }[] }>(
      `/clients/${globexId}/notes`,
      { body: ' ' },
    );
    expect(empty.status).toBe(400);
    expect(empty.body.violations).toEqual([expect.objectContaining({ field: 'body', code: 'required' })]);
    expect((await api('client').post(`/clients/${globexId}/notes`, { body: 'Hi' })).status).toBe(403);

    for (const role of STAFF_ROLES) {
      const own = notes[role];
      const someoneElses = notes[role === 'owner' ? 'member' : 'owner'];
      if (!own || !someoneElses) throw new Error('notes missing');
      const edited = await api(role).request<Entry>('PATCH', `/clients/${globexId}/notes/${own.id}`, {
        body: `Edited by ${role}`,
        expectedVersion: own.occurredAt,
      });
      expect(edited.status).toBe(200);
      expect(edited.body.body).toBe(`Edited by ${role}`);
      const stale = await api(role).request('PATCH', `/clients/${globexId}/notes/${own.id}`, {
        body: 'stale',
        expectedVersion: own.occurredAt,
      });
      expect(stale.status).toBe(409);
      const foreignEdit = await api(role).request('PATCH', `/clients/${globexId}/notes/${someoneElses.id}`, {
        body: 'not mine',
      });
      expect(foreignEdit.status).toBe(403);
      const foreignDelete = await api(role).request(
        'DELETE',
        `/clients/${globexId}/notes/${someoneElses.id}`,
      );
      expect(foreignDelete.status).toBe(403);
    }
    const clientEdit = await api('client').request(
      'PATCH',
      `/clients/${globexId}/notes/${notes.owner?.id ?? ''}`,
      {
        body: 'x',
      },
    );
    expect(clientEdit.status).toBe(403);
    expect(
      (await api('client').request('DELETE', `/clients/${globexId}/notes/${notes.owner?.id ?? ''}`)).status,
    ).toBe(403);

    for (const role of STAFF_ROLES) {
      const deleted = await api(role).request(
        'DELETE',
        `/clients/${globexId}/notes/${notes[role]?.id ?? ''}`,
      );
      expect(deleted.status).toBe(200);
    }
    const left = await api('owner').get<{ entries: Entry[] }>(`/clients/${globexId}/timeline?category=note`);
    expect(left.body.entries).toEqual([]);
  });

  it('shows client metrics to owners, admins and managers only', async () => {
    const metrics = await eventually(
      () =>
        api('manager').get<{ totalValueMinor: string; invoicedMinor: string; projectCount: number }>(
          `/clients/${globexId}/metrics`,
        ),
      (response) =>
        response.status === 200 && response.body.projectCount === 2 && response.body.invoicedMinor !== '0',
    );
    expect(metrics.body).toMatchObject({
      totalValueMinor: '1000000',
      invoicedMinor: '250000',
      repeatProjects: 1,
    });
    for (const role of ['owner', 'admin'] as const)
      expect((await api(role).get(`/clients/${globexId}/metrics`)).status).toBe(200);
    const member = await api('member').get<{ detail: string }>(`/clients/${globexId}/metrics`);
    expect(member.status).toBe(403);
    expect(member.body.detail).toContain('manager');
    expect((await api('client').get(`/clients/${globexId}/metrics`)).status).toBe(403);
  });

  it('counts the dashboard from the data created, without money figures for members', async () => {
    const dashboard = await eventually(
      () => api('owner').get<Dashboard>('/dashboard'),
      (response) =>
        response.status === 200 &&
        response.body.projectsInProgress === 2 &&
        response.body.pendingRequests.length === 1 &&
        response.body.pipelineValueMinor === '150000',
    );
    expect(dashboard.body).toMatchObject({
      moneyVisible: true,
      activeClients: 2,
      prospectClients: 1,
      projectsInProgress: 2,
      totalValueMinor: '1150000',
      pipelineValueMinor: '150000',
    });
    expect(dashboard.body.lateProjects.map((project) => project.name)).toEqual(['Late rebrand']);
    expect(dashboard.body.dueThisWeek.map((milestone) => milestone.name)).toEqual(['Logo sign-off']);
    expect(dashboard.body.pendingRequests.map((request) => request.clientName)).toEqual(['Globex']);
    expect(dashboard.body.revenueByMonth.at(-1)?.totalMinor).toBe('250000');

    for (const role of ['admin', 'manager'] as const) {
      const response = await api(role).get<Dashboard>('/dashboard');
      expect(response.status).toBe(200);
      expect(response.body.moneyVisible).toBe(true);
    }
    const member = await api('member').get<Dashboard>('/dashboard');
    expect(member.status).toBe(200);
    expect(member.body).toMatchObject({
      moneyVisible: false,
      activeClients: 2,
      projectsInProgress: 2,
      totalValueMinor: '',
      pipelineValueMinor: '',
      revenueByMonth: [],
    });
    expect(JSON.stringify(member.body)).not.toContain('250000');
    expect((await api('client').get('/dashboard')).status).toBe(403);
    expect((await api('owner').get('/dashboard?month=2026-1')).status).toBe(400);
  });
});

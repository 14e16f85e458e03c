import { passwordToken } from '@client-portal/testing';
import { Api, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Project {
  id: string;
  name: string;
  version: number;
  clientId: string;
  milestones: { id: string; name: string; done: boolean }[];
  time: { entries: { id: string; staffId: string; note: string }[]; totalMinutes: number } | null;
  costs: { estimatedCostMinor: string; marginMinor: string; labourCostMinor: string } | null;
}

const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const;
type Role = (typeof STAFF_ROLES)[number] | 'client';
const ROLES: Role[] = [...STAFF_ROLES, 'client'];

/** Words that name an internal figure: no key of a client user's answer may contain one. */
const INTERNAL_KEY = /cost|margin|labou?r|time|minutes|hourly|staff|createdBy|version/i;
// Figures match only as whole values: an id such as d7500b82-… must not count as a leak.
const INTERNAL_VALUE = /internal only note|(?<![\w-])(4200000|7500)(?![\w-])/;

function internalKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => internalKeys(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(INTERNAL_KEY.test(key) ? [`${path}.${key}`] : []),
    ...internalKeys(inner, `${path}.${key}`),
  ]);
}

/** Every answer a client user receives: nothing internal, neither as a key nor as a value. */
function assertNothingInternal(response: ApiResponse): void {
  expect(internalKeys(response.body)).toEqual([]);
  expect(JSON.stringify(response.body)).not.toMatch(INTERNAL_VALUE);
}

/**
 * The projects API through the gateway, for every route and every role: the owner, an admin, a
 * manager, a member and a client user of the project's client (plus another client's user), on the
 * real platform with Keycloak logins.
 */
describe('projects over REST: the permission matrix and the client-user view', () => {
  let platform: Platform;
  const as = {} as Record<Role | 'otherClient', Api>;
  let clientId: string;
  let otherClientId: string;
  /** A project of clientId with an estimated cost and an internal time entry. */
  let project: Project;
  let otherProject: Project;

  const fresh = async (): Promise<Project> => (await as.owner.get<Project>(`/projects/${project.id}`)).body;

  beforeAll(async () => {
    platform = await Platform.start();
    const api = new Api(platform.url);
    const { tenantId, owner } = await createTenant(platform, {
      name: 'Projects Agency',
      password: 'Owner-Pass-2026',
    });
    as.owner = api.as(await passwordToken(owner.email, owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, tenantId, role, `The ${role}`);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    clientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    otherClientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Hooli' })).body.id;
    const contact = await addClientUser(platform, tenantId, clientId, 'Grace Hopper');
    as.client = api.as(await passwordToken(contact.email, contact.password));
    const rival = await addClientUser(platform, tenantId, otherClientId, 'Gavin Belson');
    as.otherClient = api.as(await passwordToken(rival.email, rival.password));

    const created = await as.manager.post<Project>(`/clients/${clientId}/projects`, {
      name: 'Website redesign',
      status: 'in-progress',
      progress: 30,
      startDate: '2026-01-05',
      dueDate: '2026-06-30',
      contractValueMinor: '9000000',
      estimatedCostMinor: '4200000',
      defaultHourlyRateMinor: '7500',
      milestones: [{ name: 'Design approved', dueDate: '2026-02-15', done: true }],
    });
    expect(created.status).toBe(201);
    project = created.body;
    await as.member.post(`/projects/${project.id}/time-entries`, {
      date: '2026-02-01',
      minutes: 120,
      note: 'internal only note',
    });
    otherProject = (
      await as.owner.post<Project>(`/clients/${otherClientId}/projects`, {
        name: 'Hooli app',
        status: 'completed',
      })
    ).body;
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  const expectStatus = (response: ApiResponse, status: number, label: string) => {
    expect({ label, status: response.status }).toEqual({ label, status });
  };

  it('GET /projects and GET /clients/:clientId/projects: every staff role, not client users', async () => {
    for (const role of ROLES) {
      const tenantWide = await as[role].get<{ projects: Project[] }>('/projects');
      const ofClient = await as[role].get<{ projects: Project[] }>(`/clients/${clientId}/projects`);
      const expected = role === 'client' ? 403 : 200;
      expectStatus(tenantWide, expected, `${role} GET /projects`);
      expectStatus(ofClient, expected, `${role} GET /clients/:id/projects`);
      if (role === 'client') {
        assertNothingInternal(tenantWide);
        assertNothingInternal(ofClient);
        continue;
      }
      expect(tenantWide.body.projects.map((item) => item.name).sort()).toEqual([
        'Hooli app',
        'Website redesign',
      ]);
      expect(ofClient.body.projects.map((item) => item.name)).toEqual(['Website redesign']);
      // Costs are metrics: managers and up; members see their own time only.
      const listed = ofClient.body.projects[0];
      if (role === 'member') expect(listed?.costs).toBeNull();
      else expect(listed?.costs).toMatchObject({ estimatedCostMinor: '4200000', labourCostMinor: '15000' });
    }
  });

  it('POST /clients/:clientId/projects: manager and up; bad input named per field', async () => {
    for (const role of ROLES) {
      const response = await as[role].post<Project>(`/clients/${clientId}/projects`, { name: `By ${role}` });
      expectStatus(response, ['owner', 'admin', 'manager'].includes(role) ? 201 : 403, `${role} create`);
      if (role === 'client') assertNothingInternal(response);
    }
    const member = await as.member.post<{ detail: string; reason: string }>(`/clients/${clientId}/projects`, {
      name: 'X',
    });
    expect(member.body).toMatchObject({
      reason: 'permission.projects.edit',
      detail: expect.stringContaining('manager role or higher') as unknown,
    });
    const invalid = await as.manager.post<{ violations: { field: string; code: string }[] }>(
      `/clients/${clientId}/projects`,
      { name: 'Bad', progress: 120, startDate: '2026-05-01', dueDate: '2026-04-01' },
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.violations).toEqual([
      expect.objectContaining({ field: 'progress', code: 'too_big' }),
      expect.objectContaining({ field: 'dueDate', code: 'invalid_value' }),
    ]);
    // A member cannot set a cost figure even where it could create (it cannot create at all here).
    const unknownClient = await as.manager.post(`/clients/nope/projects`, { name: 'X' });
    expect(unknownClient.status).toBe(400);
  });

  it('GET /projects/:projectId: staff (costs for manager and up), not client users', async () => {
    for (const role of ROLES) {
      const response = await as[role].get<Project>(`/projects/${project.id}`);
      expectStatus(response, role === 'client' ? 403 : 200, `${role} get`);
      if (role === 'client') assertNothingInternal(response);
      else if (role === 'member') {
        expect(response.body.costs).toBeNull();
        expect(response.body.time?.entries.map((entry) => entry.note)).toEqual(['internal only note']);
      } else expect(response.body.costs?.marginMinor).toBe(String(9000000 - 4200000 - 15000));
    }
  });

  it('PATCH /projects/:projectId: manager and up; the second of two concurrent edits gets 409', async () => {
    for (const role of ROLES) {
      const { version } = await fresh();
      const response = await as[role].request<Project>('PATCH', `/projects/${project.id}`, {
        expectedVersion: version,
        progress: 40,
      });
      expectStatus(response, ['owner', 'admin', 'manager'].includes(role) ? 200 : 403, `${role} patch`);
      if (role === 'client') assertNothingInternal(response);
    }
    const { version } = await fresh();
    const first = await as.manager.request('PATCH', `/projects/${project.id}`, {
      expectedVersion: version,
      progress: 50,
    });
    const second = await as.admin.request<{ detail: string }>('PATCH', `/projects/${project.id}`, {
      expectedVersion: version,
      name: 'Overwrite',
    });
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.body.detail).toContain('changed by someone else');
    expect((await fresh()).name).toBe('Website redesign');
  });

  it('DELETE /projects/:projectId: admin and owner only', async () => {
    for (const role of ROLES) {
      const doomed = (
        await as.owner.post<Project>(`/clients/${clientId}/projects`, { name: `Doomed ${role}` })
      ).body;
      const response = await as[role].request(
        'DELETE',
        `/projects/${doomed.id}?expectedVersion=${doomed.version}`,
      );
      expectStatus(response, ['owner', 'admin'].includes(role) ? 200 : 403, `${role} delete`);
      if (role === 'client') assertNothingInternal(response);
      const after = await as.owner.get(`/projects/${doomed.id}`);
      expect(after.status).toBe(['owner', 'admin'].includes(role) ? 404 : 200);
    }
  });

  it('milestones: add, change and remove, manager and up', async () => {
    for (const role of ROLES) {
      const allowed = ['owner', 'admin', 'manager'].includes(role);
      const added = await as[role].post<Project>(`/projects/${project.id}/milestones`, {
        expectedVersion: (await fresh()).version,
        name: `Milestone ${role}`,
        dueDate: '2026-03-01',
      });
      expectStatus(added, allowed ? 201 : 403, `${role} add milestone`);
      // The others act on a milestone the owner adds for them.
      const target = allowed
        ? added.body
        : (
            await as.owner.post<Project>(`/projects/${project.id}/milestones`, {
              expectedVersion: (await fresh()).version,
              name: `Milestone for ${role}`,
            })
          ).body;
      const milestoneId = target.milestones.at(-1)?.id ?? '';
      const ticked = await as[role].request<Project>(
        'PATCH',
        `/projects/${project.id}/milestones/${milestoneId}`,
        {
          expectedVersion: (await fresh()).version,
          done: true,
        },
      );
      expectStatus(ticked, allowed ? 200 : 403, `${role} tick milestone`);
      if (allowed)
        expect(ticked.body.milestones.at(-1)).toMatchObject({ done: true, name: `Milestone ${role}` });
      const removed = await as[role].request<Project>(
        'DELETE',
        `/projects/${project.id}/milestones/${milestoneId}?expectedVersion=${(await fresh()).version}`,
      );
      expectStatus(removed, allowed ? 200 : 403, `${role} remove milestone`);
      if (role === 'client') [added, ticked, removed].forEach(assertNothingInternal);
    }
  });

  it('time entries: every staff role logs and removes its own, nobody removes another person’s', async () => {
    for (const role of ROLES) {
      const logged = await as[role].post<Project>(`/projects/${project.id}/time-entries`, {
        date: '2026-03-02',
        minutes: 30,
        note: `by ${role}`,
      });
      expectStatus(logged, role === 'client' ? 403 : 201, `${role} log time`);
      if (role === 'client') {
        assertNothingInternal(logged);
        continue;
      }
      const entry = logged.body.time?.entries.find((candidate) => candidate.note === `by ${role}`);
      expect(entry).toBeDefined();
      const removed = await as[role].request<Project>(
        'DELETE',
        `/projects/${project.id}/time-entries/${entry?.id}`,
      );
      expectStatus(removed, 200, `${role} remove own entry`);
    }
    const memberEntry = (await fresh()).time?.entries.find((entry) => entry.note === 'internal only note');
    for (const role of ['owner', 'manager', 'client'] as const) {
      const response = await as[role].request(
        'DELETE',
        `/projects/${project.id}/time-entries/${memberEntry?.id}`,
      );
      expectStatus(response, 403, `${role} remove the member's entry`);
      if (role === 'client') assertNothingInternal(response);
    }
    const rated = await as.member.post<{ violations: { field: string }[] }>(
      `/projects/${project.id}/time-entries`,
      {
        date: '2026-03-02',
        minutes: 30,
        hourlyRateMinor: '9000',
      },
    );
    expect(rated.status).toBe(403);
  });

  it("GET /portal/projects: the client user's own projects only, and nothing internal", async () => {
    for (const role of STAFF_ROLES)
      expectStatus(await as[role].get('/portal/projects'), 403, `${role} portal list`);
    const mine = await as.client.get<{ projects: Project[] }>('/portal/projects');
    expect(mine.status).toBe(200);
    expect(mine.body.projects.map((item) => item.name).sort()).toEqual(
      // Created and (for roles that could not delete) left by the tests above.
      [
        'By admin',
        'By manager',
        'By owner',
        'Doomed client',
        'Doomed manager',
        'Doomed member',
        'Website redesign',
      ],
    );
    expect(mine.body.projects.find((item) => item.name === 'Website redesign')).toMatchObject({
      progress: 50,
      contractValueMinor: '9000000',
      // Plus the milestones the refused roles could not remove in the milestones test.
      milestones: expect.arrayContaining([
        expect.objectContaining({ name: 'Design approved', done: true }),
      ]) as unknown,
    });
    assertNothingInternal(mine);
    const theirs = await as.otherClient.get<{ projects: Project[] }>('/portal/projects');
    expect(theirs.body.projects.map((item) => item.name)).toEqual(['Hooli app']);
    assertNothingInternal(theirs);
  });

  it('POST /portal/projects/:projectId/rating: the client of a completed project, 1-5; another client gets 404', async () => {
    for (const role of STAFF_ROLES)
      expectStatus(
        await as[role].post(`/portal/projects/${project.id}/rating`, { score: 5 }),
        403,
        `${role} rate`,
      );
    const early = await as.client.post<{ reason: string }>(`/portal/projects/${project.id}/rating`, {
      score: 5,
    });
    expect(early.status).toBe(409);
    expect(early.body.reason).toBe('project.not_completed');
    assertNothingInternal(early);
    await as.manager.request('PATCH', `/projects/${project.id}`, {
      expectedVersion: (await fresh()).version,
      status: 'completed',
      progress: 100,
    });
    const outOfRange = await as.client.post(`/portal/projects/${project.id}/rating`, { score: 0 });
    expect(outOfRange.status).toBe(400);
    const rated = await as.client.post<{ rating: { score: number; comment: string } }>(
      `/portal/projects/${project.id}/rating`,
      { score: 4, comment: 'Good job' },
    );
    expect(rated.status).toBe(200);
    assertNothingInternal(rated);
    const changed = await as.client.post<{ rating: { score: number; comment: string } }>(
      `/portal/projects/${project.id}/rating`,
      { score: 5, comment: 'Great job' },
    );
    expect(changed.body.rating).toMatchObject({
      score: 5,
      comment: 'Great job',
      ratedByName: 'Grace Hopper',
    });
    assertNothingInternal(changed);
    // Another client's user: the project does not exist for them.
    const foreign = await as.otherClient.post(`/portal/projects/${project.id}/rating`, { score: 1 });
    expect(foreign.status).toBe(404);
    assertNothingInternal(foreign);
    const ownCompleted = await as.otherClient.post(`/portal/projects/${otherProject.id}/rating`, {
      score: 2,
    });
    expect(ownCompleted.status).toBe(200);
    // Staff see the rating.
    for (const role of STAFF_ROLES)
      expect(
        (await as[role].get<{ rating: { score: number } }>(`/projects/${project.id}`)).body.rating,
      ).toMatchObject({
        score: 5,
      });
  });
});

import { randomUUID } from 'node:crypto';
import { createServiceClient } from '@client-portal/contracts';
import { createRealmUser, passwordToken, testPrincipalSigner, uniqueName } from '@client-portal/testing';
import { seedTasks } from '../deploy/local/seed-tasks.js';
import { ExternalUserRepository } from '../services/identity/src/store/external-user.repository.js';
import { Api } from './support/http.js';
import { addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Task {
  id: string;
  title: string;
  version: number;
  status: string;
  assignee: { kind: string; id: string; name: string } | null;
}
interface Problem {
  violations?: { field: string; code: string }[];
}

const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const;

/**
 * The tasks API through the gateway for every kind of caller: the four staff roles, a decision-maker
 * and an observer of the workspace's client, a user of another client, and a user of the same client
 * not added to the workspace. Real Keycloak tokens, real services.
 */
describe('tasks over REST: the permission matrix and what a client user receives', () => {
  let platform: Platform;
  const as = {} as Record<
    (typeof STAFF_ROLES)[number] | 'decider' | 'observer' | 'otherClient' | 'notInWorkspace',
    Api
  >;
  let workspaceId: string;
  let contactId: string;
  let memberId: string;
  let tenantId: string;

  beforeAll(async () => {
    platform = await Platform.start();
    const api = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Tasks Agency' });
    tenantId = agency.tenantId;
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, agency.tenantId, role, `The ${role}`);
      if (role === 'member') memberId = person.userId;
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    const newClient = async (name: string) => {
      const created = await as.owner.post<{ id: string; contacts: { id: string }[] }>('/clients', {
        name,
        primaryContact: { firstName: name, lastName: 'Contact', email: `${uniqueName('c')}@client.test` },
      });
      const enabled = await as.owner.post<{ workspace: { id: string } }>(
        `/clients/${created.body.id}/portal`,
      );
      return {
        clientId: created.body.id,
        contactId: created.body.contacts[0]?.id ?? '',
        workspaceId: enabled.body.workspace.id,
      };
    };
    const globex = await newClient('Globex');
    const hooli = await newClient('Hooli');
    workspaceId = globex.workspaceId;
    contactId = globex.contactId;

    const identity = platform.runtimes.get('identity');
    if (!identity) throw new Error('identity is not running');
    const users = new ExternalUserRepository(identity.connection);
    /** A portal user of a client, with the role's default rights in the given workspaces. */
    const portalUser = async (client: typeof globex, role: string, workspaces: string[]) => {
      const email = `${uniqueName('user')}@client.test`;
      const password = 'Client-Pass-2026';
      const keycloakId = await createRealmUser({ email, password, tenantId: agency.tenantId });
      const now = new Date();
      await users.insert({
        id: randomUUID(),
        tenantId: agency.tenantId,
        keycloakId,
        email,
        displayName: `${role} user`,
        clientId: client.clientId,
        contactId: client.contactId,
        role: role,
        workspaceIds: workspaces,
        workspaceAccess: [],
        status: 'active',
        activatedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      return api.as(await passwordToken(email, password));
    };
    as.decider = await portalUser(globex, 'decision-maker', [globex.workspaceId]);
    as.observer = await portalUser(globex, 'observer', [globex.workspaceId]);
    as.notInWorkspace = await portalUser(globex, 'decision-maker', []);
    as.otherClient = await portalUser(hooli, 'decision-maker', [hooli.workspaceId]);
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('lets every staff role add, edit and delete; refuses every client user; hides what they may not see', async () => {
    const created: Task[] = [];
    for (const role of STAFF_ROLES) {
      const answer = await as[role].post<Task>(`/workspaces/${workspaceId}/tasks`, {
        title: `Task of the ${role}`,
        assignee: { kind: 'staff', id: memberId },
      });
      expect(answer.status).toBe(201);
      expect(answer.body.assignee).toEqual({ kind: 'staff', id: memberId, name: 'The member' });
      created.push(answer.body);
    }
    const internal = await as.member.post<Task>(`/workspaces/${workspaceId}/tasks`, {
      title: 'Internal budget review',
      clientVisible: false,
    });
    for (const client of ['decider', 'observer', 'otherClient', 'notInWorkspace'] as const) {
      expect((await as[client].post(`/workspaces/${workspaceId}/tasks`, { title: 'Nope' })).status).toBe(403);
      expect(
        (
          await as[client].request('PATCH', `/tasks/${created[0]?.id ?? ''}`, {
            expectedVersion: 1,
            title: 'x',
          })
        ).status,
      ).toBe(403);
      expect((await as[client].delete(`/tasks/${created[0]?.id ?? ''}?expectedVersion=1`)).status).toBe(403);
    }
    // Seeing: decision-maker and observer (view) see the client-visible tasks, without staff ids.
    for (const client of ['decider', 'observer'] as const) {
      const board = await as[client].get<{ tasks: Task[] }>(`/workspaces/${workspaceId}/tasks`);
      expect(board.status).toBe(200);
      expect(board.body.tasks.map((task) => task.title).sort()).toEqual(
        STAFF_ROLES.map((role) => `Task of the ${role}`).sort(),
      );
      expect(JSON.stringify(board.body)).not.toContain(memberId);
      expect(JSON.stringify(board.body)).not.toContain('Internal budget review');
      expect((await as[client].get(`/tasks/${internal.body.id}`)).status).toBe(404);
    }
    for (const outsider of ['otherClient', 'notInWorkspace'] as const) {
      expect((await as[outsider].get(`/workspaces/${workspaceId}/tasks`)).status).toBe(404);
      expect((await as[outsider].get(`/tasks/${created[0]?.id ?? ''}`)).status).toBe(404);
      expect(
        (await as[outsider].post(`/tasks/${created[0]?.id ?? ''}/comments`, { body: 'hi' })).status,
      ).toBe(404);
    }
    // Commenting: the decision-maker may, the observer (view only) may not.
    expect((await as.decider.post(`/tasks/${created[0]?.id ?? ''}/comments`, { body: 'On it' })).status).toBe(
      201,
    );
    expect(
      (await as.observer.post(`/tasks/${created[0]?.id ?? ''}/comments`, { body: 'Me too' })).status,
    ).toBe(403);

    // Editing with a stale version: 409, nothing changed.
    const task = created[0];
    if (!task) throw new Error('no task');
    expect(
      (await as.manager.request('PATCH', `/tasks/${task.id}`, { expectedVersion: 1, title: 'Renamed' }))
        .status,
    ).toBe(200);
    expect(
      (await as.admin.request('PATCH', `/tasks/${task.id}`, { expectedVersion: 1, title: 'Stale' })).status,
    ).toBe(409);
    expect((await as.owner.get<{ task: Task }>(`/tasks/${task.id}`)).body.task.title).toBe('Renamed');
    expect((await as.owner.delete(`/tasks/${task.id}?expectedVersion=2`)).status).toBe(200);
    expect((await as.owner.get(`/tasks/${task.id}`)).status).toBe(404);
  });

  it('checks the assignee against the team and the client contacts; the client completes the task assigned to them', async () => {
    const unknownStaff = await as.member.post<Problem>(`/workspaces/${workspaceId}/tasks`, {
      title: 'Who?',
      assignee: { kind: 'staff', id: randomUUID() },
    });
    expect(unknownStaff.status).toBe(400);
    expect(unknownStaff.body.violations).toEqual([
      expect.objectContaining({ field: 'assignee.id', code: 'invalid_value' }),
    ]);
    const notTheirContact = await as.member.post<Problem>(`/workspaces/${workspaceId}/tasks`, {
      title: 'Who?',
      assignee: { kind: 'contact', id: randomUUID() },
    });
    expect(notTheirContact.status).toBe(400);
    const bad = await as.member.post<Problem>(`/workspaces/${workspaceId}/tasks`, {
      title: 'x'.repeat(201),
      dueDate: 'tomorrow',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.violations?.map((violation) => `${violation.field}:${violation.code}`).sort()).toEqual([
      'dueDate:invalid_format',
      'title:too_long',
    ]);

    const theirs = await as.member.post<Task>(`/workspaces/${workspaceId}/tasks`, {
      title: 'Send the brand book',
      dueDate: '2026-12-15',
      assignee: { kind: 'contact', id: contactId },
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.assignee).toEqual({ kind: 'contact', id: contactId, name: 'Globex Contact' });
    const mine = await as.decider.get<{ tasks: { id: string; version: number }[] }>('/me/tasks');
    expect(mine.body.tasks.map((task) => task.id)).toEqual([theirs.body.id]);
    expect(
      (await as.observer.post(`/tasks/${theirs.body.id}/move`, { expectedVersion: 1, status: 'done' }))
        .status,
    ).toBe(403);
    const done = await as.decider.post<Task>(`/tasks/${theirs.body.id}/move`, {
      expectedVersion: 1,
      status: 'done',
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('done');
    expect((await as.decider.get<{ tasks: unknown[] }>('/me/tasks')).body.tasks).toEqual([]);
    expect((await as.decider.get<{ milestones: unknown[] }>('/me/milestones')).body.milestones).toEqual([]);
  });

  it('seeds the demo tasks once per workspace', async () => {
    const port = (service: 'crm' | 'portal') => `127.0.0.1:${platform.runtimes.get(service)?.grpcPort ?? 0}`;
    const clients = {
      crm: createServiceClient('crm', port('crm'), { signer: testPrincipalSigner }),
      portal: createServiceClient('portal', port('portal'), { signer: testPrincipalSigner }),
      tasks: createServiceClient('tasks', port('portal'), { signer: testPrincipalSigner }),
    };
    const owner = {
      userId: randomUUID(),
      tenantId,
      kind: 'staff' as const,
      staffRole: 'owner' as const,
      workspaceIds: [],
      displayName: 'Olivia Owner',
    };
    try {
      expect(await seedTasks(clients, 'Hooli', owner)).toEqual(['task', 'task', 'task', 'task']);
      expect(await seedTasks(clients, 'Hooli', owner)).toEqual([]);
      const { workspaces } = await clients.portal.listWorkspaces({}, { principal: owner });
      const hooli = workspaces.find((workspace) => workspace.name === 'Hooli');
      const board = await clients.tasks.listTasks({ workspaceId: hooli?.id ?? '' }, { principal: owner });
      expect(board.tasks.filter((task) => !task.clientVisible).map((task) => task.title)).toEqual([
        'Check the budget against the estimate',
      ]);
      expect(board.tasks.find((task) => task.assignee?.kind === 'contact')?.assignee?.name).toBe(
        'Hooli Contact',
      );
    } finally {
      for (const client of Object.values(clients)) client.close();
    }
  });
});

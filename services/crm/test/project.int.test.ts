import { as, clientUser, readTopic, serviceTestEnvironment, staff, uniqueName } from '@client-portal/testing';
import { DomainError, type Principal, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadCrmConfig } from '../src/config.js';
import { startCrm } from '../src/app.js';

interface Envelope {
  type: string;
  subject: string;
  tenantId: string;
  data: Record<string, unknown>;
}

/** Words that name an internal figure: none may appear in what a client user receives. */
const INTERNAL_KEY = /cost|margin|labou?r|time|minutes|hourly|rate(?!d)|staff|createdBy/i;

function internalKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => internalKeys(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(INTERNAL_KEY.test(key) && key !== 'rating' && key !== 'ratedAt' && key !== 'ratedByName'
      ? [`${path}.${key}`]
      : []),
    ...internalKeys(inner, `${path}.${key}`),
  ]);
}

describe('crm ProjectService against the real infrastructure', () => {
  const environment = serviceTestEnvironment('crm');
  let runtime: ServiceRuntime;
  let crm: ServiceClient<'crm'>;
  let projects: ServiceClient<'projects'>;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner');
  const admin = staff(tenant, 'admin');
  const manager: Principal = { ...staff(tenant, 'manager'), displayName: 'Mia Manager' };
  const member: Principal = { ...staff(tenant, 'member'), displayName: 'Max Member' };
  let clientId: string;
  let otherClientId: string;

  beforeAll(async () => {
    runtime = await startCrm(loadCrmConfig(environment));
    crm = contractClient('crm', `127.0.0.1:${runtime.grpcPort}`);
    projects = contractClient('projects', `127.0.0.1:${runtime.grpcPort}`);
    clientId = (await crm.createClient({ name: 'Globex' }, as(owner))).id;
    otherClientId = (await crm.createClient({ name: 'Hooli' }, as(owner))).id;
  });
  afterAll(async () => {
    crm.close();
    projects.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  const website = () => ({
    clientId,
    name: '  Website redesign ',
    status: 'in-progress',
    progress: 40,
    startDate: '2026-01-05',
    dueDate: '2026-04-30',
    contractValueMinor: '1800000',
    estimatedCostMinor: '900000',
    defaultHourlyRateMinor: '6000',
    milestones: [
      { name: 'Design approved', dueDate: '2026-02-15', done: true },
      { name: 'Launch', dueDate: '2026-04-30' },
    ],
  });

  it('creates a project with milestones, defaults the currency and publishes crm.project.changed without internals', async () => {
    const project = await projects.createProject(website(), as(manager));
    expect(project).toMatchObject({
      name: 'Website redesign',
      status: 'in-progress',
      progress: 40,
      currency: 'EUR',
      contractValueMinor: '1800000',
      version: 1,
      completedAt: '',
      costs: { estimatedCostMinor: '900000', estimatedMarginMinor: '900000', marginMinor: '900000' },
    });
    expect(project.milestones.map((milestone) => [milestone.name, milestone.done])).toEqual([
      ['Design approved', true],
      ['Launch', false],
    ]);

    const messages = await readTopic(`${environment.KAFKA_TOPIC_PREFIX}crm.events`, (all) =>
      all.some((message) => message.key?.toString() === project.id),
    );
    const events = messages
      .filter((message) => message.key?.toString() === project.id)
      .map((message) => JSON.parse(message.value?.toString() ?? '{}') as Envelope);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'crm.project.changed',
      tenantId: tenant,
      data: {
        projectId: project.id,
        clientId,
        name: 'Website redesign',
        progress: 40,
        contractValueMinor: 1800000,
        currency: 'EUR',
        created: true,
        rating: null,
        changedBy: manager.userId,
      },
    });
    const raw = messages.find((message) => message.key?.toString() === project.id)?.value?.toString() ?? '';
    expect(raw).not.toMatch(/(?<![\w-])(900000|6000)(?![\w-])|estimated|margin|timeEntries/i);
  });

  it('refuses bad input naming each field: progress outside 0-100, due before start, bad dates, unknown client', async () => {
    const error = await projects
      .createProject(
        {
          clientId,
          name: ' ',
          progress: 101,
          startDate: '2026-05-01',
          dueDate: '2026-04-01',
          status: 'done',
        },
        as(manager),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('INVALID_ARGUMENT');
    expect((error as DomainError).violations.map((violation) => [violation.field, violation.code])).toEqual([
      ['name', 'required'],
      ['status', 'invalid_value'],
      ['progress', 'too_big'],
      ['dueDate', 'invalid_value'],
    ]);
    await expect(
      projects.createProject({ clientId, name: 'X', progress: -1, startDate: '2026-02-30' }, as(manager)),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'progress', code: 'too_small' }),
        expect.objectContaining({ field: 'startDate', code: 'invalid_format' }),
      ],
    });
    await expect(
      projects.createProject({ clientId: 'no-such-client', name: 'X' }, as(manager)),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [expect.objectContaining({ field: 'clientId' })],
    });
    // Another tenant's client is as unknown as a missing one.
    await expect(
      projects.createProject({ clientId, name: 'X' }, as(staff(uniqueName('tenant'), 'owner'))),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('updates only the named fields, records completedAt, and tells the second of two concurrent edits', async () => {
    const project = await projects.createProject(website(), as(manager));
    const moved = await projects.updateProject(
      { projectId: project.id, expectedVersion: 1, fields: ['progress'], progress: 70, name: 'ignored' },
      as(manager),
    );
    expect(moved).toMatchObject({ progress: 70, name: 'Website redesign', version: 2 });

    // A second editor still holding version 1 is told, and nothing of theirs is written.
    await expect(
      projects.updateProject(
        { projectId: project.id, expectedVersion: 1, fields: ['name'], name: 'Overwritten' },
        as(admin),
      ),
    ).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: expect.stringContaining('changed by someone else') as unknown,
    });
    expect((await projects.getProject({ projectId: project.id }, as(owner))).name).toBe('Website redesign');

    // Due before start is refused even when only one of the two dates changes.
    await expect(
      projects.updateProject(
        { projectId: project.id, expectedVersion: 2, fields: ['due_date'], dueDate: '2025-12-31' },
        as(manager),
      ),
    ).rejects.toMatchObject({ violations: [expect.objectContaining({ field: 'dueDate' })] });

    const completed = await projects.updateProject(
      {
        projectId: project.id,
        expectedVersion: 2,
        fields: ['status', 'progress'],
        status: 'completed',
        progress: 100,
      },
      as(manager),
    );
    expect(completed.completedAt).not.toBe('');
    const touched = await projects.updateProject(
      { projectId: project.id, expectedVersion: 3, fields: ['name'], name: 'Website v2' },
      as(manager),
    );
    expect(touched.completedAt).toBe(completed.completedAt);
    const reopened = await projects.updateProject(
      { projectId: project.id, expectedVersion: 4, fields: ['status'], status: 'in-progress' },
      as(manager),
    );
    expect(reopened.completedAt).toBe('');
  });

  it('adds, renames, re-dates, ticks and removes milestones', async () => {
    const project = await projects.createProject({ clientId, name: 'Milestones' }, as(manager));
    const added = await projects.addMilestone(
      { projectId: project.id, expectedVersion: 1, milestone: { name: 'Kick-off', dueDate: '2026-03-01' } },
      as(manager),
    );
    const milestoneId = added.milestones[0]?.id ?? '';
    const ticked = await projects.updateMilestone(
      { projectId: project.id, expectedVersion: 2, milestoneId, fields: ['done'], milestone: { done: true } },
      as(manager),
    );
    expect(ticked.milestones[0]).toMatchObject({ name: 'Kick-off', dueDate: '2026-03-01', done: true });
    expect(ticked.milestones[0]?.doneAt).not.toBe('');
    const renamed = await projects.updateMilestone(
      {
        projectId: project.id,
        expectedVersion: 3,
        milestoneId,
        fields: ['name', 'due_date'],
        milestone: { name: 'Kick-off meeting', dueDate: '2026-03-02' },
      },
      as(manager),
    );
    expect(renamed.milestones[0]).toMatchObject({
      name: 'Kick-off meeting',
      dueDate: '2026-03-02',
      done: true,
    });
    await expect(
      projects.addMilestone(
        { projectId: project.id, expectedVersion: 4, milestone: { name: '' } },
        as(manager),
      ),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'milestone.name', code: 'required' })],
    });
    await expect(
      projects.removeMilestone(
        { projectId: project.id, expectedVersion: 4, milestoneId: 'nope' },
        as(manager),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const removed = await projects.removeMilestone(
      { projectId: project.id, expectedVersion: 4, milestoneId },
      as(manager),
    );
    expect(removed.milestones).toEqual([]);
    await expect(
      projects.addMilestone(
        { projectId: project.id, expectedVersion: 5, milestone: { name: 'X' } },
        as(member),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('logs time (member: own entries, no costs), derives labour cost and margin for managers', async () => {
    const project = await projects.createProject(website(), as(manager));
    // The member logs 90 minutes at the project's default rate (60.00/h): 90.00 of labour.
    const afterMember = await projects.logTime(
      { projectId: project.id, date: '2026-02-01', minutes: 90, note: 'Wireframes' },
      as(member),
    );
    expect(afterMember.costs).toBeNull();
    expect(afterMember.time?.entries).toEqual([
      expect.objectContaining({
        staffName: 'Max Member',
        minutes: 90,
        note: 'Wireframes',
        hourlyRateMinor: '0',
      }),
    ]);
    // A member cannot give a rate (a cost figure).
    await expect(
      projects.logTime(
        { projectId: project.id, date: '2026-02-01', minutes: 30, hourlyRateMinor: '1' },
        as(member),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    // The manager logs 2 hours at 80.00/h: 160.00.
    const afterManager = await projects.logTime(
      { projectId: project.id, date: '2026-02-02', minutes: 120, note: 'Review', hourlyRateMinor: '8000' },
      as(manager),
    );
    expect(afterManager.costs).toMatchObject({
      estimatedCostMinor: '900000',
      labourCostMinor: String(9000 + 16000),
      estimatedMarginMinor: '900000',
      marginMinor: String(1800000 - 900000 - 25000),
      marginBasisPoints: Math.round(((1800000 - 900000 - 25000) * 10000) / 1800000),
      loggedMinutes: 210,
    });
    expect(afterManager.time?.totalMinutes).toBe(210);

    // The member sees only their own entry, and never costs.
    const seenByMember = await projects.getProject({ projectId: project.id }, as(member));
    expect(seenByMember.time?.entries.map((entry) => entry.note)).toEqual(['Wireframes']);
    expect(seenByMember.costs).toBeNull();

    // Bad time: minutes must be above 0, the date required.
    await expect(
      projects.logTime({ projectId: project.id, date: '', minutes: 0 }, as(member)),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'date', code: 'required' }),
        expect.objectContaining({ field: 'minutes', code: 'too_small' }),
      ],
    });

    // People remove their own entries only.
    const managerEntry = afterManager.time?.entries.find((entry) => entry.note === 'Review');
    const memberEntry = afterManager.time?.entries.find((entry) => entry.note === 'Wireframes');
    await expect(
      projects.removeTimeEntry({ projectId: project.id, entryId: managerEntry?.id ?? '' }, as(member)),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    const left = await projects.removeTimeEntry(
      { projectId: project.id, entryId: memberEntry?.id ?? '' },
      as(member),
    );
    expect(left.time?.entries).toEqual([]);
    // Time logging does not need the project's version: concurrent entries are all kept.
    await Promise.all(
      [1, 2, 3, 4].map((minutes) =>
        projects.logTime({ projectId: project.id, date: '2026-02-03', minutes }, as(member)),
      ),
    );
    const all = await projects.getProject({ projectId: project.id }, as(owner));
    expect(all.time?.entries.map((entry) => entry.minutes).sort()).toEqual([1, 120, 2, 3, 4]);
  });

  it('applies the permission matrix per role', async () => {
    const project = await projects.createProject({ clientId, name: 'Matrix' }, as(owner));
    await projects.createProject({ clientId, name: 'By admin' }, as(admin));
    await expect(projects.createProject({ clientId, name: 'X' }, as(member))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining('manager role or higher') as unknown,
    });
    await expect(
      projects.updateProject(
        { projectId: project.id, expectedVersion: 1, fields: ['progress'], progress: 5 },
        as(member),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    // Members see projects (not costs); every staff role may read.
    for (const role of [owner, admin, manager, member])
      expect((await projects.getProject({ projectId: project.id }, as(role))).name).toBe('Matrix');
    // Deleting needs clients.delete: admin and owner.
    for (const role of [manager, member])
      await expect(
        projects.deleteProject({ projectId: project.id, expectedVersion: 1 }, as(role)),
      ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      projects.deleteProject({ projectId: project.id, expectedVersion: 0 }, as(admin)),
    ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
    await projects.deleteProject({ projectId: project.id, expectedVersion: 1 }, as(admin));
    await expect(projects.getProject({ projectId: project.id }, as(owner))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const messages = await readTopic(`${environment.KAFKA_TOPIC_PREFIX}crm.events`, (all) =>
      all.some(
        (message) =>
          message.key?.toString() === project.id && message.value?.toString().includes('crm.project.deleted'),
      ),
    );
    const deleted = messages
      .map((message) => JSON.parse(message.value?.toString() ?? '{}') as Envelope)
      .find((event) => event.subject === project.id && event.type === 'crm.project.deleted');
    expect(deleted?.data).toEqual({
      projectId: project.id,
      clientId,
      name: 'Matrix',
      deletedBy: admin.userId,
    });
    // Other tenants never see it.
    const mine = await projects.createProject({ clientId, name: 'Tenant scoped' }, as(owner));
    await expect(
      projects.getProject({ projectId: mine.id }, as(staff(uniqueName('tenant'), 'owner'))),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("shows a client user only their client's projects, stripped of every internal field at the gRPC boundary", async () => {
    const mine = await projects.createProject(website(), as(manager));
    await projects.logTime(
      { projectId: mine.id, date: '2026-02-01', minutes: 45, note: 'secret internal note' },
      as(member),
    );
    const theirs = await projects.createProject(
      { ...website(), clientId: otherClientId, name: 'Hooli app' },
      as(manager),
    );
    const contact: Principal = { ...clientUser(tenant, clientId), displayName: 'Grace Hopper' };

    const seen = await projects.getProject({ projectId: mine.id }, as(contact));
    expect(seen).toMatchObject({ name: 'Website redesign', progress: 40, contractValueMinor: '1800000' });
    expect(seen.time).toBeNull();
    expect(seen.costs).toBeNull();
    const listed = await projects.listProjects({ clientId: otherClientId }, as(contact));
    expect(listed.projects.length).toBeGreaterThan(0);
    expect(listed.projects.every((project) => project.clientId === clientId)).toBe(true);
    for (const project of [seen, ...listed.projects]) {
      expect(project.time).toBeNull();
      expect(project.costs).toBeNull();
      const text = JSON.stringify(project);
      expect(text).not.toMatch(/secret internal note|(?<![\w-])(900000|6000)(?![\w-])|Max Member/);
      // time and costs are the two internal messages, null above; nothing else names an internal figure.
      const { time: _time, costs: _costs, ...visible } = project;
      expect(internalKeys(visible)).toEqual([]);
    }
    await expect(projects.getProject({ projectId: theirs.id }, as(contact))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Client users change nothing but their rating.
    await expect(
      projects.updateProject(
        { projectId: mine.id, expectedVersion: 2, fields: ['progress'], progress: 99 },
        as(contact),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      projects.logTime({ projectId: mine.id, date: '2026-02-01', minutes: 5 }, as(contact)),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('lets the client rate a completed project 1-5 once and change it; staff see it; it is in the snapshot', async () => {
    const project = await projects.createProject({ clientId, name: 'Rated project' }, as(manager));
    const contact: Principal = { ...clientUser(tenant, clientId), displayName: 'Grace Hopper' };
    await expect(
      projects.rateProject({ projectId: project.id, score: 5 }, as(contact)),
    ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
    await projects.updateProject(
      { projectId: project.id, expectedVersion: 1, fields: ['status'], status: 'completed' },
      as(manager),
    );
    await expect(
      projects.rateProject({ projectId: project.id, score: 6 }, as(contact)),
    ).rejects.toMatchObject({ violations: [expect.objectContaining({ field: 'score', code: 'too_big' })] });
    await expect(
      projects.rateProject({ projectId: project.id, score: 4 }, as(manager)),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    await expect(
      projects.rateProject({ projectId: project.id, score: 4 }, as(clientUser(tenant, otherClientId))),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await projects.rateProject({ projectId: project.id, score: 3, comment: 'OK' }, as(contact));
    const changed = await projects.rateProject(
      { projectId: project.id, score: 5, comment: 'Great work' },
      as(contact),
    );
    expect(changed.rating).toMatchObject({ score: 5, comment: 'Great work', ratedByName: 'Grace Hopper' });
    const staffView = await projects.getProject({ projectId: project.id }, as(member));
    expect(staffView.rating).toMatchObject({ score: 5, comment: 'Great work' });

    const messages = await readTopic(`${environment.KAFKA_TOPIC_PREFIX}crm.events`, (all) =>
      all.some(
        (message) =>
          message.key?.toString() === project.id && message.value?.toString().includes('Great work'),
      ),
    );
    const last = messages
      .filter((message) => message.key?.toString() === project.id)
      .map((message) => JSON.parse(message.value?.toString() ?? '{}') as Envelope)
      .at(-1);
    expect(last?.data).toMatchObject({
      rating: { score: 5, comment: 'Great work' },
      changedBy: contact.userId,
    });
  });

  it("lists a client's projects and the tenant's, by name, with keyset pages", async () => {
    const page = await projects.listProjects({ clientId: otherClientId, page: { pageSize: 1 } }, as(member));
    expect(page.projects.map((project) => project.name)).toEqual(['Hooli app']);
    const tenantWide = await projects.listProjects({ page: { pageSize: 2 } }, as(owner));
    expect(tenantWide.projects).toHaveLength(2);
    expect(tenantWide.page?.totalSize).toBeGreaterThan(5);
    const next = await projects.listProjects(
      { page: { pageSize: 100, pageToken: tenantWide.page?.nextPageToken ?? '' } },
      as(owner),
    );
    const names = [...tenantWide.projects, ...next.projects].map((project) => project.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names).toHaveLength(tenantWide.page?.totalSize ?? 0);
    const completed = await projects.listProjects({ status: 'completed' }, as(owner));
    expect(completed.projects.every((project) => project.status === 'completed')).toBe(true);
  });
});

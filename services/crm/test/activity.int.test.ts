import { randomUUID } from 'node:crypto';
import {
  as,
  clientUser,
  eventually,
  serviceTestEnvironment,
  staff,
  testKafka,
  uniqueName,
} from '@client-portal/testing';
import { producerSchemas, type ProducedBy } from '@client-portal/events';
import { EventOutbox, type NewEventOf, type ServiceRuntime } from '@client-portal/kit';
import {
  createServiceClient as contractClient,
  type ServiceClient,
  type TimelineEntry,
} from '@client-portal/contracts';
import type { Producer } from 'kafkajs';
import { loadCrmConfig } from '../src/config.js';
import { startCrm } from '../src/app.js';

type ProjectData = Extract<ProducedBy<'crm'>, { type: 'crm.project.changed' }>['data'];
type Producing = 'crm' | 'billing' | 'messaging' | 'portal' | 'identity';

const DAY = 86_400_000;
const day = (offsetDays: number): string =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/**
 * Timeline, notes, metrics and dashboard of crm against the real Kafka and FerretDB: every fact is
 * published on its producer's real topic (as billing, messaging, portal and identity would) and crm's
 * consumers build the read models from them.
 */
describe('crm activity API: timeline, notes, metrics, dashboard', () => {
  const environment = serviceTestEnvironment('crm');
  let runtime: ServiceRuntime;
  let crm: ServiceClient<'crm'>;
  let activity: ServiceClient<'activity'>;
  let producer: Producer;
  const outboxes = new Map<Producing, EventOutbox<ProducedBy<Producing>>>();

  /** Publishes one event through the producer's catalogue, `times` times (at-least-once delivery). */
  async function publish<Service extends Producing>(
    service: Service,
    event: NewEventOf<ProducedBy<Service>>,
    times = 1,
  ): Promise<string> {
    let outbox = outboxes.get(service);
    if (!outbox) {
      outbox = new EventOutbox(
        service,
        `${environment.KAFKA_TOPIC_PREFIX}${service}.events`,
        producerSchemas(service),
      );
      outboxes.set(service, outbox);
    }
    const entry = outbox.entry(event);
    await producer.send({
      topic: entry.topic,
      messages: Array.from({ length: times }, () => ({ key: entry.key, value: entry.envelope })),
    });
    return entry.id;
  }

  function project(tenantId: string, clientId: string, overrides: Partial<ProjectData>) {
    const data: ProjectData = {
      projectId: randomUUID(),
      clientId,
      name: 'Website',
      status: 'planned',
      progress: 0,
      startDate: '',
      dueDate: '',
      completedAt: '',
      contractValueMinor: 0,
      currency: 'EUR',
      milestones: [],
      rating: null,
      created: true,
      changedBy: 'staff-1',
      ...overrides,
    };
    return { ...data, tenantId };
  }

  async function publishProject(data: ReturnType<typeof project>, times = 1): Promise<void> {
    const { tenantId, ...payload } = data;
    await publish(
      'crm',
      { type: 'crm.project.changed', tenantId, subject: payload.projectId, data: payload },
      times,
    );
  }

  async function invoice(
    tenantId: string,
    clientId: string,
    totalMinor: number,
    issuedAt: string,
    times = 1,
  ) {
    const invoiceId = randomUUID();
    await publish(
      'billing',
      {
        type: 'billing.invoice.issued',
        tenantId,
        subject: invoiceId,
        data: {
          invoiceId,
          clientId,
          clientName: 'x',
          number: `INV-${invoiceId.slice(0, 6)}`,
          currency: 'EUR',
          totalMinor,
          status: 'issued',
          issuedAt,
          dueDate: '2026-12-31',
        },
      },
      times,
    );
    return invoiceId;
  }

  async function message(
    tenantId: string,
    clientId: string,
    workspaceId: string,
    kind: 'client' | 'staff',
    at: string,
  ) {
    const messageId = randomUUID();
    await publish('messaging', {
      type: 'messaging.message.posted',
      tenantId,
      subject: messageId,
      data: {
        conversationId: '',
        conversationSubject: '',
        clientVisible: true,
        clientAudience: [],
        messageId,
        workspaceId,
        clientId,
        author: { userId: randomUUID(), displayName: kind === 'client' ? 'Dana Client' : 'Sam Staff', kind },
        body: `Hello from ${kind}`,
        createdAt: at,
      },
    });
  }

  const timelineOf = async (tenantId: string, clientId: string, category = '') => {
    const entries: TimelineEntry[] = [];
    let pageToken = '';
    do {
      const page = await activity.listTimeline(
        { clientId, category, page: { pageSize: 3, pageToken } },
        as(staff(tenantId, 'member')),
      );
      entries.push(...page.entries);
      pageToken = page.page?.nextPageToken ?? '';
    } while (pageToken);
    return entries;
  };

  beforeAll(async () => {
    runtime = await startCrm(loadCrmConfig(environment));
    crm = contractClient('crm', `127.0.0.1:${runtime.grpcPort}`);
    activity = contractClient('activity', `127.0.0.1:${runtime.grpcPort}`);
    producer = testKafka().producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    crm.close();
    activity.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it("builds a client's timeline from every service's events, once per event, newest first", async () => {
    const tenant = uniqueName('tenant');
    const owner = staff(tenant, 'owner');
    const client = await crm.createClient(
      {
        name: 'Timeline Corp',
        primaryContact: { firstName: 'Ada', lastName: 'L', email: 'ada@t.test', role: 'technical' },
      },
      as(owner),
    );
    await crm.addContact(
      {
        clientId: client.id,
        contact: { firstName: 'Bob', lastName: 'B', email: 'bob@t.test', role: 'billing' },
      },
      as(owner),
    );
    const started = project(tenant, client.id, {
      name: 'Redesign',
      status: 'in-progress',
      startDate: '2026-01-01',
      dueDate: '2026-03-01',
      contractValueMinor: 500_000,
      milestones: [{ milestoneId: randomUUID(), name: 'Mockups', dueDate: '2026-01-15', done: false }],
    });
    // Redelivered twice: the same entries, not three times as many.
    await publishProject(started, 3);
    await publishProject({
      ...started,
      created: false,
      status: 'completed',
      progress: 100,
      completedAt: '2026-02-20T10:00:00.000Z',
      milestones: started.milestones.map((milestone) => ({ ...milestone, done: true })),
    });
    await invoice(tenant, client.id, 120_000, '2026-02-21T09:00:00.000Z', 2);
    const workspaceId = randomUUID();
    await publish('portal', {
      type: 'portal.workspace.created',
      tenantId: tenant,
      subject: workspaceId,
      data: { workspaceId, clientId: client.id, clientName: 'Timeline Corp', name: 'Timeline Corp' },
    });
    const invitationId = randomUUID();
    await publish('identity', {
      type: 'identity.invitation.sent',
      tenantId: tenant,
      subject: invitationId,
      data: {
        invitationId,
        email: 'ada@t.test',
        displayName: 'Ada L',
        tenantName: 'Acme',
        clientId: client.id,
        clientName: 'Timeline Corp',
        workspaceId,
        workspaceName: 'Timeline Corp',
        invitedBy: owner.userId,
        resent: false,
        language: 'en',
      },
    });
    await message(tenant, client.id, workspaceId, 'client', new Date().toISOString());

    const expected = [
      'client.created',
      'contact.added',
      'invitation.sent',
      'invoice.issued',
      'message.from_client',
      'milestone.done',
      'portal.enabled',
      'project.completed',
      'project.created',
    ];
    const entries = await eventually(
      () => timelineOf(tenant, client.id),
      (seen) => seen.length >= expected.length,
    );
    // Give redeliveries time to (not) add anything.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const settled = await timelineOf(tenant, client.id);
    expect(settled.map((entry) => entry.kind).sort()).toEqual(expected);
    expect(settled).toHaveLength(entries.length);
    const instants = settled.map((entry) => entry.occurredAt);
    expect(instants).toEqual([...instants].sort().reverse());
    const issued = settled.find((entry) => entry.kind === 'invoice.issued');
    expect(issued).toMatchObject({ category: 'invoice', linkType: 'invoice' });
    expect(issued?.params).toEqual(
      expect.arrayContaining([
        { name: 'totalMinor', value: '120000' },
        { name: 'currency', value: 'EUR' },
      ]),
    );
    const milestone = settled.find((entry) => entry.kind === 'milestone.done');
    expect(milestone?.params).toEqual(expect.arrayContaining([{ name: 'milestone', value: 'Mockups' }]));

    const projectOnly = await timelineOf(tenant, client.id, 'project');
    expect(projectOnly.map((entry) => entry.kind).sort()).toEqual([
      'milestone.done',
      'project.completed',
      'project.created',
    ]);
    await expect(
      activity.listTimeline({ clientId: client.id, category: 'gossip' }, as(owner)),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    // Staff only: a client user is refused, another tenant finds nothing.
    await expect(
      activity.listTimeline({ clientId: client.id }, as(clientUser(tenant, client.id))),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      activity.listTimeline({ clientId: client.id }, as(staff(uniqueName('tenant')))),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets staff write notes and only their author edit or delete them', async () => {
    const tenant = uniqueName('tenant');
    const client = await crm.createClient({ name: 'Notes Corp' }, as(staff(tenant, 'owner')));
    const author = staff(tenant, 'member');
    const colleague = staff(tenant, 'admin');

    const empty = await activity
      .addNote({ clientId: client.id, body: '   ' }, as(author))
      .catch((error: unknown) => error);
    expect(empty).toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [expect.objectContaining({ field: 'body', code: 'required' })],
    });
    await expect(
      activity.addNote({ clientId: client.id, body: 'x' }, as(clientUser(tenant, client.id))),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });

    const note = await activity.addNote(
      { clientId: client.id, body: '  Prefers calls on Monday ' },
      as(author),
    );
    expect(note).toMatchObject({
      kind: 'note',
      category: 'note',
      body: 'Prefers calls on Monday',
      own: true,
    });
    const seenByColleague = await activity.listTimeline(
      { clientId: client.id, category: 'note' },
      as(colleague),
    );
    expect(seenByColleague.entries).toEqual([expect.objectContaining({ id: note.id, own: false })]);

    await expect(
      activity.editNote({ clientId: client.id, noteId: note.id, body: 'Hijacked' }, as(colleague)),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      activity.deleteNote({ clientId: client.id, noteId: note.id }, as(colleague)),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });

    const edited = await activity.editNote(
      {
        clientId: client.id,
        noteId: note.id,
        body: 'Prefers calls on Tuesday',
        expectedVersion: note.occurredAt,
      },
      as(author),
    );
    expect(edited.body).toBe('Prefers calls on Tuesday');
    expect(edited.editedAt).not.toBe('');
    // A second editor holding the old version is told, and nothing is overwritten.
    await expect(
      activity.editNote(
        { clientId: client.id, noteId: note.id, body: 'Stale', expectedVersion: note.occurredAt },
        as(author),
      ),
    ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });

    await activity.deleteNote({ clientId: client.id, noteId: note.id }, as(author));
    const after = await activity.listTimeline({ clientId: client.id, category: 'note' }, as(author));
    expect(after.entries).toEqual([]);
    await expect(
      activity.deleteNote({ clientId: client.id, noteId: note.id }, as(author)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("computes a client's metrics from its projects and invoices; members are refused", async () => {
    const tenant = uniqueName('tenant');
    const client = await crm.createClient({ name: 'Metrics Corp' }, as(staff(tenant, 'owner')));
    const projects = [
      project(tenant, client.id, {
        status: 'completed',
        startDate: '2026-01-01',
        completedAt: '2026-01-31T00:00:00.000Z',
        contractValueMinor: 10_000,
        rating: { score: 4, comment: 'Good' },
      }),
      project(tenant, client.id, {
        status: 'completed',
        startDate: '2026-02-01',
        completedAt: '2026-02-11T00:00:00.000Z',
        contractValueMinor: 5_000,
        rating: { score: 5, comment: 'Great' },
      }),
      project(tenant, client.id, {
        status: 'in-progress',
        startDate: '2026-03-01',
        contractValueMinor: 20_000,
      }),
      project(tenant, client.id, { status: 'cancelled', contractValueMinor: 7_000 }),
    ];
    for (const each of projects) await publishProject(each, 2);
    await invoice(tenant, client.id, 1_200, '2026-02-01T10:00:00.000Z', 2);
    await invoice(tenant, client.id, 800, '2026-03-01T10:00:00.000Z');

    const manager = as(staff(tenant, 'manager'));
    const metrics = await eventually(
      () => activity.getClientMetrics({ clientId: client.id }, manager),
      (seen) => seen.projectCount === 4 && seen.invoiceCount === 2,
    );
    expect(metrics).toMatchObject({
      currency: 'EUR',
      totalValueMinor: '35000',
      projectCount: 4,
      completedProjects: 2,
      activeProjects: 1,
      averageDurationDays: 20,
      durationSample: 2,
      satisfactionAverage: 4.5,
      satisfactionCount: 2,
      repeatProjects: 3,
      invoicedMinor: '2000',
      invoiceCount: 2,
    });
    const refused = await activity
      .getClientMetrics({ clientId: client.id }, as(staff(tenant, 'member')))
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'PERMISSION_DENIED' });
    expect((refused as Error).message).toContain('needs the manager role or higher');
    await expect(
      activity.getClientMetrics({ clientId: client.id }, as(clientUser(tenant, client.id))),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('counts the dashboard from clients, projects, conversations and invoices; money for managers up', async () => {
    const tenant = uniqueName('tenant');
    const owner = as(staff(tenant, 'owner'));
    const alpha = await crm.createClient({ name: 'Alpha' }, owner);
    const beta = await crm.createClient({ name: 'Beta' }, owner);
    const gamma = await crm.createClient({ name: 'Gamma', status: 'prospect' }, owner);
    await crm.createClient({ name: 'Delta', status: 'inactive' }, owner);

    const late = project(tenant, alpha.id, {
      name: 'Late one',
      status: 'in-progress',
      dueDate: day(-3),
      contractValueMinor: 10_000,
      milestones: [{ milestoneId: randomUUID(), name: 'Due today', dueDate: day(0), done: false }],
    });
    const onTime = project(tenant, beta.id, {
      name: 'On time',
      status: 'in-progress',
      dueDate: day(30),
      contractValueMinor: 20_000,
    });
    const finished = project(tenant, beta.id, {
      name: 'Finished',
      status: 'completed',
      dueDate: day(-10),
      contractValueMinor: 5_000,
    });
    const proposal = project(tenant, gamma.id, {
      name: 'Proposal',
      status: 'planned',
      contractValueMinor: 3_000,
    });
    for (const each of [late, onTime, finished, proposal]) await publishProject(each);
    const waiting = randomUUID();
    const answered = randomUUID();
    await message(tenant, alpha.id, waiting, 'client', new Date(Date.now() - 60_000).toISOString());
    await message(tenant, beta.id, answered, 'staff', new Date(Date.now() - 1_000).toISOString());
    await message(tenant, beta.id, answered, 'client', new Date(Date.now() - 120_000).toISOString());
    const thisMonth = new Date().toISOString();
    await invoice(tenant, alpha.id, 4_000, thisMonth, 2);
    await invoice(tenant, beta.id, 6_000, thisMonth);

    const dashboard = await eventually(
      () => activity.getDashboard({}, owner),
      (seen) =>
        seen.projectsInProgress === 2 &&
        seen.revenueByClient.length === 2 &&
        seen.pendingRequests.length === 1 &&
        seen.calendar.length > 0 &&
        seen.recentActivity.length >= 10,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const settled = await activity.getDashboard({}, owner);
    expect(settled).toMatchObject({
      moneyVisible: true,
      currency: 'EUR',
      activeClients: 2,
      prospectClients: 1,
      projectsInProgress: 2,
      totalValueMinor: '38000',
      pipelineValueMinor: '3000',
    });
    expect(settled.lateProjects.map((each) => [each.name, each.clientName])).toEqual([['Late one', 'Alpha']]);
    expect(settled.dueThisWeek.map((each) => each.name)).toEqual(['Due today']);
    expect(settled.pendingRequests.map((each) => each.clientName)).toEqual(['Alpha']);
    expect(settled.pipeline).toEqual([
      expect.objectContaining({ name: 'Gamma', valueMinor: '3000', projectCount: 1 }),
    ]);
    expect(settled.revenueByMonth).toHaveLength(12);
    expect(settled.revenueByMonth.at(-1)).toMatchObject({ key: thisMonth.slice(0, 7), totalMinor: '10000' });
    expect(settled.revenueByClient.map((each) => [each.label, each.totalMinor])).toEqual([
      ['Beta', '6000'],
      ['Alpha', '4000'],
    ]);
    expect(settled.recentActivity.every((entry) => entry.clientName !== '')).toBe(true);
    expect(dashboard.calendarMonth).toBe(day(0).slice(0, 7));

    const member = await activity.getDashboard({}, as(staff(tenant, 'member')));
    expect(member).toMatchObject({
      moneyVisible: false,
      activeClients: 2,
      projectsInProgress: 2,
      totalValueMinor: '',
      pipelineValueMinor: '',
      revenueByMonth: [],
      revenueByClient: [],
    });
    expect(member.pipeline).toEqual([expect.objectContaining({ name: 'Gamma', valueMinor: '' })]);
    expect(member.lateProjects).toHaveLength(1);
    await expect(activity.getDashboard({}, as(clientUser(tenant, alpha.id)))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    await expect(activity.getDashboard({ month: '2026-13' }, owner)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});

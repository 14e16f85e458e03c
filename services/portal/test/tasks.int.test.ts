import { randomUUID } from 'node:crypto';
import {
  as,
  clientUser,
  readTopic,
  serviceTestEnvironment,
  staff,
  testKafka,
  uniqueName,
} from '@client-portal/testing';
import { producerSchemas } from '@client-portal/events';
import { EventOutbox, type PortalRight, type Principal, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadPortalConfig } from '../src/config.js';
import { startPortal } from '../src/app.js';
import { newWorkspace, type Workspace } from '../src/domain/workspace.js';
import { WorkspaceRepository } from '../src/store/workspace.repository.js';

interface Envelope {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

/** Keys and values a client user's answer must never hold: agency user ids, internal things. */
function assertNoStaffLeak(answer: unknown, staffIds: string[], internalWords: RegExp): void {
  const text = JSON.stringify(answer);
  for (const id of staffIds) expect(text).not.toContain(id);
  expect(text).not.toMatch(internalWords);
}

describe('portal TaskService: tasks, comments, progress and milestones', () => {
  const environment = serviceTestEnvironment('portal');
  let runtime: ServiceRuntime;
  let tasks: ServiceClient<'tasks'>;
  let portal: ServiceClient<'portal'>;
  let repository: WorkspaceRepository;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner', uniqueName('owner-id'));
  const member = { ...staff(tenant, 'member', uniqueName('member-id')), displayName: 'Mia Member' };
  const clientId = uniqueName('client');
  const contactId = randomUUID();
  let workspace: Workspace;
  /** A decision-maker of the client (every right), their contact id set. */
  let decider: Principal;
  /** An observer: view only. */
  let observer: Principal;

  async function openWorkspace(client: string, change: Partial<Workspace> = {}): Promise<Workspace> {
    const created = {
      ...newWorkspace({ clientId: client, clientName: 'Globex', workspaceName: '' }, tenant),
      ...change,
    };
    await repository.insert(created);
    return created;
  }

  const withRights = (rights: readonly PortalRight[], workspaces: string[] = [workspace.id]): Principal => ({
    ...clientUser(tenant, clientId, workspaces, uniqueName('user'), rights),
    contactId,
    displayName: 'Grace Hopper',
  });

  beforeAll(async () => {
    runtime = await startPortal(loadPortalConfig(environment));
    tasks = contractClient('tasks', `127.0.0.1:${runtime.grpcPort}`);
    portal = contractClient('portal', `127.0.0.1:${runtime.grpcPort}`);
    repository = new WorkspaceRepository(runtime.connection);
    workspace = await openWorkspace(clientId);
    decider = withRights(['view', 'comment', 'approve', 'upload', 'pay', 'chat']);
    observer = withRights(['view']);
  });
  afterAll(async () => {
    tasks.close();
    portal.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  const newTask = (title: string, extra: Record<string, unknown> = {}, principal: Principal = member) =>
    tasks.createTask(
      {
        workspaceId: workspace.id,
        title,
        description: '',
        status: '',
        dueDate: '',
        clientVisible: true,
        ...extra,
      },
      as(principal),
    );

  it('lets every staff role add tasks; the client sees client-visible ones only, without staff ids', async () => {
    for (const role of ['owner', 'admin', 'manager', 'member'] as const) {
      const created = await newTask(`By the ${role}`, { clientVisible: false }, staff(tenant, role));
      expect(created).toMatchObject({ status: 'todo', clientVisible: false, version: 1 });
    }
    const shared = await newTask('Send the brand guidelines', {
      description: 'Logos and fonts',
      dueDate: '2026-12-01',
      assignee: { kind: 'staff', id: member.userId, name: 'Mia Member' },
    });
    const secret = await newTask('Internal margin check', {
      clientVisible: false,
      assignee: { kind: 'staff', id: member.userId, name: 'Mia Member' },
    });
    expect(shared.assignee).toEqual({ kind: 'staff', id: member.userId, name: 'Mia Member' });
    expect(shared.position).toBeGreaterThan(0);

    const staffBoard = await tasks.listTasks({ workspaceId: workspace.id }, as(owner));
    expect(staffBoard.tasks.map((task) => task.title)).toContain('Internal margin check');
    expect(staffBoard).toMatchObject({ canCreate: true, canComment: true });

    const clientBoard = await tasks.listTasks({ workspaceId: workspace.id }, as(decider));
    expect(clientBoard.tasks.map((task) => task.title)).toEqual(['Send the brand guidelines']);
    expect(clientBoard.tasks[0]?.assignee).toEqual({ kind: 'staff', id: '', name: 'Mia Member' });
    expect(clientBoard).toMatchObject({ canCreate: false, canComment: true });
    assertNoStaffLeak(clientBoard, [member.userId, owner.userId], /Internal margin|By the/);
    // An internal task is not found for the client, like a missing one.
    await expect(tasks.getTask({ taskId: secret.id }, as(decider))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const detail = await tasks.getTask({ taskId: shared.id }, as(observer));
    expect(detail.task?.title).toBe('Send the brand guidelines');
    assertNoStaffLeak(detail, [member.userId], /Internal margin/);

    // The Tasks tab appears for the client because a client-visible task exists.
    expect((await portal.getWorkspace({ workspaceId: workspace.id }, as(decider))).tabs).toContain('tasks');
  });

  it('refuses client users: editing, without the right, another client, not invited (404)', async () => {
    const task = await newTask('Review the sitemap');
    await expect(newTask('Client task', {}, decider)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      tasks.updateTask(
        { taskId: task.id, expectedVersion: 1, fields: ['title'], title: 'Hacked' },
        as(decider),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      tasks.deleteTask({ taskId: task.id, expectedVersion: 1 }, as(decider)),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    // The billing contact holds "pay" only: no view.
    await expect(
      tasks.listTasks({ workspaceId: workspace.id }, as(withRights(['pay']))),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining('"view"') as string,
    });
    const rival = clientUser(tenant, uniqueName('rival'), [workspace.id]);
    await expect(tasks.listTasks({ workspaceId: workspace.id }, as(rival))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(tasks.getTask({ taskId: task.id }, as(rival))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const outsider = clientUser(tenant, clientId, []);
    await expect(tasks.listTasks({ workspaceId: workspace.id }, as(outsider))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      tasks.listTasks({ workspaceId: workspace.id }, as(staff(uniqueName('tenant')))),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await tasks.getTask({ taskId: task.id }, as(owner))).task?.title).toBe('Review the sitemap');
  });

  it('validates every field, keeps the stored task on refusal and detects concurrent changes', async () => {
    const error = await newTask('', {
      description: 'x'.repeat(5001),
      dueDate: '2026-02-30',
      status: 'blocked',
      assignee: { kind: 'robot', id: 'r', name: 'R2' },
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(
      (error as { violations: { field: string; code: string }[] }).violations
        .map((v) => `${v.field}:${v.code}`)
        .sort(),
    ).toEqual([
      'assignee.kind:invalid_value',
      'description:too_long',
      'dueDate:invalid_format',
      'status:invalid_value',
      'title:required',
    ]);
    await expect(newTask('x'.repeat(201))).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'title', code: 'too_long' })],
    });

    const task = await newTask('Pick the colours');
    await expect(
      tasks.updateTask({ taskId: task.id, expectedVersion: 1, fields: ['title'], title: ' ' }, as(member)),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((await tasks.getTask({ taskId: task.id }, as(member))).task).toMatchObject({
      title: 'Pick the colours',
      version: 1,
    });

    const renamed = await tasks.updateTask(
      {
        taskId: task.id,
        expectedVersion: 1,
        fields: ['title', 'due_date'],
        title: 'Pick the palette',
        dueDate: '2026-12-24',
      },
      as(member),
    );
    expect(renamed).toMatchObject({ title: 'Pick the palette', dueDate: '2026-12-24', version: 2 });
    await expect(
      tasks.updateTask({ taskId: task.id, expectedVersion: 1, fields: ['title'], title: 'Stale' }, as(owner)),
    ).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: expect.stringContaining('changed meanwhile') as string,
    });
    await expect(
      tasks.moveTask({ taskId: task.id, expectedVersion: 1, status: 'done', position: 0 }, as(owner)),
    ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
    expect((await tasks.getTask({ taskId: task.id }, as(member))).task).toMatchObject({
      title: 'Pick the palette',
      status: 'todo',
    });

    const done = await tasks.moveTask(
      { taskId: task.id, expectedVersion: 2, status: 'done', position: 0 },
      as(member),
    );
    expect(done).toMatchObject({ status: 'done', version: 3 });
    expect(done.completedAt).not.toBe('');
    await tasks.deleteTask({ taskId: task.id, expectedVersion: 3 }, as(member));
    await expect(tasks.getTask({ taskId: task.id }, as(member))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('comments: the client with "comment" on client-visible tasks; internal comments stay with staff', async () => {
    const task = await newTask('Approve the wireframes', {
      assignee: { kind: 'contact', id: contactId, name: 'Grace Hopper' },
    });
    const internal = await newTask('Internal estimate', { clientVisible: false });
    await tasks.addTaskComment({ taskId: task.id, body: 'Here they are', clientVisible: true }, as(member));
    await tasks.addTaskComment(
      { taskId: task.id, body: 'Secret: they are late', clientVisible: false },
      as(member),
    );
    const theirs = await tasks.addTaskComment(
      { taskId: task.id, body: 'Looks good', clientVisible: false },
      as(decider),
    );
    expect(theirs).toMatchObject({ authorKind: 'client', authorName: 'Grace Hopper', clientVisible: true });
    await expect(
      tasks.addTaskComment({ taskId: task.id, body: 'Me too', clientVisible: true }, as(observer)),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining('"comment"') as string,
    });
    await expect(
      tasks.addTaskComment({ taskId: internal.id, body: 'Peek', clientVisible: true }, as(decider)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      tasks.addTaskComment({ taskId: task.id, body: '   ', clientVisible: true }, as(decider)),
    ).rejects.toMatchObject({ violations: [expect.objectContaining({ field: 'body', code: 'required' })] });

    const seenByClient = await tasks.getTask({ taskId: task.id }, as(decider));
    expect(seenByClient.comments.map((comment) => comment.body)).toEqual(['Here they are', 'Looks good']);
    expect(seenByClient.comments[0]).toMatchObject({
      authorKind: 'staff',
      authorId: '',
      authorName: 'Mia Member',
    });
    assertNoStaffLeak(seenByClient, [member.userId], /Secret/);
    expect((await tasks.getTask({ taskId: task.id }, as(owner))).comments).toHaveLength(3);
    const board = await tasks.listTasks({ workspaceId: workspace.id }, as(decider));
    expect(board.tasks.find((candidate) => candidate.id === task.id)?.commentCount).toBe(2);

    // The client moves their own task to done (comment right); not someone else's; not an observer.
    const other = await newTask('Not yours');
    expect(board.tasks.find((candidate) => candidate.id === task.id)?.canMove).toBe(true);
    await expect(
      tasks.moveTask({ taskId: other.id, expectedVersion: 1, status: 'done', position: 0 }, as(decider)),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      tasks.moveTask({ taskId: task.id, expectedVersion: 1, status: 'done', position: 0 }, as(observer)),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    const mine = await tasks.listMyTasks({ limit: 10 }, as(decider));
    expect(mine.tasks.map((summary) => summary.title)).toEqual(['Approve the wireframes']);
    expect(mine.tasks[0]).toMatchObject({ workspaceId: workspace.id, workspaceName: 'Globex' });
    const completed = await tasks.moveTask(
      { taskId: task.id, expectedVersion: 1, status: 'done', position: 0 },
      as(decider),
    );
    expect(completed.status).toBe('done');
    expect((await tasks.listMyTasks({ limit: 10 }, as(decider))).tasks).toEqual([]);
    // Staff: tasks assigned to them.
    expect((await tasks.listMyTasks({}, as(member))).tasks.map((summary) => summary.title)).toContain(
      'Internal margin check',
    );
  });

  it('hides the module when switched off and refuses changes in an archived workspace', async () => {
    const quiet = await openWorkspace(uniqueName('client'), { modules: ['billing'] });
    const archived = await openWorkspace(uniqueName('client'), { archivedAt: new Date() });
    const quietUser = clientUser(tenant, quiet.clientId, [quiet.id]);
    await expect(tasks.listTasks({ workspaceId: quiet.id }, as(quietUser))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await tasks.listTasks({ workspaceId: quiet.id }, as(owner))).tasks).toEqual([]);
    expect((await tasks.listMyTasks({}, as({ ...quietUser, contactId }))).tasks).toEqual([]);
    await expect(
      tasks.createTask({ workspaceId: archived.id, title: 'Too late', clientVisible: true }, as(owner)),
    ).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: expect.stringContaining('archived') as string,
    });
  });

  it('shows a linked project’s progress and milestones from crm.project.changed; else the share of tasks done', async () => {
    const projectId = randomUUID();
    const linkedClient = randomUUID();
    const linked = await openWorkspace(linkedClient, { projectId, name: 'Website' });
    const viewer = {
      ...clientUser(tenant, linkedClient, [linked.id], uniqueName('user'), ['view']),
      contactId,
    };

    const outbox = new EventOutbox(
      'crm',
      `${environment.KAFKA_TOPIC_PREFIX}crm.events`,
      producerSchemas('crm'),
    );
    const entry = outbox.entry({
      type: 'crm.project.changed',
      tenantId: tenant,
      subject: projectId,
      data: {
        projectId,
        clientId: linkedClient,
        name: 'Website redesign',
        status: 'in-progress',
        progress: 40,
        startDate: '2026-01-05',
        dueDate: '2026-04-30',
        completedAt: '',
        contractValueMinor: 1800000,
        currency: 'EUR',
        milestones: [
          { milestoneId: randomUUID(), name: 'Design approved', dueDate: '2026-02-15', done: true },
          { milestoneId: randomUUID(), name: 'Launch', dueDate: '2026-04-30', done: false },
          { milestoneId: randomUUID(), name: 'Content ready', dueDate: '2026-03-10', done: false },
        ],
        rating: null,
        created: true,
        changedBy: owner.userId,
      },
    });
    const producer = testKafka().producer();
    await producer.connect();
    await producer.send({ topic: entry.topic, messages: [{ key: entry.key, value: entry.envelope }] });
    await producer.disconnect();

    let board = await tasks.listTasks({ workspaceId: linked.id }, as(viewer));
    for (let attempt = 0; attempt < 60 && board.progress?.source !== 'project'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      board = await tasks.listTasks({ workspaceId: linked.id }, as(viewer));
    }
    expect(board.progress).toMatchObject({ percent: 40, source: 'project', projectName: 'Website redesign' });
    expect(board.milestones.map((milestone) => milestone.name)).toEqual([
      'Design approved',
      'Launch',
      'Content ready',
    ]);
    assertNoStaffLeak(board, [owner.userId], /1800000|contractValue/);
    // Milestones alone make the Tasks tab appear for the client.
    expect((await portal.getWorkspace({ workspaceId: linked.id }, as(viewer))).tabs).toContain('tasks');
    const upcoming = await tasks.listUpcomingMilestones({ limit: 5 }, as(viewer));
    expect(upcoming.milestones.map((milestone) => milestone.name)).toEqual(['Content ready', 'Launch']);
    expect(upcoming.milestones[0]).toMatchObject({
      workspaceId: linked.id,
      workspaceName: 'Website',
      projectId,
    });

    // No project: the share of client-visible tasks done (internal tasks do not count).
    const plain = await openWorkspace(randomUUID());
    const create = (title: string, status: string, clientVisible = true) =>
      tasks.createTask({ workspaceId: plain.id, title, status, clientVisible }, as(owner));
    await create('One', 'done');
    await create('Two', 'todo');
    await create('Three', 'in_progress');
    await create('Hidden', 'todo', false);
    await create('Four', 'done');
    expect((await tasks.listTasks({ workspaceId: plain.id }, as(owner))).progress).toMatchObject({
      percent: 50,
      source: 'tasks',
      tasksDone: 2,
      tasksTotal: 4,
    });
  });

  it('publishes task events with the workspace fields; internal things are flagged not client-visible', async () => {
    const visible = await newTask('Event visible');
    const hidden = await newTask('Event hidden', { clientVisible: false });
    await tasks.addTaskComment(
      { taskId: visible.id, body: 'internal note', clientVisible: false },
      as(owner),
    );
    await tasks.moveTask({ taskId: visible.id, expectedVersion: 1, status: 'done', position: 0 }, as(owner));
    await tasks.deleteTask({ taskId: hidden.id, expectedVersion: 1 }, as(owner));
    const topic = `${environment.KAFKA_TOPIC_PREFIX}portal.events`;
    const seen = (messages: { value: Buffer | null }[]) =>
      messages.map((message) => JSON.parse(message.value?.toString() ?? '{}') as Envelope);
    const events = seen(
      await readTopic(
        topic,
        (messages) =>
          seen(messages).filter((event) => [visible.id, hidden.id].includes(event.subject)).length >= 5,
        20_000,
      ),
    ).filter((event) => [visible.id, hidden.id].includes(event.subject));
    const summary = events.map(
      (event) =>
        `${event.type}:${event.subject === visible.id ? 'visible' : 'hidden'}:${String(event.data.clientVisible)}`,
    );
    expect(summary.sort()).toEqual(
      [
        'portal.task.created:visible:true',
        'portal.task.created:hidden:false',
        'portal.task.commented:visible:false',
        'portal.task.completed:visible:true',
        'portal.task.deleted:hidden:false',
      ].sort(),
    );
    expect(events.find((event) => event.type === 'portal.task.completed')?.data).toMatchObject({
      workspaceId: workspace.id,
      clientId,
      title: 'Event visible',
      taskId: visible.id,
      status: 'done',
    });
    expect(JSON.stringify(events)).not.toContain('internal note');
  });
});

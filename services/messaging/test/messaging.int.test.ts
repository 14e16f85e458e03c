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
import { DomainError, EventOutbox, type Principal, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadMessagingConfig } from '../src/config.js';
import { startMessaging } from '../src/app.js';

describe('messaging gRPC API against the real infrastructure', () => {
  const environment = serviceTestEnvironment('messaging');
  let runtime: ServiceRuntime;
  let messaging: ServiceClient<'messaging'>;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner');
  const clientId = uniqueName('client');
  const workspaceId = uniqueName('ws');
  const otherWorkspaceId = uniqueName('ws'); // same client, another workspace
  const invited = { ...clientUser(tenant, clientId, [workspaceId]), displayName: 'Grace Hopper' };

  /** Publishes portal.workspace.created as portal would, `times` times (at-least-once delivery). */
  async function publishWorkspaceCreated(
    tenantId: string,
    data: { workspaceId: string; clientId: string },
    times = 1,
  ): Promise<void> {
    const outbox = new EventOutbox(
      'portal',
      `${environment.KAFKA_TOPIC_PREFIX}portal.events`,
      producerSchemas('portal'),
    );
    const entry = outbox.entry({
      type: 'portal.workspace.created',
      tenantId,
      subject: data.workspaceId,
      data: { clientName: 'Globex', name: 'Globex', ...data },
    });
    const producer = testKafka().producer();
    await producer.connect();
    await producer.send({
      topic: entry.topic,
      messages: Array.from({ length: times }, () => ({ key: entry.key, value: entry.envelope })),
    });
    await producer.disconnect();
  }

  /** Waits until the consumer has recorded the workspace, i.e. the principal may read its messages. */
  async function waitForWorkspace(principal: Principal, id: string): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        await messaging.listMessages({ workspaceId: id }, as(principal));
        return;
      } catch (error) {
        if ((error as DomainError).code !== 'NOT_FOUND' || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  beforeAll(async () => {
    runtime = await startMessaging(loadMessagingConfig(environment));
    messaging = contractClient('messaging', `127.0.0.1:${runtime.grpcPort}`);
  });
  afterAll(async () => {
    messaging.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it('learns workspaces from portal.workspace.created; unknown ones are NOT_FOUND', async () => {
    await expect(
      messaging.postMessage({ workspaceId, body: 'Too early', authorDisplayName: 'Ada' }, as(owner)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await publishWorkspaceCreated(tenant, { workspaceId, clientId }, 2);
    await publishWorkspaceCreated(tenant, { workspaceId: otherWorkspaceId, clientId });
    await waitForWorkspace(owner, workspaceId);
    await waitForWorkspace(owner, otherWorkspaceId);
    expect((await messaging.listMessages({ workspaceId }, as(owner))).messages).toEqual([]);
  });

  it('lets staff and an invited client user post, and publishes messaging.message.posted', async () => {
    const fromStaff = await messaging.postMessage(
      { workspaceId, body: '  The mock-ups are ready.  ', authorDisplayName: 'Ada Lovelace' },
      as(owner),
    );
    expect(fromStaff).toMatchObject({
      tenantId: tenant,
      workspaceId,
      clientId,
      body: 'The mock-ups are ready.',
      author: { userId: owner.userId, displayName: 'Ada Lovelace', kind: 'staff' },
    });
    const fromClient = await messaging.postMessage(
      { workspaceId, body: 'Looks great, thanks!' },
      as(invited),
    );
    expect(fromClient.author).toEqual({
      userId: invited.userId,
      displayName: 'Grace Hopper',
      kind: 'client',
    });

    const events = await readTopic(`${environment.KAFKA_TOPIC_PREFIX}messaging.events`, (messages) =>
      messages.some((message) => message.key?.toString() === fromClient.id),
    );
    const posted = events
      .map((message) => JSON.parse(message.value?.toString() ?? '{}') as { subject: string; data: unknown })
      .find((event) => event.subject === fromClient.id);
    expect(posted).toMatchObject({
      type: 'messaging.message.posted',
      tenantId: tenant,
      producer: 'messaging',
    });
    expect(posted?.data).toEqual({
      messageId: fromClient.id,
      workspaceId,
      clientId,
      author: { userId: invited.userId, displayName: 'Grace Hopper', kind: 'client' },
      body: 'Looks great, thanks!',
      createdAt: fromClient.createdAt,
      // Issue 12: the workspace's default conversation (its id is the workspace's), client-visible.
      conversationId: workspaceId,
      conversationSubject: '',
      clientVisible: true,
      clientAudience: [],
      attachments: [],
      mentions: [],
    });
  });

  it('refuses empty and overlong messages', async () => {
    for (const body of ['   ', 'x'.repeat(5001)]) {
      const error = await messaging
        .postMessage({ workspaceId, body }, as(owner))
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', violations: [{ field: 'body' }] });
    }
    expect(
      (await messaging.postMessage({ workspaceId, body: 'y'.repeat(5000) }, as(owner))).body,
    ).toHaveLength(5000);
  });

  it('keeps the conversation from anyone not invited to it', async () => {
    // Another tenant's workspace, known to messaging, is still not this tenant's.
    const otherAgency = staff(uniqueName('tenant'));
    const theirs = uniqueName('ws');
    await publishWorkspaceCreated(otherAgency.tenantId, { workspaceId: theirs, clientId });
    await waitForWorkspace(otherAgency, theirs);
    await expect(messaging.postMessage({ workspaceId: theirs, body: 'Hi' }, as(owner))).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );

    const strangers: Principal[] = [
      clientUser(tenant, clientId, [otherWorkspaceId]), // same client, another workspace
      clientUser(tenant, 'client-other', [workspaceId]), // invited id, but another client
      clientUser(uniqueName('tenant'), clientId, [workspaceId]), // another tenant
      staff(uniqueName('tenant')),
    ];
    for (const stranger of strangers) {
      await expect(
        messaging.postMessage({ workspaceId, body: 'Hello?' }, as(stranger)),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(messaging.listMessages({ workspaceId }, as(stranger))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    await expect(messaging.postMessage({ workspaceId, body: 'Hello' }, {})).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('lists a workspace conversation oldest first, page by page', async () => {
    const conversation = uniqueName('ws');
    await publishWorkspaceCreated(tenant, { workspaceId: conversation, clientId });
    await waitForWorkspace(owner, conversation);
    const contact = clientUser(tenant, clientId, [conversation]);
    const bodies = ['one', 'two', 'three', 'four', 'five'];
    for (const [index, body] of bodies.entries())
      await messaging.postMessage({ workspaceId: conversation, body }, as(index % 2 === 0 ? owner : contact));

    const first = await messaging.listMessages(
      { workspaceId: conversation, page: { pageSize: 2 } },
      as(contact),
    );
    // Not counted: the token alone says there is more.
    expect(first.page?.totalSize).toBe(0);
    expect(first.page?.nextPageToken).not.toBe('');
    const seen = [...first.messages];
    let token = first.page?.nextPageToken ?? '';
    while (token) {
      const next = await messaging.listMessages(
        { workspaceId: conversation, page: { pageSize: 2, pageToken: token } },
        as(contact),
      );
      seen.push(...next.messages);
      token = next.page?.nextPageToken ?? '';
    }
    expect(seen.map((message) => message.body)).toEqual(bodies);
    expect(seen.map((message) => message.author?.kind)).toEqual([
      'staff',
      'client',
      'staff',
      'client',
      'staff',
    ]);
    // Other workspaces' messages stay in their own conversation.
    expect((await messaging.listMessages({ workspaceId: otherWorkspaceId }, as(owner))).messages).toEqual([]);
  });
});

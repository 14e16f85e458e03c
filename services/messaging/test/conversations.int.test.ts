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
import { MessageRepository } from '../src/store/message.repository.js';

/**
 * Issue 12 (conversations): several conversations per workspace, internal discussions per workspace and
 * per client that a client user can never see or learn exist, "contact the business", read state per
 * conversation. Tested at the service boundary, with client principals as the gateway signs them.
 */
describe('messaging conversations against the real infrastructure', () => {
  const environment = serviceTestEnvironment('messaging');
  let runtime: ServiceRuntime;
  let messaging: ServiceClient<'messaging'>;
  let conversations: ServiceClient<'conversations'>;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner');
  const member = staff(tenant, 'member');
  const clientId = uniqueName('client');
  const workspaceId = uniqueName('ws');
  const chatRights = [{ workspaceId, rights: ['chat' as const] }];
  const dana: Principal = {
    ...clientUser(tenant, clientId, [workspaceId]),
    displayName: 'Dana Client',
    workspaceAccess: chatRights,
  };
  const eve: Principal = {
    ...clientUser(tenant, clientId, [workspaceId]),
    displayName: 'Eve Colleague',
    workspaceAccess: chatRights,
  };
  const otherClient: Principal = {
    ...clientUser(tenant, uniqueName('client'), [workspaceId]),
    workspaceAccess: chatRights,
  };
  const notInWorkspace: Principal = clientUser(tenant, clientId, []);

  async function publishWorkspaceCreated(tenantId: string, data: { workspaceId: string; clientId: string }) {
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
    await producer.send({ topic: entry.topic, messages: [{ key: entry.key, value: entry.envelope }] });
    await producer.disconnect();
  }

  async function expectNotFound(call: Promise<unknown>): Promise<void> {
    const error = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
  }

  beforeAll(async () => {
    runtime = await startMessaging(loadMessagingConfig(environment));
    messaging = contractClient('messaging', `127.0.0.1:${runtime.grpcPort}`);
    conversations = contractClient('conversations', `127.0.0.1:${runtime.grpcPort}`);
    await publishWorkspaceCreated(tenant, { workspaceId, clientId });
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        await conversations.listConversations({ workspaceId, clientId: '' }, as(owner));
        break;
      } catch (error) {
        if ((error as DomainError).code !== 'NOT_FOUND' || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  });
  afterAll(async () => {
    messaging.close();
    conversations.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it('keeps internal discussions (workspace and client level) away from client users everywhere', async () => {
    const general = (await conversations.listConversations({ workspaceId, clientId: '' }, as(dana)))
      .conversations;
    expect(
      general.map((conversation) => [conversation.id, conversation.subject, conversation.isDefault]),
    ).toEqual([[workspaceId, '', true]]);

    const kickoff = await conversations.createConversation(
      { workspaceId, clientId: '', subject: '  Kick-off  ', internal: false },
      as(member),
    );
    expect(kickoff).toMatchObject({ subject: 'Kick-off', visibility: 'client', workspaceId, clientId });
    const internal = await conversations.createConversation(
      { workspaceId, clientId: '', subject: 'Pricing strategy', internal: true },
      as(member),
    );
    const aboutClient = await conversations.createConversation(
      { workspaceId: '', clientId, subject: 'Is Globex paying late?', internal: true },
      as(owner),
    );
    expect(aboutClient).toMatchObject({ workspaceId: '', visibility: 'internal' });
    const internalPost = await messaging.postMessage(
      {
        workspaceId: '',
        conversationId: internal.id,
        body: 'Keep the discount at 5%',
        authorDisplayName: '',
      },
      as(member),
    );
    await messaging.postMessage(
      { workspaceId: '', conversationId: aboutClient.id, body: 'Two invoices late', authorDisplayName: '' },
      as(owner),
    );
    await messaging.postMessage(
      { workspaceId: '', conversationId: kickoff.id, body: 'Welcome aboard', authorDisplayName: '' },
      as(owner),
    );

    // Staff see all of them.
    expect(
      (await conversations.listConversations({ workspaceId, clientId: '' }, as(member))).conversations.map(
        (conversation) => conversation.id,
      ),
    ).toEqual(expect.arrayContaining([workspaceId, kickoff.id, internal.id]));
    expect(
      (await conversations.listConversations({ workspaceId: '', clientId }, as(owner))).conversations.map(
        (conversation) => conversation.id,
      ),
    ).toEqual([aboutClient.id]);

    for (const client of [dana, eve, otherClient, notInWorkspace]) {
      for (const hidden of [internal.id, aboutClient.id]) {
        await expectNotFound(conversations.getConversation({ conversationId: hidden }, as(client)));
        await expectNotFound(messaging.listMessages({ workspaceId: '', conversationId: hidden }, as(client)));
        await expectNotFound(
          messaging.postMessage(
            { workspaceId: '', conversationId: hidden, body: 'Hello?', authorDisplayName: '' },
            as(client),
          ),
        );
        await expectNotFound(conversations.markConversationRead({ conversationId: hidden }, as(client)));
        await expectNotFound(
          conversations.renameConversation({ conversationId: hidden, subject: 'x' }, as(client)),
        );
      }
    }
    // The lists and counts of the client users hold no trace of them.
    const seenByDana = (await conversations.listConversations({ workspaceId, clientId: '' }, as(dana)))
      .conversations;
    expect(seenByDana.map((conversation) => conversation.id).sort()).toEqual(
      [workspaceId, kickoff.id].sort(),
    );
    expect(seenByDana.every((conversation) => conversation.visibility === 'client')).toBe(true);
    expect(
      seenByDana.every(
        (conversation) => conversation.createdBy === '' && conversation.clientAudience.length === 0,
      ),
    ).toBe(true);
    expect(
      (await conversations.listConversations({ workspaceId: '', clientId }, as(dana))).conversations,
    ).toEqual([]);
    const danaUnread = await conversations.getUnreadSummary({}, as(dana));
    expect(danaUnread).toMatchObject({
      total: 1,
      workspaces: [{ workspaceId, unreadCount: 1 }],
      clients: [],
    });
    expect((await messaging.listUnread({ workspaceIds: [] }, as(dana))).workspaces).toEqual([
      expect.objectContaining({ workspaceId, unreadCount: 1, lastAuthorName: '' }),
    ]);
    // Nobody outside the workspace or the client learns anything either.
    await expectNotFound(conversations.listConversations({ workspaceId, clientId: '' }, as(notInWorkspace)));
    await expectNotFound(conversations.listConversations({ workspaceId: '', clientId }, as(otherClient)));
    await expectNotFound(conversations.getConversation({ conversationId: kickoff.id }, as(otherClient)));
    await expectNotFound(
      conversations.getConversation({ conversationId: kickoff.id }, as(staff(uniqueName('tenant')))),
    );

    // The event says it is internal, so every consumer can keep it from client users.
    const events = await readTopic(`${environment.KAFKA_TOPIC_PREFIX}messaging.events`, (messages) =>
      messages.some((message) => message.key?.toString() === internalPost.id),
    );
    const posted = events
      .map((message) => JSON.parse(message.value?.toString() ?? '{}') as { subject: string; data: unknown })
      .find((event) => event.subject === internalPost.id);
    expect(posted?.data).toMatchObject({
      conversationId: internal.id,
      conversationSubject: 'Pricing strategy',
      clientVisible: false,
      workspaceId,
    });
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = (await conversations.listConversations({ workspaceId, clientId: '' }, as(owner)))
      .conversations.length;
    for (const [subject, code] of [
      ['   ', 'required'],
      ['x'.repeat(121), 'too_long'],
    ] as const) {
      const error = await conversations
        .createConversation({ workspaceId, clientId: '', subject, internal: false }, as(owner))
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', violations: [{ field: 'subject', code }] });
    }
    const clientInternal = await conversations
      .createConversation({ workspaceId, clientId: '', subject: 'Secret', internal: true }, as(dana))
      .catch((caught: unknown) => caught);
    expect(clientInternal).toMatchObject({ code: 'INVALID_ARGUMENT', violations: [{ field: 'internal' }] });
    const noScope = await conversations
      .createConversation({ workspaceId: '', clientId: '', subject: 'Hello', internal: false }, as(owner))
      .catch((caught: unknown) => caught);
    expect(noScope).toMatchObject({ code: 'INVALID_ARGUMENT', violations: [{ field: 'clientId' }] });
    expect(
      (await conversations.listConversations({ workspaceId, clientId: '' }, as(owner))).conversations,
    ).toHaveLength(before);
    // A client user of another client cannot open one about this client (nor learn it exists).
    await expectNotFound(
      conversations.createConversation(
        { workspaceId: '', clientId, subject: 'Hi', internal: false },
        as(otherClient),
      ),
    );
    // Without "chat", a client user reads but does not open conversations in the workspace.
    const reader: Principal = {
      ...clientUser(tenant, clientId, [workspaceId]),
      workspaceAccess: [{ workspaceId, rights: [] }],
    };
    await expect(
      conversations.createConversation(
        { workspaceId, clientId: '', subject: 'Hi', internal: false },
        as(reader),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('"contact the business": only that contact and the staff see it; read state per conversation', async () => {
    const contact = await conversations.createConversation(
      { workspaceId: '', clientId, subject: 'Question about my contract', internal: false },
      as(dana),
    );
    expect(contact).toMatchObject({ workspaceId: '', visibility: 'client', createdBy: dana.userId });
    await messaging.postMessage(
      { workspaceId: '', conversationId: contact.id, body: 'Can we talk?', authorDisplayName: '' },
      as(dana),
    );
    // Eve, of the same client, neither sees it nor can write in it.
    expect(
      (await conversations.listConversations({ workspaceId: '', clientId }, as(eve))).conversations,
    ).toEqual([]);
    await expectNotFound(conversations.getConversation({ conversationId: contact.id }, as(eve)));
    await expectNotFound(
      messaging.postMessage(
        { workspaceId: '', conversationId: contact.id, body: 'Me too', authorDisplayName: '' },
        as(eve),
      ),
    );
    // Staff see it with one unread message, in their lists and their summary.
    const forStaff = (await conversations.listConversations({ workspaceId: '', clientId }, as(member)))
      .conversations;
    expect(forStaff.find((conversation) => conversation.id === contact.id)).toMatchObject({
      unreadCount: 1,
      clientAudience: [dana.userId],
    });
    const summary = await conversations.getUnreadSummary({}, as(member));
    // Dana's message and the owner's note in the internal discussion about the client.
    expect(summary.clients).toEqual([expect.objectContaining({ clientId, unreadCount: 2 })]);
    await conversations.markConversationRead({ conversationId: contact.id }, as(member));
    expect(
      (await conversations.getConversation({ conversationId: contact.id }, as(member))).unreadCount,
    ).toBe(0);
    // Reading one conversation leaves the others unread.
    expect((await conversations.getUnreadSummary({}, as(member))).clients).toEqual([
      expect.objectContaining({ clientId, unreadCount: 1 }),
    ]);

    await messaging.postMessage(
      { workspaceId: '', conversationId: contact.id, body: 'Of course, call us', authorDisplayName: '' },
      as(owner),
    );
    expect((await conversations.getConversation({ conversationId: contact.id }, as(dana))).unreadCount).toBe(
      1,
    );
    expect((await conversations.getUnreadSummary({}, as(dana))).clients).toEqual([
      expect.objectContaining({ clientId, unreadCount: 1 }),
    ]);
    await conversations.markConversationRead({ conversationId: contact.id }, as(dana));
    expect((await conversations.getConversation({ conversationId: contact.id }, as(dana))).unreadCount).toBe(
      0,
    );
    // Renaming: the contact who opened it may; another client user cannot even find it.
    expect(
      (
        await conversations.renameConversation(
          { conversationId: contact.id, subject: 'Contract renewal' },
          as(dana),
        )
      ).subject,
    ).toBe('Contract renewal');
    await expect(
      conversations.renameConversation({ conversationId: workspaceId, subject: 'Renamed' }, as(owner)),
    ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
  });

  it('moves messages written before conversations into their workspace’s default one', async () => {
    const legacyWorkspace = uniqueName('ws');
    await publishWorkspaceCreated(tenant, { workspaceId: legacyWorkspace, clientId });
    const collection = runtime.connection.collection('messages');
    await collection.insertOne({
      _id: uniqueName('legacy') as unknown as never,
      tenantId: tenant,
      workspaceId: legacyWorkspace,
      clientId,
      author: { userId: 'u-legacy', displayName: 'Old Timer', kind: 'client' },
      body: 'Written in issue 10',
      createdAt: new Date('2026-01-01T00:00:00Z'),
      _outbox: [],
    });
    expect(await new MessageRepository(runtime.connection).migrateToConversations()).toBe(1);
    expect(await new MessageRepository(runtime.connection).migrateToConversations()).toBe(0);
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const listed = await messaging.listMessages({ workspaceId: legacyWorkspace }, as(owner));
        expect(listed.messages.map((message) => [message.body, message.conversationId])).toEqual([
          ['Written in issue 10', legacyWorkspace],
        ]);
        break;
      } catch (error) {
        if ((error as DomainError).code !== 'NOT_FOUND' || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  });
});

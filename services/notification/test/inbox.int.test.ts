import {
  as,
  asService,
  clientUser,
  readTopic,
  serviceTestEnvironment,
  staff,
  uniqueName,
} from '@client-portal/testing';
import type { KafkaMessage } from 'kafkajs';
import { DomainError, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';
import { loadNotificationConfig } from '../src/config.js';
import { startNotification } from '../src/app.js';
import type { Dispatcher } from '../src/application/dispatcher.js';
import {
  accountRecipient,
  NEW_MESSAGE,
  renderedWith,
  runningDispatcher,
  sourceEvent,
} from '../../../e2e/support/inbox-fixtures.js';

interface Envelope {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('the in-app inbox (notification, real FerretDB and Kafka)', () => {
  const environment = serviceTestEnvironment('notification');
  const prefix = environment.KAFKA_TOPIC_PREFIX ?? '';
  let runtime: ServiceRuntime;
  let inbox: ServiceClient<'inbox'>;
  let dispatcher: Dispatcher;
  let closeDispatcher: () => void = () => undefined;
  const tenantId = uniqueName('tenant');
  const clientId = uniqueName('client');
  const owner = staff(tenantId, 'owner');
  const member = staff(tenantId, 'member');
  const contact = clientUser(tenantId, clientId, ['ws-1']);
  const otherContact = clientUser(tenantId, clientId, ['ws-1']);

  beforeAll(async () => {
    runtime = await startNotification(loadNotificationConfig(environment));
    inbox = createServiceClient('inbox', `127.0.0.1:${runtime.grpcPort}`);
    ({ dispatcher, close: closeDispatcher } = runningDispatcher(runtime, prefix));
  });
  afterAll(async () => {
    inbox.close();
    closeDispatcher();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it('posts one entry per event and person however often the event is dispatched, and streams it once', async () => {
    const event = sourceEvent(tenantId, { clientId, workspaceId: 'ws-1', clientVisible: true });
    const recipients = [
      accountRecipient(owner.userId, 'staff', `${uniqueName('owner')}@acme.test`),
      accountRecipient(contact.userId, 'client', `${uniqueName('dana')}@globex.test`),
    ];
    const render = () => renderedWith('Dana wrote in Website', 'Invoice received', '/app/workspaces/ws-1');
    // A redelivery and a replay: the inbox holds one entry each.
    await dispatcher.dispatch(event, NEW_MESSAGE, recipients, render);
    await dispatcher.dispatch(event, NEW_MESSAGE, recipients, render);
    await Promise.all([
      dispatcher.dispatch(event, NEW_MESSAGE, recipients, render),
      dispatcher.dispatch(event, NEW_MESSAGE, recipients, render),
    ]);

    const mine = await inbox.listInboxNotifications({}, as(owner));
    expect(mine.unreadCount).toBe(1);
    expect(mine.notifications).toEqual([
      expect.objectContaining({
        kind: 'new-message',
        title: 'Dana wrote in Website',
        body: 'Invoice received',
        link: '/app/workspaces/ws-1',
        readAt: '',
      }),
    ]);
    const theirs = await inbox.listInboxNotifications({}, as(contact));
    expect(theirs.notifications).toHaveLength(1);
    expect(theirs.notifications[0]?.id).not.toBe(mine.notifications[0]?.id);
    // Someone the event did not name has nothing.
    await expect(inbox.countUnreadInboxNotifications({}, as(member))).resolves.toEqual({ unreadCount: 0 });

    // notification.inbox.posted went out once per person, the client's carrying its client (live targeting).
    // Distinct envelopes: a reader's rebalance may hand it the same message twice.
    const postedOf = (messages: KafkaMessage[]) => [
      ...new Map(
        messages
          .map((message) => JSON.parse(String(message.value)) as Envelope)
          .filter(
            (envelope) =>
              envelope.type === 'notification.inbox.posted' && envelope.data.sourceEventId === event.id,
          )
          .map((envelope) => [envelope.id, envelope]),
      ).values(),
    ];
    const events = postedOf(
      await readTopic(`${prefix}notification.events`, (messages) => postedOf(messages).length >= 2),
    );
    expect(events).toHaveLength(2);
    expect(events.map((envelope) => envelope.data.recipientUserId).sort()).toEqual(
      [owner.userId, contact.userId].sort(),
    );
    expect(events.find((envelope) => envelope.data.recipientKind === 'client')?.data.clientId).toBe(clientId);
    expect(events.find((envelope) => envelope.data.recipientKind === 'staff')?.data.clientId).toBe('');
  });

  it('never puts an internal event, or one meant for other client users, in a client user’s inbox', async () => {
    const recipients = [
      accountRecipient(member.userId, 'staff', `${uniqueName('member')}@acme.test`),
      accountRecipient(otherContact.userId, 'client', `${uniqueName('other')}@globex.test`),
    ];
    const render = () => renderedWith('Internal note', 'Margins are thin', '/app/clients/x');
    await dispatcher.dispatch(
      sourceEvent(tenantId, { clientId, workspaceId: 'ws-1', clientVisible: false }),
      NEW_MESSAGE,
      recipients,
      render,
    );
    await dispatcher.dispatch(
      sourceEvent(tenantId, {
        clientId,
        workspaceId: '',
        clientVisible: true,
        clientAudience: [contact.userId],
      }),
      NEW_MESSAGE,
      recipients,
      () => renderedWith('Contact request', 'Hello', '/portal'),
    );
    const staffSide = await inbox.listInboxNotifications({}, as(member));
    expect(staffSide.notifications.map((entry) => entry.title).sort()).toEqual([
      'Contact request',
      'Internal note',
    ]);
    await expect(inbox.listInboxNotifications({}, as(otherContact))).resolves.toMatchObject({
      notifications: [],
      unreadCount: 0,
    });
  });

  it('marks the caller’s own entries read, one or all; anyone else’s answers NOT_FOUND and changes nothing', async () => {
    const recipient = accountRecipient(member.userId, 'staff', `${uniqueName('member')}@acme.test`);
    for (const title of ['First', 'Second', 'Third'])
      await dispatcher.dispatch(sourceEvent(tenantId, { clientId }), NEW_MESSAGE, [recipient], () =>
        renderedWith(title, 'body', 'https://evil.example/phish'),
      );
    const before = await inbox.listInboxNotifications({ page: { pageSize: 2 } }, as(member));
    expect(before.notifications).toHaveLength(2);
    expect(before.page?.nextPageToken).not.toBe('');
    // A link that would leave the web app is dropped, not followed.
    expect(before.notifications[0]?.link).toBe('');
    const unreadBefore = before.unreadCount;
    const target = before.notifications[0]?.id ?? '';

    // Another person (staff or client) and a service: refused, nothing read.
    expect((await refusal(inbox.markInboxNotificationRead({ notificationId: target }, as(owner)))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await refusal(inbox.markInboxNotificationRead({ notificationId: target }, as(contact)))).code,
    ).toBe('NOT_FOUND');
    expect((await refusal(inbox.listInboxNotifications({}, asService('notification', tenantId)))).code).toBe(
      'PERMISSION_DENIED',
    );
    const empty = await refusal(inbox.markInboxNotificationRead({ notificationId: ' ' }, as(member)));
    expect(empty.code).toBe('INVALID_ARGUMENT');
    expect(empty.violations).toEqual([
      expect.objectContaining({ field: 'notificationId', code: 'required' }),
    ]);
    await expect(inbox.countUnreadInboxNotifications({}, as(member))).resolves.toEqual({
      unreadCount: unreadBefore,
    });

    const read = await inbox.markInboxNotificationRead({ notificationId: target }, as(member));
    expect(read.notification?.readAt).not.toBe('');
    expect(read.unreadCount).toBe(unreadBefore - 1);
    // Again: no change.
    await expect(
      inbox.markInboxNotificationRead({ notificationId: target }, as(member)),
    ).resolves.toMatchObject({
      notification: { readAt: read.notification?.readAt },
      unreadCount: unreadBefore - 1,
    });
    const unreadOnly = await inbox.listInboxNotifications({ unreadOnly: true }, as(member));
    expect(unreadOnly.notifications.map((entry) => entry.id)).not.toContain(target);

    const all = await inbox.markAllInboxNotificationsRead({}, as(member));
    expect(all).toEqual({ marked: unreadBefore - 1, unreadCount: 0 });
    // The owner's own entry is untouched by the member's "mark all read".
    await expect(inbox.countUnreadInboxNotifications({}, as(owner))).resolves.toEqual({ unreadCount: 1 });

    // Both reads told the member's other tabs.
    const readsOf = (messages: KafkaMessage[]) => [
      ...new Map(
        messages
          .map((message) => JSON.parse(String(message.value)) as Envelope)
          .filter(
            (envelope) =>
              envelope.type === 'notification.inbox.read' && envelope.data.recipientUserId === member.userId,
          )
          .map((envelope) => [envelope.id, envelope]),
      ).values(),
    ];
    const readEvents = readsOf(
      await readTopic(`${prefix}notification.events`, (messages) => readsOf(messages).length >= 2),
    );
    // One key per person (the subject): their reads come in the order they were made.
    expect(readEvents.map((envelope) => envelope.data.notificationId)).toEqual([target, '']);
  });
});

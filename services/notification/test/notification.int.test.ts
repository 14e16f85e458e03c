import type { Producer } from 'kafkajs';
import {
  as,
  clientUser,
  deleteRealmUser,
  infrastructure,
  readTopic,
  serviceTestEnvironment,
  staff,
  testKafka,
  uniqueName,
  waitForMail,
} from '@client-portal/testing';
import { producerSchemas, type ProducedBy, type Producer as EventProducer } from '@client-portal/events';
import { EventOutbox, servicePrincipal, type NewEventOf, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadNotificationConfig } from '../src/config.js';
import { startNotification } from '../src/app.js';
// The real identity service, as the collaborator notification calls over gRPC; only the test starts it.
import { loadIdentityConfig } from '../../identity/src/config.js';
import { startIdentity } from '../../identity/src/app.js';

interface Envelope {
  id: string;
  type: string;
  subject: string;
  tenantId: string;
  data: Record<string, unknown>;
}

/** Every e-mail Mailpit holds for a recipient, to prove a repeat was not sent twice. */
async function mailCount(to: string): Promise<number> {
  const query = encodeURIComponent(`to:"${to}"`);
  const response = await fetch(`${infrastructure().mailpitUrl}/api/v1/search?query=${query}`);
  return ((await response.json()) as { messages: unknown[] }).messages.length;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await pause(200);
    value = await read();
  }
  return value;
}

function invitationData(email: string, invitationId: string) {
  return {
    invitationId,
    email,
    displayName: 'Grace Hopper',
    tenantName: 'Acme Agency',
    clientId: 'client-globex',
    clientName: 'Globex',
    workspaceId: 'ws-1',
    workspaceName: 'Website redesign',
    invitedBy: 'staff-1',
    language: 'en' as const,
    resent: false,
  };
}

/** The platform's own identity, as the gateway and the seed call identity with. */
const platform = as(servicePrincipal('platform', 'seed'));

describe('notification against the real infrastructure (SMTP through Mailpit, identity over gRPC)', () => {
  const environment = serviceTestEnvironment('notification');
  const identityEnvironment = serviceTestEnvironment('identity');
  let identityRuntime: ServiceRuntime;
  let runtime: ServiceRuntime;
  let notification: ServiceClient<'notification'>;
  let producer: Producer;
  let tenantId = '';
  let ownerEmail = '';
  let ownerKeycloakId = '';
  let identity: ServiceClient<'identity'>;
  let ownerId = '';
  const realmUsers: string[] = [];

  /** A real pending invitation in identity: notification asks identity for its link when it sends. */
  const realInvitation = async (email: string): Promise<string> => {
    const invited = await identity.inviteExternalUser(
      {
        email,
        displayName: 'Grace Hopper',
        clientId: 'client-globex',
        contactId: uniqueName('contact'),
        workspaceId: uniqueName('ws'),
        workspaceName: 'Website redesign',
        clientName: 'Globex',
        role: 'decision-maker',
      },
      as(staff(tenantId, 'owner', ownerId)),
    );
    realmUsers.push(invited.user?.keycloakId ?? '');
    return invited.invitation?.id ?? '';
  };

  /** Publishes as the producer would, through the catalogue (so a test cannot send what it never would). */
  const publish = async <Name extends EventProducer>(
    prefix: string,
    producerName: Name,
    event: NewEventOf<ProducedBy<Name>>,
    options: { times?: number; key?: string } = {},
  ) => {
    const entry = new EventOutbox(
      producerName,
      `${prefix}${producerName}.events`,
      producerSchemas(producerName),
    ).entry(event);
    const message = { key: options.key ?? entry.key, value: entry.envelope };
    await producer.send({
      topic: entry.topic,
      messages: Array.from({ length: options.times ?? 1 }, () => message),
    });
    return (JSON.parse(entry.envelope) as Envelope).id;
  };

  beforeAll(async () => {
    identityRuntime = await startIdentity(
      loadIdentityConfig({ ...identityEnvironment, WEB_URL: 'https://portal.example.test' }),
    );
    identity = contractClient('identity', `127.0.0.1:${identityRuntime.grpcPort}`);
    ownerEmail = `${uniqueName('owner')}@acme.test`;
    const seeded = await identity.ensureTenant(
      {
        slug: uniqueName('acme').replaceAll('_', '-'),
        name: 'Acme Agency',
        ownerEmail,
        ownerDisplayName: 'Ada Lovelace',
        ownerPassword: 'Owner-password-1',
      },
      platform,
    );
    tenantId = seeded.tenant?.id ?? '';
    ownerId = seeded.owner?.id ?? '';
    ownerKeycloakId = seeded.owner?.keycloakId ?? '';

    runtime = await startNotification(
      loadNotificationConfig({
        ...environment,
        IDENTITY_GRPC_ADDRESS: `127.0.0.1:${identityRuntime.grpcPort}`,
        WEB_URL: 'https://portal.example.test',
      }),
    );
    notification = contractClient('notification', `127.0.0.1:${runtime.grpcPort}`);
    producer = testKafka().producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    notification.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
    await identityRuntime.connection.dropDatabase();
    await identityRuntime.stop();
    identity.close();
    if (ownerKeycloakId) await deleteRealmUser(ownerKeycloakId).catch(() => undefined);
    await Promise.all(realmUsers.filter(Boolean).map((id) => deleteRealmUser(id).catch(() => undefined)));
  });

  it('e-mails an invitation with its link once, however often the event is delivered, and logs it', async () => {
    const email = `${uniqueName('grace')}@globex.test`;
    const invitationId = await realInvitation(email);
    const eventId = await publish(
      environment.KAFKA_TOPIC_PREFIX ?? '',
      'identity',
      {
        type: 'identity.invitation.sent',
        tenantId,
        subject: invitationId,
        data: invitationData(email, invitationId),
      },
      { times: 2 },
    );

    const mail = await waitForMail(email, { subject: 'Acme Agency invited you to their client portal' });
    // The link was issued by identity when the e-mail went: it works, and it was in no event.
    const acceptUrl = /https:\/\/portal\.example\.test\/invitations\/[\w-]+/.exec(mail.Text)?.[0] ?? '';
    expect(acceptUrl).not.toBe('');
    const token = acceptUrl.split('/invitations/')[1] ?? '';
    await expect(identity.getInvitation({ token }, {})).resolves.toMatchObject({ email, status: 'pending' });
    expect(mail.Subject).toBe('Acme Agency invited you to their client portal');
    expect(mail.From.Address).toBe('no-reply@client-portal.local');
    expect(mail.Text).toContain('Hello Grace Hopper,');
    expect(mail.Text).toContain('Website redesign');
    expect(mail.Text).toContain(acceptUrl);
    expect(mail.HTML).toContain(`href="${acceptUrl}"`);

    const logged = await eventually(
      () => notification.listNotifications({ recipient: email.toUpperCase() }, as(staff(tenantId, 'member'))),
      (result) => result.notifications.length > 0,
    );
    expect(logged.notifications).toEqual([
      expect.objectContaining({
        tenantId,
        channel: 'email',
        recipient: email,
        template: 'invitation',
        status: 'sent',
        error: '',
        sourceEventId: eventId,
        subject: 'Acme Agency invited you to their client portal',
      }),
    ]);
    await pause(1_500);
    expect(await mailCount(email)).toBe(1);
    expect(
      (await notification.listNotifications({ recipient: email }, as(staff(tenantId)))).notifications,
    ).toHaveLength(1);

    const notificationId = logged.notifications[0]?.id;
    const events = await readTopic(`${environment.KAFKA_TOPIC_PREFIX ?? ''}notification.events`, (messages) =>
      messages.some((message) => message.key?.toString() === notificationId),
    );
    const delivered = events
      .map((message) => JSON.parse(message.value?.toString() ?? '{}') as Envelope)
      .filter((event) => event.subject === notificationId);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({
      type: 'notification.notification.delivered',
      tenantId,
      data: {
        notificationId,
        channel: 'email',
        recipient: email,
        template: 'invitation',
        sourceEventId: eventId,
      },
    });
  });

  it("e-mails a team invitation in the tenant's language (French), branded with the agency's name", async () => {
    const email = `${uniqueName('camille')}@acme.test`;
    const member = await identity.inviteStaff(
      { email, displayName: 'Camille Durand', role: 'manager' },
      as(staff(tenantId, 'owner', ownerId)),
    );
    realmUsers.push(member.keycloakId);
    const eventId = await publish(environment.KAFKA_TOPIC_PREFIX ?? '', 'identity', {
      type: 'identity.staff.invited',
      tenantId,
      subject: member.id,
      data: {
        staffId: member.id,
        email,
        displayName: 'Camille Durand',
        role: 'manager',
        tenantName: 'Acme Agency',
        invitedByName: 'Ada Lovelace',
        language: 'fr',
      },
    });

    const mail = await waitForMail(email, { subject: "Rejoignez l'équipe Acme Agency" });
    expect(mail.Subject).toBe("Rejoignez l'équipe Acme Agency");
    expect(mail.Text).toContain('Bonjour Camille Durand,');
    expect(mail.Text).toContain(
      "Ada Lovelace vous invite à rejoindre l'équipe Acme Agency en tant que manager.",
    );
    expect(mail.Text).toContain("Accepter l'invitation et choisir votre mot de passe");
    const acceptUrl = /https:\/\/portal\.example\.test\/team-invitations\/[\w-]+/.exec(mail.Text)?.[0] ?? '';
    const token = acceptUrl.split('/team-invitations/')[1] ?? '';
    await expect(identity.getStaffInvitation({ token }, {})).resolves.toMatchObject({ email });
    expect(mail.HTML).toContain(`href="${acceptUrl}"`);
    expect(mail.HTML).toContain('<h1');
    expect(mail.HTML).toContain('Acme Agency</h1>');

    const logged = await eventually(
      () => notification.listNotifications({ recipient: email }, as(staff(tenantId, 'member'))),
      (result) => result.notifications.length > 0,
    );
    expect(logged.notifications).toEqual([
      expect.objectContaining({
        recipient: email,
        template: 'team-invitation',
        status: 'sent',
        sourceEventId: eventId,
        subject: "Rejoignez l'équipe Acme Agency",
      }),
    ]);
  });

  it("e-mails the tenant's owners (asked of identity) when a client writes, and nobody when staff write with no client user to tell", async () => {
    const prefix = environment.KAFKA_TOPIC_PREFIX ?? '';
    const workspaceId = uniqueName('ws');
    await publish(prefix, 'portal', {
      type: 'portal.workspace.created',
      tenantId,
      subject: workspaceId,
      data: { workspaceId, clientId: 'client-globex', clientName: 'Globex', name: 'Website redesign' },
    });
    // The e-mail names the workspace, so wait until notification has learnt it.
    await eventually(
      () => runtime.connection.collection('workspaces').countDocuments({ _id: workspaceId } as never),
      (count) => count > 0,
    );

    const message = (author: { displayName: string; kind: 'staff' | 'client' }, body: string) => ({
      type: 'messaging.message.posted' as const,
      tenantId,
      subject: uniqueName('msg'),
      data: {
        conversationId: '',
        conversationSubject: '',
        clientVisible: true,
        clientAudience: [],
        messageId: uniqueName('msg'),
        workspaceId,
        clientId: 'client-globex',
        author: { userId: uniqueName('user'), ...author },
        body,
        createdAt: new Date().toISOString(),
      },
    });
    // Same key: the staff message is handled before the client's, so its absence below is meaningful.
    const staffEventId = await publish(
      prefix,
      'messaging',
      message({ displayName: 'Ada Lovelace', kind: 'staff' }, 'Internal-looking staff note'),
      { key: workspaceId },
    );
    const clientEventId = await publish(
      prefix,
      'messaging',
      message({ displayName: 'Grace Hopper', kind: 'client' }, 'Can we move the launch\nto Friday?'),
      { key: workspaceId, times: 2 },
    );

    const mail = await waitForMail(ownerEmail, {
      subject: 'New message from Grace Hopper in Website redesign',
    });
    expect(mail.Subject).toBe('New message from Grace Hopper in Website redesign');
    // Line ends come back from SMTP as CRLF.
    expect(mail.Text.replace(/[ \t\r]+\n/g, '\n')).toContain('Can we move the launch\nto Friday?');
    // Staff answer from the client's page in the staff app (issue 12), not from the client portal.
    expect(mail.Text).toContain('https://portal.example.test/app/clients/client-globex');
    expect(mail.HTML).toContain('Can we move the launch<br>to Friday?');

    await pause(1_500);
    const log = await notification.listNotifications({ recipient: ownerEmail }, as(staff(tenantId)));
    expect(log.notifications.map((entry) => [entry.sourceEventId, entry.template, entry.status])).toEqual([
      [clientEventId, 'new-message', 'sent'],
    ]);
    expect(log.notifications.some((entry) => entry.sourceEventId === staffEventId)).toBe(false);
    expect(await mailCount(ownerEmail)).toBe(1);
  });

  it("e-mails a staff comment on a document to the client's recipients, each in their language, once", async () => {
    const prefix = environment.KAFKA_TOPIC_PREFIX ?? '';
    const recipient = `${uniqueName('dana')}@globex.test`;
    const documentId = '7a6b5c4d-3e2f-4a1b-8c0d-9e8f7a6b5c4d';
    const eventId = await publish(
      prefix,
      'billing',
      {
        type: 'billing.document.commented',
        tenantId,
        subject: documentId,
        data: {
          documentId,
          kind: 'invoice',
          clientId: 'c0ffee00-1111-4222-8333-444455556666',
          clientName: 'Globex',
          tenantName: 'Acme Agency',
          number: 'INV-2026-0042',
          commentId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
          author: { kind: 'staff', name: 'Ada Lovelace' },
          body: 'O pagamento chegou, obrigado.',
          clientRecipients: [{ email: recipient, name: 'Dana', language: 'pt' }],
          postedAt: new Date().toISOString(),
        },
      },
      { times: 2 },
    );
    const mail = await waitForMail(recipient, { subject: 'Novo comentário em INV-2026-0042' });
    expect(mail.Subject).toBe('Novo comentário em INV-2026-0042 de Ada Lovelace');
    expect(mail.Text).toContain('O pagamento chegou, obrigado.');
    expect(mail.Text).toContain(`https://portal.example.test/portal/billing/${documentId}`);
    await pause(1_500);
    expect(await mailCount(recipient)).toBe(1);
    const log = await notification.listNotifications({ recipient }, as(staff(tenantId)));
    expect(log.notifications.map((entry) => [entry.sourceEventId, entry.template])).toEqual([
      [eventId, 'document-comment'],
    ]);
  });

  it('shows the log to staff only, newest first, paged, per tenant', async () => {
    const prefix = environment.KAFKA_TOPIC_PREFIX ?? '';
    const emails = [`${uniqueName('a')}@log.test`, `${uniqueName('b')}@log.test`];
    for (const email of emails) {
      const invitationId = await realInvitation(email);
      await publish(prefix, 'identity', {
        type: 'identity.invitation.sent',
        tenantId,
        subject: invitationId,
        data: invitationData(email, invitationId),
      });
      await waitForMail(email);
    }
    const all = await eventually(
      () => notification.listNotifications({}, as(staff(tenantId))),
      (result) => emails.every((email) => result.notifications.some((entry) => entry.recipient === email)),
    );
    const createdAt = all.notifications.map((entry) => entry.createdAt);
    expect(createdAt).toEqual([...createdAt].sort().reverse());
    expect(all.notifications.findIndex((entry) => entry.recipient === emails[1])).toBeLessThan(
      all.notifications.findIndex((entry) => entry.recipient === emails[0]),
    );

    const first = await notification.listNotifications({ page: { pageSize: 1 } }, as(staff(tenantId)));
    expect(first.notifications).toHaveLength(1);
    expect(first.page?.totalSize).toBe(0);
    expect(first.page?.nextPageToken).not.toBe('');
    const second = await notification.listNotifications(
      { page: { pageSize: 1, pageToken: first.page?.nextPageToken ?? '' } },
      as(staff(tenantId)),
    );
    expect(second.notifications[0]?.id).not.toBe(first.notifications[0]?.id);

    expect((await notification.listNotifications({}, as(staff(uniqueName('tenant'))))).notifications).toEqual(
      [],
    );
    await expect(
      notification.listNotifications({}, as(clientUser(tenantId, 'client-globex'))),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(notification.listNotifications({}, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('retries a failing send with backoff, then shows it failed with its error; owners and admins retry it', async () => {
    const brokenEnvironment = serviceTestEnvironment('notification');
    const broken = await startNotification(
      // Nothing listens on port 1: every send is refused.
      loadNotificationConfig({
        ...brokenEnvironment,
        SMTP_URL: 'smtp://127.0.0.1:1',
        IDENTITY_GRPC_ADDRESS: `127.0.0.1:${identityRuntime.grpcPort}`,
        // A short retry budget keeps the test quick; production rides out a quarter of an hour of outage.
        SEND_ATTEMPTS: '3',
        SEND_RETRY_MS: '50',
        SEND_RETRY_SCAN_MS: '50',
      }),
    );
    const brokenClient = contractClient('notification', `127.0.0.1:${broken.grpcPort}`);
    // The same database, a working mail server: where staff's "retry now" lands once SMTP is back.
    const repaired = await startNotification(
      loadNotificationConfig({
        ...brokenEnvironment,
        KAFKA_CONSUMER_GROUP: `${brokenEnvironment.KAFKA_CONSUMER_GROUP ?? ''}.repaired`,
        KAFKA_TOPIC_PREFIX: `${brokenEnvironment.KAFKA_TOPIC_PREFIX ?? ''}repaired.`,
        IDENTITY_GRPC_ADDRESS: `127.0.0.1:${identityRuntime.grpcPort}`,
      }),
    );
    const repairedClient = contractClient('notification', `127.0.0.1:${repaired.grpcPort}`);
    try {
      const prefix = brokenEnvironment.KAFKA_TOPIC_PREFIX ?? '';
      const email = `${uniqueName('lost')}@globex.test`;
      const invitationId = await realInvitation(email);
      const eventId = await publish(prefix, 'identity', {
        type: 'identity.invitation.sent',
        tenantId,
        subject: invitationId,
        data: invitationData(email, invitationId),
      });

      const events = await readTopic(
        `${prefix}notification.events`,
        (messages) => messages.length > 0,
        30_000,
      );
      expect(JSON.parse(events[0]?.value?.toString() ?? '{}')).toMatchObject({
        type: 'notification.notification.failed',
        data: {
          recipient: email,
          sourceEventId: eventId,
          template: 'invitation',
          channel: 'email',
          attempts: 3,
        },
      });
      const log = await brokenClient.listNotifications({ status: 'failed' }, as(staff(tenantId, 'member')));
      expect(log.notifications).toEqual([
        expect.objectContaining({
          status: 'failed',
          template: 'invitation',
          sourceEventId: eventId,
          recipient: email,
          attempts: 3,
          nextAttemptAt: '',
        }),
      ]);
      const failed = log.notifications[0];
      expect(failed?.error).toMatch(/ECONNREFUSED|connect/i);
      expect(await mailCount(email)).toBe(0);
      // Handled, not dead-lettered: the failure is the notification's, shown to staff.
      expect(
        (await brokenClient.listNotifications({ status: 'sent' }, as(staff(tenantId)))).notifications,
      ).toEqual([]);

      // Retry now: owners and admins only; another tenant's id is unknown.
      for (const role of ['manager', 'member'] as const)
        await expect(
          repairedClient.retryNotification({ id: failed?.id ?? '' }, as(staff(tenantId, role))),
        ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
      await expect(
        repairedClient.retryNotification({ id: failed?.id ?? '' }, as(clientUser(tenantId, 'client-globex'))),
      ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
      await expect(
        repairedClient.retryNotification({ id: failed?.id ?? '' }, as(staff('another-tenant', 'owner'))),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        repairedClient.retryNotification({ id: '' }, as(staff(tenantId, 'admin'))),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      const retried = await repairedClient.retryNotification(
        { id: failed?.id ?? '' },
        as(staff(tenantId, 'admin')),
      );
      expect(retried.notification).toMatchObject({ id: failed?.id, status: 'sent', error: '', attempts: 4 });
      const mail = await waitForMail(email, { subject: 'Acme Agency invited you to their client portal' });
      expect(mail.Text).toContain('Hello Grace Hopper,');
      expect(await mailCount(email)).toBe(1);
      // Sent is sent: a second retry is refused and sends nothing.
      await expect(
        repairedClient.retryNotification({ id: failed?.id ?? '' }, as(staff(tenantId, 'owner'))),
      ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
      expect(await mailCount(email)).toBe(1);
    } finally {
      brokenClient.close();
      repairedClient.close();
      await broken.connection.dropDatabase();
      await broken.stop();
      await repaired.stop();
    }
  });
});

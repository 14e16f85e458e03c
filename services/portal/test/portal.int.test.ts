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
import { DomainError, EventOutbox, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import type { KafkaMessage } from 'kafkajs';
import { loadPortalConfig } from '../src/config.js';
import { WORKSPACE_MODULES } from '../src/domain/workspace.js';
import { WorkspaceRepository } from '../src/store/workspace.repository.js';
import { startPortal } from '../src/app.js';

interface Envelope {
  type: string;
  subject: string;
  tenantId: string;
  data: Record<string, unknown>;
}
const envelopes = (messages: KafkaMessage[]): Envelope[] =>
  messages.map((message) => JSON.parse(message.value?.toString() ?? '{}') as Envelope);

describe('portal gRPC API against the real infrastructure', () => {
  const environment = serviceTestEnvironment('portal');
  const topic = `${environment.KAFKA_TOPIC_PREFIX}portal.events`;
  let runtime: ServiceRuntime;
  let portal: ServiceClient<'portal'>;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner');

  beforeAll(async () => {
    runtime = await startPortal(loadPortalConfig(environment));
    portal = contractClient('portal', `127.0.0.1:${runtime.grpcPort}`);
  });
  afterAll(async () => {
    portal.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  /** Publishes billing.invoice.issued as billing would, `times` times (at-least-once delivery). */
  async function publishInvoiceIssued(
    tenantId: string,
    data: { invoiceId: string; clientId: string; number: string; totalMinor: number; issuedAt: string },
    times = 1,
  ): Promise<void> {
    const outbox = new EventOutbox(
      'billing',
      `${environment.KAFKA_TOPIC_PREFIX}billing.events`,
      producerSchemas('billing'),
    );
    const entry = outbox.entry({
      type: 'billing.invoice.issued',
      tenantId,
      subject: data.invoiceId,
      data: { clientName: 'ignored', currency: 'EUR', status: 'issued', dueDate: '2026-12-31', ...data },
    });
    const producer = testKafka().producer();
    await producer.connect();
    await producer.send({
      topic: entry.topic,
      messages: Array.from({ length: times }, () => ({ key: entry.key, value: entry.envelope })),
    });
    await producer.disconnect();
  }

  it('enables the portal once per client and publishes portal.workspace.created once', async () => {
    const clientId = uniqueName('client');
    const workspace = await portal.enablePortal({ clientId, clientName: '  Globex  ' }, as(owner));
    expect(workspace).toMatchObject({ clientId, clientName: 'Globex', name: 'Globex', tenantId: tenant });

    const again = await portal.enablePortal(
      { clientId, clientName: 'Globex', workspaceName: 'Other name' },
      as(owner),
    );
    expect(again).toEqual(workspace);
    const racing = await Promise.all(
      [1, 2, 3].map(() =>
        portal.enablePortal({ clientId, clientName: 'Globex' }, as(staff(tenant, 'admin'))),
      ),
    );
    expect(racing.map((seen) => seen.id)).toEqual([workspace.id, workspace.id, workspace.id]);
    // The permission matrix: configuring the portal is for admins and owners, refused in the service.
    await expect(
      portal.enablePortal({ clientId, clientName: 'Globex' }, as(staff(tenant, 'manager'))),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'Configuring the client portal needs the admin role or higher (you are a manager)',
    });

    const later = await portal.enablePortal(
      { clientId: uniqueName('client'), clientName: 'Initech', workspaceName: 'Initech projects' },
      as(owner),
    );
    expect(later.name).toBe('Initech projects');
    // Workspaces are keyed by id, so their events sit on different partitions in no particular order:
    // the whole topic is read for a while instead of stopping at the first expected event.
    const events = envelopes(await readTopic(topic, () => false, 10_000));
    expect(events.filter((event) => event.subject === later.id)).toHaveLength(1);
    const created = events.filter((event) => event.data.clientId === clientId);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      type: 'portal.workspace.created',
      subject: workspace.id,
      tenantId: tenant,
    });
    expect(created[0]?.data).toEqual({
      workspaceId: workspace.id,
      clientId,
      clientName: 'Globex',
      name: 'Globex',
    });
  });

  it('refuses invalid input and anyone but staff', async () => {
    const error = await portal
      .enablePortal({ clientId: ' ', clientName: '' }, as(owner))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).violations.map((violation) => violation.field).sort()).toEqual([
      'clientId',
      'clientName',
    ]);
    await expect(
      portal.enablePortal({ clientId: 'client-x', clientName: 'X' }, as(clientUser(tenant, 'client-x'))),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(portal.enablePortal({ clientId: 'client-x', clientName: 'X' }, {})).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('lists all workspaces to staff and only invited ones of their own client to a client user', async () => {
    const agency = staff(uniqueName('tenant'));
    const acme = await portal.enablePortal({ clientId: 'client-acme', clientName: 'Acme' }, as(agency));
    const hooli = await portal.enablePortal({ clientId: 'client-hooli', clientName: 'Hooli' }, as(agency));
    await portal.enablePortal({ clientId: 'client-acme', clientName: 'Acme' }, as(owner)); // another tenant

    expect(
      (await portal.listWorkspaces({}, as(agency))).workspaces.map((workspace) => workspace.name),
    ).toEqual(['Acme', 'Hooli']);
    expect((await portal.listWorkspaces({ clientId: 'client-hooli' }, as(agency))).workspaces).toEqual([
      hooli,
    ]);

    const invited = clientUser(agency.tenantId, 'client-acme', [acme.id, hooli.id]);
    // Module switches are configuration: a client user's answer carries none.
    expect((await portal.listWorkspaces({}, as(invited))).workspaces).toEqual([{ ...acme, modules: [] }]);
    expect((await portal.listWorkspaces({ clientId: 'client-hooli' }, as(invited))).workspaces).toEqual([]);
    const notInvited = clientUser(agency.tenantId, 'client-acme', []);
    expect((await portal.listWorkspaces({}, as(notInvited))).workspaces).toEqual([]);
  });

  it('shows a workspace only to staff of its tenant and invited users of its client', async () => {
    const clientId = uniqueName('client');
    const workspace = await portal.enablePortal({ clientId, clientName: 'Umbrella' }, as(owner));

    const view = await portal.getWorkspace(
      { workspaceId: workspace.id },
      as(clientUser(tenant, clientId, [workspace.id])),
    );
    expect(view.workspace).toEqual({ ...workspace, modules: [] });
    expect(view.documents).toEqual([]);
    expect((await portal.getWorkspace({ workspaceId: workspace.id }, as(owner))).workspace?.id).toBe(
      workspace.id,
    );

    for (const stranger of [
      clientUser(tenant, clientId, []), // same client, not invited
      clientUser(tenant, 'client-other', [workspace.id]), // invited id, but another client
      clientUser(uniqueName('tenant'), clientId, [workspace.id]), // another tenant
      staff(uniqueName('tenant')),
    ])
      await expect(portal.getWorkspace({ workspaceId: workspace.id }, as(stranger))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
  });

  it('shares issued invoices in every workspace of the client, once each, newest first', async () => {
    const clientId = uniqueName('client');
    const workspace = await portal.enablePortal({ clientId, clientName: 'Stark' }, as(owner));
    const older = {
      invoiceId: uniqueName('inv'),
      clientId,
      number: 'INV-2026-0007',
      totalMinor: 12_000,
      issuedAt: '2026-11-01T09:00:00.000Z',
    };
    const newer = {
      invoiceId: uniqueName('inv'),
      clientId,
      number: 'INV-2026-0009',
      totalMinor: 157_024,
      issuedAt: '2026-11-20T10:00:00.000Z',
    };
    // Delivered twice, as at-least-once delivery may: shown once.
    await publishInvoiceIssued(tenant, older, 2);
    await publishInvoiceIssued(tenant, { ...newer, invoiceId: uniqueName('inv'), clientId: 'client-other' });
    await publishInvoiceIssued(uniqueName('tenant'), { ...newer, invoiceId: uniqueName('inv') });
    await publishInvoiceIssued(tenant, newer, 2);

    const contact = clientUser(tenant, clientId, [workspace.id]);
    const deadline = Date.now() + 20_000;
    let view = await portal.getWorkspace({ workspaceId: workspace.id }, as(contact));
    while (view.documents.length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      view = await portal.getWorkspace({ workspaceId: workspace.id }, as(contact));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    view = await portal.getWorkspace({ workspaceId: workspace.id }, as(contact));
    expect(view.documents).toEqual([
      {
        id: newer.invoiceId,
        kind: 'invoice',
        number: 'INV-2026-0009',
        total: { amountMinor: '157024', currency: 'EUR' },
        status: 'issued',
        issuedAt: '2026-11-20T10:00:00.000Z',
        dueDate: '2026-12-31',
      },
      expect.objectContaining({
        id: older.invoiceId,
        number: 'INV-2026-0007',
        total: { amountMinor: '12000', currency: 'EUR' },
      }),
    ]);
  });

  describe('several workspaces per client (access slice)', () => {
    it('drops the one-workspace-per-client unique index left by earlier releases', async () => {
      const database = runtime.connection.db;
      if (!database) throw new Error('not connected');
      const collection = database.collection('workspaces');
      await collection.createIndexes([
        { key: { tenantId: 1, clientId: 1 }, unique: true, name: 'tenantId_1_clientId_1' },
      ]);
      const repository = new WorkspaceRepository(runtime.connection);
      expect(await repository.dropLegacyIndexes()).toEqual(['tenantId_1_clientId_1']);
      expect((await collection.indexes()).map((index) => index.name)).not.toContain('tenantId_1_clientId_1');
      expect(await repository.dropLegacyIndexes()).toEqual([]);
      // With it gone, a client gets a second workspace.
      const clientId = uniqueName('client');
      await portal.enablePortal({ clientId, clientName: 'Wayne' }, as(owner));
      await portal.createWorkspace({ clientId, clientName: 'Wayne', name: 'Second' }, as(owner));
      expect((await portal.listWorkspaces({ clientId }, as(owner))).workspaces).toHaveLength(2);
    });

    it('opens workspaces linked to a project, renames, switches modules, archives and restores', async () => {
      const manager = staff(tenant, 'manager');
      const clientId = uniqueName('client');
      const first = await portal.enablePortal({ clientId, clientName: 'Tyrell' }, as(owner));
      const linked = await portal.createWorkspace(
        { clientId, clientName: 'Tyrell', projectId: 'project-1', projectName: 'Nexus website' },
        as(manager),
      );
      expect(linked).toMatchObject({ name: 'Nexus website', projectId: 'project-1', archivedAt: '' });
      expect(linked.modules).toEqual([...WORKSPACE_MODULES]);
      // "Enable portal" still returns the client's first workspace.
      expect((await portal.enablePortal({ clientId, clientName: 'Tyrell' }, as(owner))).id).toBe(first.id);

      const renamed = await portal.renameWorkspace(
        { workspaceId: linked.id, name: '  Nexus 2  ' },
        as(manager),
      );
      expect(renamed.name).toBe('Nexus 2');
      const switched = await portal.setWorkspaceModules(
        { workspaceId: linked.id, modules: ['files', 'tasks'] },
        as(manager),
      );
      expect(switched.modules).toEqual(['tasks', 'files']);

      // Bad input names the field and changes nothing.
      const tooLong = await portal
        .renameWorkspace({ workspaceId: linked.id, name: 'x'.repeat(201) }, as(manager))
        .catch((caught: unknown) => caught);
      expect((tooLong as DomainError).violations).toEqual([
        expect.objectContaining({ field: 'name', code: 'too_long' }),
      ]);
      const unknown = await portal
        .setWorkspaceModules({ workspaceId: linked.id, modules: ['tasks', 'crm'] }, as(manager))
        .catch((caught: unknown) => caught);
      expect((unknown as DomainError).violations).toEqual([
        expect.objectContaining({ field: 'modules', code: 'invalid_value' }),
      ]);
      expect((await portal.getWorkspace({ workspaceId: linked.id }, as(owner))).workspace).toMatchObject({
        name: 'Nexus 2',
        modules: ['tasks', 'files'],
      });

      // The permission matrix: members and client users may not; a client user is told nothing exists.
      await expect(
        portal.renameWorkspace({ workspaceId: linked.id, name: 'X' }, as(staff(tenant, 'member'))),
      ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
      const insider = clientUser(tenant, clientId, [linked.id]);
      for (const call of [
        () => portal.renameWorkspace({ workspaceId: linked.id, name: 'X' }, as(insider)),
        () => portal.setWorkspaceModules({ workspaceId: linked.id, modules: [] }, as(insider)),
        () => portal.archiveWorkspace({ workspaceId: linked.id }, as(insider)),
        () =>
          portal.renameWorkspace(
            { workspaceId: linked.id, name: 'X' },
            as(staff(uniqueName('tenant'), 'owner')),
          ),
      ])
        await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        portal.createWorkspace({ clientId, clientName: 'Tyrell' }, as(staff(tenant, 'member'))),
      ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });

      // Archived: out of the client's list, still in staff's; read-only; restorable.
      const archived = await portal.archiveWorkspace({ workspaceId: linked.id }, as(manager));
      expect(archived.archivedAt).not.toBe('');
      expect((await portal.listWorkspaces({}, as(insider))).workspaces).toEqual([]);
      expect((await portal.listWorkspaces({ clientId }, as(owner))).workspaces.map((w) => w.id)).toContain(
        linked.id,
      );
      await expect(
        portal.renameWorkspace({ workspaceId: linked.id, name: 'Y' }, as(manager)),
      ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
      const restored = await portal.restoreWorkspace({ workspaceId: linked.id }, as(manager));
      expect(restored.archivedAt).toBe('');
      expect((await portal.listWorkspaces({}, as(insider))).workspaces.map((w) => w.id)).toEqual([linked.id]);

      const events = envelopes(
        await readTopic(
          topic,
          (messages) =>
            envelopes(messages).some(
              (event) => event.type === 'portal.workspace.restored' && event.subject === linked.id,
            ),
          15_000,
        ),
      ).filter((event) => event.subject === linked.id);
      expect(events.map((event) => event.type)).toEqual([
        'portal.workspace.created',
        'portal.workspace.updated',
        'portal.workspace.updated',
        'portal.workspace.archived',
        'portal.workspace.restored',
      ]);
      expect(events[2]?.data).toMatchObject({
        change: 'modules',
        clientVisible: false,
        modules: ['tasks', 'files'],
      });
      expect(events[1]?.data).toMatchObject({
        change: 'renamed',
        clientVisible: true,
        title: 'Nexus 2',
        clientId,
      });
    });
  });
});

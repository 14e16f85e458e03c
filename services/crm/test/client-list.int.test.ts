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
import { DomainError, EventOutbox, type OutboxEntry, type ServiceRuntime } from '@client-portal/kit';
import {
  createServiceClient as contractClient,
  type ClientListRow__Output,
  type ServiceClient,
} from '@client-portal/contracts';
import { loadCrmConfig } from '../src/config.js';
import { startCrm } from '../src/app.js';
import { ClientListService } from '../src/application/client-list.service.js';
import { ClientRepository } from '../src/store/client.repository.js';
import { ClientImportRepository } from '../src/store/client-import.repository.js';
import type { Client } from '../src/domain/client.js';

const SORTS = ['name', 'main_contact', 'project_count', 'status', 'value', 'last_activity'] as const;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

describe('crm client list: filters, sorts, keyset pages, CSV import and export', () => {
  const environment = serviceTestEnvironment('crm');
  let runtime: ServiceRuntime;
  let crm: ServiceClient<'crm'>;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner');
  const manager = staff(tenant, 'manager');
  const member = staff(tenant, 'member');
  const created: { id: string; name: string }[] = [];

  const send = async (topic: string, entries: OutboxEntry[]) => {
    const producer = testKafka().producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: entries.map((entry) => ({ key: entry.key, value: entry.envelope })),
    });
    await producer.disconnect();
  };
  const projectEvent = (clientId: string, projectId: string, valueMinor: number, currency = 'EUR') =>
    new EventOutbox('crm', `${environment.KAFKA_TOPIC_PREFIX}crm.events`, producerSchemas('crm')).entry({
      type: 'crm.project.changed',
      tenantId: tenant,
      subject: projectId,
      data: {
        projectId,
        clientId,
        name: `Project ${projectId.slice(0, 4)}`,
        status: 'in-progress',
        progress: 10,
        startDate: '',
        dueDate: '',
        completedAt: '',
        contractValueMinor: valueMinor,
        currency,
        milestones: [],
        rating: null,
        created: true,
        changedBy: owner.userId,
      },
    });
  const allRows = async (sort: string, descending: boolean, pageSize = 3) => {
    const rows: ClientListRow__Output[] = [];
    let pageToken = '';
    let pages = 0;
    do {
      const page = await crm.listClients({ sort, descending, page: { pageSize, pageToken } }, as(owner));
      rows.push(...page.rows);
      pageToken = page.page?.nextPageToken ?? '';
      pages++;
    } while (pageToken && pages < 50);
    return { rows, pages };
  };

  beforeAll(async () => {
    runtime = await startCrm(loadCrmConfig(environment));
    crm = contractClient('crm', `127.0.0.1:${runtime.grpcPort}`);
    const seed = [
      { name: 'acme', status: 'active', industry: 'Retail', by: owner, contact: ['Zoe', 'Adams'] },
      {
        name: 'Bravo Labs',
        status: 'prospect',
        industry: 'Software',
        by: manager,
        contact: ['Yann', 'Bell'],
      },
      { name: 'Charlie Co', status: 'inactive', industry: 'Retail', by: owner, contact: null },
      { name: 'delta', status: 'suspended', industry: 'Software', by: manager, contact: ['Ada', 'Cole'] },
      { name: 'Echo', status: 'active', industry: 'Health', by: owner, contact: ['Bob', 'Dean'] },
      { name: 'Foxtrot', status: 'prospect', industry: 'Health', by: manager, contact: ['Carl', 'Eve'] },
      { name: 'Golf', status: 'active', industry: 'Retail', by: owner, contact: ['Dora', 'Finn'] },
    ] as const;
    for (const entry of seed) {
      const client = await crm.createClient(
        {
          name: entry.name,
          status: entry.status,
          industry: entry.industry,
          primaryContact: entry.contact
            ? {
                firstName: entry.contact[0],
                lastName: entry.contact[1],
                email: `${entry.contact[0].toLowerCase()}@${entry.name.replace(/\s/g, '').toLowerCase()}.test`,
              }
            : null,
        },
        as(entry.by),
      );
      created.push({ id: client.id, name: client.name });
    }
    // Projects: Bravo two (one changed twice: replaced, not added), Echo one; then one of Bravo's deleted.
    const [bravo, echo] = [created[1]?.id ?? '', created[4]?.id ?? ''];
    const first = randomUUID();
    const second = randomUUID();
    const gone = randomUUID();
    const changedTwice = projectEvent(bravo, first, 100_000);
    await send(changedTwice.topic, [
      changedTwice,
      changedTwice, // redelivered: counted once
      projectEvent(bravo, first, 250_000),
      projectEvent(bravo, second, 50_000, 'USD'),
      projectEvent(echo, gone, 999_000),
      projectEvent(echo, randomUUID(), 10_000),
    ]);
    const deleted = new EventOutbox(
      'crm',
      `${environment.KAFKA_TOPIC_PREFIX}crm.events`,
      producerSchemas('crm'),
    ).entry({
      type: 'crm.project.deleted',
      tenantId: tenant,
      subject: gone,
      data: { projectId: gone, clientId: echo, name: 'Gone', deletedBy: owner.userId },
    });
    await send(deleted.topic, [deleted]);
    const message = new EventOutbox(
      'messaging',
      `${environment.KAFKA_TOPIC_PREFIX}messaging.events`,
      producerSchemas('messaging'),
    ).entry({
      type: 'messaging.message.posted',
      tenantId: tenant,
      subject: randomUUID(),
      data: {
        conversationId: '',
        conversationSubject: '',
        clientVisible: true,
        clientAudience: [],
        messageId: randomUUID(),
        workspaceId: randomUUID(),
        clientId: created[6]?.id ?? '',
        author: { userId: randomUUID(), displayName: 'Dora', kind: 'client' },
        body: 'Hello',
        createdAt: '2099-01-01T00:00:00.000Z',
      },
    });
    await send(message.topic, [message]);
    await until(
      () => crm.listClients({ sort: 'value', descending: true }, as(owner)),
      (page) =>
        page.rows[0]?.projectValueMinor === '300000' &&
        page.rows[1]?.projectValueMinor === '10000' &&
        page.rows[1].projectCount === 1,
    );
    await until(
      () => crm.listClients({ sort: 'last_activity', descending: true }, as(owner)),
      (page) => page.rows[0]?.name === 'Golf',
    );
  }, 60_000);
  afterAll(async () => {
    crm.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it('shows the main contact, project count, value and last activity on each row', async () => {
    const page = await crm.listClients({}, as(member));
    const byName = new Map(page.rows.map((row) => [row.name, row]));
    expect(byName.get('Bravo Labs')).toMatchObject({
      mainContactName: 'Yann Bell',
      mainContactEmail: 'yann@bravolabs.test',
      projectCount: 2,
      projectValueMinor: '300000',
      status: 'prospect',
      ownerUserId: manager.userId,
      // Shown per currency: euros and dollars are never added (the sum above is the sort key only).
      valueByCurrency: [
        { currency: 'EUR', amountMinor: '250000' },
        { currency: 'USD', amountMinor: '50000' },
      ],
    });
    expect(byName.get('Echo')).toMatchObject({ projectCount: 1, projectValueMinor: '10000' });
    expect(byName.get('Charlie Co')).toMatchObject({ mainContactName: '', projectCount: 0 });
    expect(byName.get('Golf')?.lastActivityAt).toBe('2099-01-01T00:00:00.000Z');
    // The existing callers' shape is still there, in the same order.
    expect(page.clients.map((client) => client.name)).toEqual(page.rows.map((row) => row.name));
  });

  it('filters by status, owner, industry and search (name, contact name or e-mail)', async () => {
    const names = async (request: Parameters<typeof crm.listClients>[0]) =>
      (await crm.listClients(request, as(owner))).rows.map((row) => row.name);
    expect(await names({ status: 'active' })).toEqual(['acme', 'Echo', 'Golf']);
    expect(await names({ ownerUserId: manager.userId })).toEqual(['Bravo Labs', 'delta', 'Foxtrot']);
    expect(await names({ industry: 'Retail' })).toEqual(['acme', 'Charlie Co', 'Golf']);
    expect(await names({ industry: 'Retail', status: 'active', ownerUserId: owner.userId })).toEqual([
      'acme',
      'Golf',
    ]);
    expect(await names({ search: 'ECH' })).toEqual(['Echo']);
    expect(await names({ search: 'carl' })).toEqual(['Foxtrot']);
    expect(await names({ search: 'dora@golf' })).toEqual(['Golf']);
    const total = await crm.listClients({ status: 'prospect', page: { pageSize: 1 } }, as(owner));
    expect(total.page?.totalSize).toBe(2);
    expect((await crm.listClientIndustries({}, as(member))).industries).toEqual([
      'Health',
      'Retail',
      'Software',
    ]);
  });

  it('hides archived clients unless asked for', async () => {
    const archivedId = created[2]?.id ?? '';
    // Archived through the client record's own call (0: the version as it is now).
    await crm.archiveClient({ clientId: archivedId, expectedVersion: 0 }, as(owner));
    const visible = await crm.listClients({}, as(owner));
    expect(visible.rows.map((row) => row.name)).not.toContain('Charlie Co');
    const all = await crm.listClients({ includeArchived: true }, as(owner));
    expect(all.rows.find((row) => row.name === 'Charlie Co')?.archived).toBe(true);
    await crm.restoreClient({ clientId: archivedId, expectedVersion: 0 }, as(owner));
    expect((await crm.listClients({}, as(owner))).rows.map((row) => row.name)).toContain('Charlie Co');
  });

  it.each(SORTS.flatMap((sort) => [[sort, false] as const, [sort, true] as const]))(
    'sorts by %s (descending: %s) across keyset pages with no duplicate and no gap',
    async (sort, descending) => {
      const { rows, pages } = await allRows(sort, descending);
      expect(pages).toBeGreaterThanOrEqual(3);
      const ids = rows.map((row) => row.clientId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(new Set(created.map((client) => client.id)));
      const key = (row: ClientListRow__Output): string | number => {
        switch (sort) {
          case 'name':
            return row.name.toLowerCase();
          case 'main_contact':
            return row.mainContactName.toLowerCase();
          case 'project_count':
            return row.projectCount;
          case 'status':
            return row.status;
          case 'value':
            return Number(row.projectValueMinor);
          case 'last_activity':
            return row.lastActivityAt;
        }
      };
      const compare = (a: ClientListRow__Output, b: ClientListRow__Output) => {
        const [x, y] = [key(a), key(b)];
        const byKey = x < y ? -1 : x > y ? 1 : 0;
        const byId = a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0;
        return (descending ? -1 : 1) * (byKey || byId);
      };
      expect(ids).toEqual([...rows].sort(compare).map((row) => row.clientId));
    },
  );

  it('refuses an unknown sort or a token from another order, and lists for staff only', async () => {
    await expect(crm.listClients({ sort: 'notes' }, as(owner))).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [expect.objectContaining({ field: 'sort' })],
    });
    const page = await crm.listClients({ sort: 'value', page: { pageSize: 2 } }, as(owner));
    await expect(
      crm.listClients({ sort: 'name', page: { pageToken: page.page?.nextPageToken ?? '' } }, as(owner)),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(crm.listClients({}, as(clientUser(tenant, created[0]?.id ?? '')))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
  });

  it('exports the filtered, sorted list as CSV in keyset chunks', async () => {
    const chunk = await crm.exportClients(
      { status: 'prospect', sort: 'value', descending: true },
      as(member),
    );
    expect(chunk.nextPageToken).toBe('');
    expect(chunk.rowCount).toBe(2);
    const lines = chunk.csv.trim().split('\n');
    expect(lines[0]).toBe(
      'company,main_contact,main_contact_email,projects,status,value_minor,invoiced_minor,last_activity,industry,archived',
    );
    expect(lines[1]).toMatch(
      /^Bravo Labs,Yann Bell,yann@bravolabs\.test,2,prospect,300000,0,[^,]+,Software,no$/,
    );
    expect(lines[2]).toMatch(/^Foxtrot,Carl Eve,carl@foxtrot\.test,0,prospect,0,0,/);
  });

  it('joins export chunks into the whole list, with no duplicate and no gap', async () => {
    const whole = await crm.exportClients({ sort: 'value', descending: true }, as(owner));
    expect(whole.nextPageToken).toBe('');
    let pageToken = '';
    let joined = '';
    let chunks = 0;
    do {
      const chunk = await crm.exportClients(
        { sort: 'value', descending: true, pageSize: 2, pageToken },
        as(owner),
      );
      joined += chunk.csv;
      pageToken = chunk.nextPageToken;
      chunks++;
    } while (pageToken && chunks < 20);
    expect(chunks).toBe(Math.ceil(whole.rowCount / 2));
    expect(joined).toBe(whole.csv);
  });

  const csvHeader =
    'company,industry,status,contact_first_name,contact_last_name,contact_email,contact_role,contact_phone';

  it('previews an import: groups rows by company, first contact primary, every bad row named', async () => {
    const csv = [
      csvHeader,
      'Hotel Corp,Travel,prospect,Ivy,Jones,ivy@hotel.test,decision-maker,+33 1',
      'Hotel Corp,,,Jack,King,jack@hotel.test,billing,',
      'India Ltd,Retail,bogus,Kim,Lee,not-an-email,boss,',
      ',Retail,,Lou,Moe,lou@x.test,,',
      'Acme,Retail,,Max,Ng,max@acme2.test,,',
      'Hotel Corp,,,Ivy,Twin,IVY@hotel.test,,',
    ].join('\n');
    const preview = await crm.previewClientImport({ csv }, as(manager));
    expect(preview.rowCount).toBe(6);
    expect(preview.clients.map((client) => client.name)).toEqual(['Hotel Corp', 'India Ltd', 'Acme']);
    expect(preview.clients[0]?.contacts).toEqual([
      expect.objectContaining({ email: 'ivy@hotel.test', primary: true, row: 2 }),
      expect.objectContaining({ email: 'jack@hotel.test', primary: false, role: 'billing' }),
      expect.objectContaining({ email: 'ivy@hotel.test', primary: false }),
    ]);
    expect(preview.errors.map((error) => `${error.row}:${error.column}:${error.code}`).sort()).toEqual(
      [
        '4:status:invalid_value',
        '4:contact_email:invalid_format',
        '4:contact_role:invalid_value',
        '5:company:required',
        '6:company:not_unique',
        '7:contact_email:not_unique',
      ].sort(),
    );
    // Nothing was written.
    expect((await crm.listClients({ search: 'Hotel' }, as(owner))).rows).toHaveLength(0);
    // A member may not import.
    await expect(crm.previewClientImport({ csv }, as(member))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    // The import refuses the whole file while an error remains.
    await expect(crm.importClients({ csv }, as(manager))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((await crm.listClients({ search: 'Hotel' }, as(owner))).rows).toHaveLength(0);
  });

  it('refuses wrong or missing columns, naming the expected ones', async () => {
    const error = (await crm
      .previewClientImport({ csv: 'name,email\nX,x@y.test' }, as(manager))
      .catch((caught: unknown) => caught)) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toContain('missing company, contact_first_name, contact_last_name, contact_email');
    expect(error.message).toContain('unknown name, email');
    expect(error.message).toContain('Expected columns: company, industry, phone, status');
  });

  it('imports a valid file: clients with their contacts, and one crm.client.created each', async () => {
    const csv = [
      csvHeader,
      'Juliet Inc,Media,prospect,Ivy,Jones,ivy@juliet.test,decision-maker,',
      'Juliet Inc,,,Jack,King,jack@juliet.test,technical,',
      'Kilo SA,Media,,Kim,Lee,kim@kilo.test,,',
    ].join('\r\n');
    const result = await crm.importClients({ csv }, as(manager));
    expect(result).toMatchObject({ clientCount: 2, contactCount: 3 });
    const page = await crm.listClients({ industry: 'Media' }, as(owner));
    expect(page.rows.map((row) => [row.name, row.mainContactName, row.status, row.ownerUserId])).toEqual([
      ['Juliet Inc', 'Ivy Jones', 'prospect', manager.userId],
      ['Kilo SA', 'Kim Lee', 'active', manager.userId],
    ]);
    const juliet = await crm.getClient({ clientId: page.rows[0]?.clientId ?? '' }, as(owner));
    expect(juliet.contacts.map((contact) => [contact.email, contact.role, contact.primary])).toEqual([
      ['ivy@juliet.test', 'decision-maker', true],
      ['jack@juliet.test', 'technical', false],
    ]);
    // One crm.client.created per client, published from the import's record.
    const events = await readTopic(`${environment.KAFKA_TOPIC_PREFIX}crm.events`, (messages) =>
      page.rows.every((row) => messages.some((message) => message.key?.toString() === row.clientId)),
    );
    const createdEvents = events
      .map((message) => JSON.parse(message.value?.toString() ?? '{}') as { type: string; subject: string })
      .filter(
        (event) =>
          event.type === 'crm.client.created' && page.rows.some((row) => row.clientId === event.subject),
      );
    expect(createdEvents).toHaveLength(2);
    // Importing the same file again would duplicate the clients: refused, row by row.
    const again = await crm.previewClientImport({ csv }, as(manager));
    expect(again.errors.filter((error) => error.code === 'not_unique')).toHaveLength(3);
  });

  it('leaves nothing behind when a write fails mid-way (all or nothing)', async () => {
    // The real repository on the service's database, failing on its third batch as a dropped
    // connection would, after two batches were written.
    class FailingRepository extends ClientRepository {
      batches = 0;
      override async insertImportBatch(clients: Client[], importId: string): Promise<void> {
        this.batches++;
        if (this.batches === 3) throw new Error('connection lost');
        await super.insertImportBatch(clients, importId);
      }
    }
    const repository = new FailingRepository(runtime.connection);
    const outbox = new EventOutbox(
      'crm',
      `${environment.KAFKA_TOPIC_PREFIX}crm.events`,
      producerSchemas('crm'),
    );
    const service = new ClientListService(
      repository,
      new ClientImportRepository(runtime.connection),
      outbox,
      runtime.logger,
    );
    const rows = Array.from(
      { length: 450 },
      (_, index) => `Bulk ${index},Bulk,,Al,Bo,al${index}@bulk.test,,`,
    );
    const error = (await service
      .import(manager, [csvHeader, ...rows].join('\n'))
      .catch((caught: unknown) => caught)) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.reason).toBe('client.import_failed');
    expect(repository.batches).toBe(3);
    expect(
      await runtime.connection.collection('clients').countDocuments({ tenantId: tenant, industry: 'Bulk' }),
    ).toBe(0);
    // The same file goes through once the store is healthy.
    const begin = Date.now();
    const done = await crm.importClients(
      { csv: [csvHeader, ...rows].join('\n') },
      { ...as(manager), deadlineMs: 30_000 },
    );
    process.stdout.write(`imported 450 clients in ${Date.now() - begin} ms\n`);
    expect(done.clientCount).toBe(450);
    const page = await crm.listClients({ industry: 'Bulk', page: { pageSize: 1 } }, as(owner));
    expect(page.page?.totalSize).toBe(450);
  }, 60_000);
});

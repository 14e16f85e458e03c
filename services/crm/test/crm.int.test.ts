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
import { loadCrmConfig } from '../src/config.js';
import { startCrm } from '../src/app.js';

const globexContact = {
  firstName: 'Grace',
  lastName: 'Hopper',
  email: 'Grace@Globex.test',
  phone: '+33 1 23 45 67 89',
  role: 'decision-maker',
};

describe('crm gRPC API against the real infrastructure', () => {
  const environment = serviceTestEnvironment('crm');
  let runtime: ServiceRuntime;
  let crm: ServiceClient<'crm'>;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner');

  beforeAll(async () => {
    runtime = await startCrm(loadCrmConfig(environment));
    crm = contractClient('crm', `127.0.0.1:${runtime.grpcPort}`);
  });
  afterAll(async () => {
    crm.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it('creates a client with its primary contact and publishes crm.client.created', async () => {
    const client = await crm.createClient(
      { name: '  Globex  ', industry: 'Manufacturing', notes: 'Pays late', primaryContact: globexContact },
      as(owner),
    );
    expect(client).toMatchObject({
      name: 'Globex',
      status: 'active',
      tenantId: tenant,
      notes: 'Pays late',
      ownerUserId: owner.userId,
    });
    expect(client.contacts).toEqual([
      expect.objectContaining({ email: 'grace@globex.test', role: 'decision-maker', primary: true }),
    ]);

    const events = await readTopic(`${environment.KAFKA_TOPIC_PREFIX}crm.events`, (messages) =>
      messages.some((message) => message.key?.toString() === client.id),
    );
    const created = events
      .map(
        (message) =>
          JSON.parse(message.value?.toString() ?? '{}') as {
            type: string;
            subject: string;
            tenantId: string;
            data: { name: string; primaryContact: { email: string } };
          },
      )
      .find((event) => event.subject === client.id);
    expect(created).toMatchObject({
      type: 'crm.client.created',
      tenantId: tenant,
      data: { name: 'Globex', primaryContact: { email: 'grace@globex.test' } },
    });
  });

  it('refuses invalid input, naming each bad field', async () => {
    const error = await crm
      .createClient(
        {
          name: ' ',
          status: 'archived',
          primaryContact: { firstName: '', lastName: 'X', email: 'not-an-email', role: 'boss' },
        },
        as(owner),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('INVALID_ARGUMENT');
    expect((error as DomainError).violations.map((violation) => violation.field).sort()).toEqual([
      'name',
      'primaryContact.email',
      'primaryContact.firstName',
      'primaryContact.role',
      'status',
    ]);
  });

  it('lists, searches and pages the tenant clients, and nothing of other tenants', async () => {
    const names = ['Initech', 'Initrode', 'Umbrella', 'Stark Industries'];
    for (const name of names) await crm.createClient({ name }, as(owner));
    await crm.createClient({ name: 'Initial Other Tenant' }, as(staff(uniqueName('tenant'))));

    const search = await crm.listClients({ search: 'init' }, as(owner));
    expect(search.clients.map((client) => client.name)).toEqual(['Initech', 'Initrode']);

    const first = await crm.listClients({ page: { pageSize: 2 } }, as(owner));
    expect(first.clients).toHaveLength(2);
    expect(first.page?.totalSize).toBe(5);
    const rest = await crm.listClients(
      { page: { pageSize: 10, pageToken: first.page?.nextPageToken ?? '' } },
      as(owner),
    );
    expect(rest.page?.nextPageToken).toBe('');
    // Counted once, on the first page; later pages carry it in the token.
    expect(rest.page?.totalSize).toBe(5);
    expect([...first.clients, ...rest.clients].map((client) => client.name)).toEqual([
      'Globex',
      'Initech',
      'Initrode',
      'Stark Industries',
      'Umbrella',
    ]);
  });

  it('shows a client user only their own client, without internal fields', async () => {
    const globex = await crm.createClient(
      {
        name: 'Globex Portal',
        notes: 'internal: discount 10%',
        primaryContact: { ...globexContact, email: 'portal@globex.test' },
      },
      as(owner),
    );
    const other = await crm.createClient({ name: 'Hooli' }, as(owner));
    const contact = clientUser(tenant, globex.id);

    const seen = await crm.getClient({ clientId: globex.id }, as(contact));
    expect(seen.name).toBe('Globex Portal');
    expect(seen.notes).toBe('');
    expect(seen.ownerUserId).toBe('');
    await expect(crm.getClient({ clientId: other.id }, as(contact))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(crm.listClients({}, as(contact))).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      crm.getClient({ clientId: globex.id }, as(staff(uniqueName('tenant')))),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(crm.getClient({ clientId: globex.id }, {})).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('adds contacts, refusing a duplicate e-mail', async () => {
    const client = await crm.createClient({ name: 'Contacts Inc', primaryContact: globexContact }, as(owner));
    const updated = await crm.addContact(
      {
        clientId: client.id,
        contact: { firstName: 'Alan', lastName: 'Turing', email: 'alan@contacts.test', role: 'technical' },
        primary: true,
      },
      as(owner),
    );
    expect(updated.contacts.map((contact) => [contact.email, contact.primary])).toEqual([
      ['grace@globex.test', false],
      ['alan@contacts.test', true],
    ]);
    await expect(
      crm.addContact({ clientId: client.id, contact: { ...globexContact } }, as(owner)),
    ).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
  });

  it("keeps the client's invoiced value and last activity from billing.invoice.issued, once per event", async () => {
    const client = await crm.createClient({ name: 'Value Corp' }, as(owner));
    const outbox = new EventOutbox(
      'billing',
      `${environment.KAFKA_TOPIC_PREFIX}billing.events`,
      producerSchemas('billing'),
    );
    const invoiceId = uniqueName('inv');
    const entry = outbox.entry({
      type: 'billing.invoice.issued',
      tenantId: tenant,
      subject: invoiceId,
      data: {
        invoiceId,
        clientId: client.id,
        clientName: 'Value Corp',
        number: 'INV-2026-0042',
        currency: 'EUR',
        totalMinor: 120_000,
        status: 'issued',
        issuedAt: '2026-11-20T10:00:00.000Z',
        dueDate: '2026-12-20',
      },
    });
    const producer = testKafka().producer();
    await producer.connect();
    // Delivered twice, as at-least-once delivery may: counted once.
    await producer.send({
      topic: entry.topic,
      messages: [
        { key: entry.key, value: entry.envelope },
        { key: entry.key, value: entry.envelope },
      ],
    });
    await producer.disconnect();

    const deadline = Date.now() + 20_000;
    let seen = await crm.getClient({ clientId: client.id }, as(owner));
    while (seen.invoiceCount === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      seen = await crm.getClient({ clientId: client.id }, as(owner));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    seen = await crm.getClient({ clientId: client.id }, as(owner));
    expect(seen).toMatchObject({
      invoicedMinor: '120000',
      invoiceCount: 1,
      lastActivityAt: '2026-11-20T10:00:00.000Z',
    });
    // The list row keeps the amount per currency (counted once too).
    const { rows } = await crm.listClients({ search: client.name }, as(owner));
    expect(rows.find((row) => row.clientId === client.id)?.invoicedByCurrency).toEqual([
      { currency: 'EUR', amountMinor: '120000' },
    ]);
  });
});

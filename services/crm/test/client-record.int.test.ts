import {
  as,
  clientUser,
  eventually,
  readTopic,
  serviceTestEnvironment,
  staff,
  testKafka,
  uniqueName,
} from '@client-portal/testing';
import { producerSchemas } from '@client-portal/events';
import { DomainError, EventOutbox, type Principal, type ServiceRuntime } from '@client-portal/kit';
import {
  createServiceClient as contractClient,
  type Client__Output,
  type ServiceClient,
} from '@client-portal/contracts';
import { loadCrmConfig } from '../src/config.js';
import { startCrm } from '../src/app.js';
import { PROJECTS_COLLECTION } from '../src/store/project.repository.js';

type Role = NonNullable<Principal['staffRole']>;

/** The refusal a call ends with (the test fails if it succeeds). */
async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const outcome = await call.then(
    () => new Error('the call succeeded'),
    (caught: unknown) => caught,
  );
  if (!(outcome instanceof DomainError)) throw outcome;
  return outcome;
}

const contact = (name: string, role = 'technical') => ({
  firstName: name,
  lastName: 'Test',
  email: `${name.toLowerCase()}@record.test`,
  phone: '+33 1 00 00 00 00',
  mobile: '+33 6 00 00 00 00',
  role,
});

/**
 * The client record (issue #8, items 1 and 2): editing with status history, archive, restore, delete
 * only when unreferenced, contacts, the owner from crm's staff directory, optimistic concurrency and the
 * permission matrix, all at the gRPC boundary against the real infrastructure.
 */
describe('crm client record', () => {
  const environment = serviceTestEnvironment('crm');
  let runtime: ServiceRuntime;
  let crm: ServiceClient<'crm'>;
  const tenant = uniqueName('tenant');
  const people = {
    owner: staff(tenant, 'owner'),
    admin: staff(tenant, 'admin'),
    manager: staff(tenant, 'manager'),
    member: staff(tenant, 'member'),
  } satisfies Record<Role, Principal>;
  const departed = staff(tenant, 'manager');
  const identityOutbox = new EventOutbox(
    'identity',
    `${environment.KAFKA_TOPIC_PREFIX}identity.events`,
    producerSchemas('identity'),
  );
  const portalOutbox = new EventOutbox(
    'portal',
    `${environment.KAFKA_TOPIC_PREFIX}portal.events`,
    producerSchemas('portal'),
  );
  const billingOutbox = new EventOutbox(
    'billing',
    `${environment.KAFKA_TOPIC_PREFIX}billing.events`,
    producerSchemas('billing'),
  );

  async function publish(...entries: { topic: string; key: string; envelope: string }[]): Promise<void> {
    const producer = testKafka().producer();
    await producer.connect();
    for (const entry of entries)
      await producer.send({ topic: entry.topic, messages: [{ key: entry.key, value: entry.envelope }] });
    await producer.disconnect();
  }

  const staffChanged = (member: Principal, name: string, status: 'active' | 'deactivated' = 'active') =>
    identityOutbox.entry({
      type: 'identity.staff.changed',
      tenantId: tenant,
      subject: member.userId,
      data: {
        staffId: member.userId,
        email: `${member.userId}@agency.test`,
        displayName: name,
        role: member.staffRole ?? 'member',
        status,
        changedBy: people.owner.userId,
      },
    });

  beforeAll(async () => {
    runtime = await startCrm(loadCrmConfig(environment));
    crm = contractClient('crm', `127.0.0.1:${runtime.grpcPort}`);
    // The team as identity announces it: the owner with the tenant, the others as the team slice will.
    const tenantCreated = identityOutbox.entry({
      type: 'identity.tenant.created',
      tenantId: tenant,
      subject: tenant,
      data: {
        tenantId: tenant,
        slug: tenant.replaceAll('_', '-'),
        name: 'Record Agency',
        ownerUserId: people.owner.userId,
        ownerEmail: 'olivia@agency.test',
      },
    });
    await publish(
      tenantCreated,
      // Delivered twice, as at-least-once delivery may.
      tenantCreated,
      staffChanged(people.admin, 'Ada Admin'),
      staffChanged(people.manager, 'Max Manager'),
      staffChanged(people.member, 'Mia Member'),
      staffChanged(departed, 'Dee Parted'),
    );
    // Events of different members travel on different partitions, so the departure is published only once
    // the whole team (Dee included) is in the directory: otherwise a directory of four could be read before
    // Dee's arrival was applied, and Dee would appear after the wait.
    const directoryOf = () => crm.listStaffDirectory({}, as(people.member));
    const hasDee = (answer: { staff: { displayName: string }[] }) =>
      answer.staff.some((member) => member.displayName === 'Dee Parted');
    await eventually(directoryOf, (answer) => answer.staff.length === 5 && hasDee(answer), 30_000);
    await publish(staffChanged(departed, 'Dee Parted', 'deactivated'));
    await eventually(directoryOf, (answer) => answer.staff.length === 4 && !hasDee(answer), 30_000);
  }, 60_000);

  afterAll(async () => {
    crm.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  const create = (name: string, by: Principal = people.manager, extra: Record<string, unknown> = {}) =>
    crm.createClient(
      { name, primaryContact: contact(`${name.replace(/\W/g, '')}Primary`, 'decision-maker'), ...extra },
      as(by),
    );

  it('keeps a staff directory from identity: active members only, by name, the owner included', async () => {
    const { staff: directory } = await crm.listStaffDirectory({}, as(people.member));
    expect(directory.map((member) => [member.displayName, member.role])).toEqual([
      ['Ada Admin', 'admin'],
      ['Max Manager', 'manager'],
      ['Mia Member', 'member'],
      ['olivia@agency.test', 'owner'],
    ]);
    const refused = await refusal(crm.listStaffDirectory({}, as(clientUser(tenant, 'any'))));
    expect(refused.code).toBe('PERMISSION_DENIED');
  });

  it('creates a client with website, address and owner (the creator by default), first status recorded', async () => {
    const byDefault = await create('Default Owner Co', people.manager, {
      website: 'defaultowner.test',
      address: { street: '1 Main St', postalCode: '75001', city: 'Paris', country: 'France' },
      status: 'prospect',
    });
    expect(byDefault).toMatchObject({
      ownerUserId: people.manager.userId,
      website: 'https://defaultowner.test',
      address: { street: '1 Main St', postalCode: '75001', city: 'Paris', country: 'France' },
      version: 1,
      archived: false,
      status: 'prospect',
    });
    expect(byDefault.statusHistory).toEqual([
      expect.objectContaining({
        from: '',
        to: 'prospect',
        changedBy: people.manager.userId,
        changedByName: 'Max Manager',
      }),
    ]);
    expect(byDefault.contacts[0]).toMatchObject({ mobile: '+33 6 00 00 00 00', primary: true });

    const chosen = await create('Chosen Owner Co', people.manager, { ownerUserId: people.member.userId });
    expect(chosen.ownerUserId).toBe(people.member.userId);

    for (const unknown of ['nobody-at-all', departed.userId]) {
      const refused = await refusal(create('Unknown Owner Co', people.manager, { ownerUserId: unknown }));
      expect(refused.code).toBe('INVALID_ARGUMENT');
      expect(refused.violations).toEqual([
        expect.objectContaining({ field: 'ownerUserId', code: 'invalid_value' }),
      ]);
    }
  });

  it('edits every field, records each status change with who and when, and publishes the events', async () => {
    const client = await create('Edit Me Co');
    const updated = await crm.updateClient(
      {
        clientId: client.id,
        expectedVersion: client.version,
        name: 'Edited Co',
        industry: 'Energy',
        phone: '+44 20 7946 0000',
        website: 'https://edited.test',
        address: { street: '2 High St', postalCode: 'EC1A 1BB', city: 'London', country: 'United Kingdom' },
        notes: 'Internal: prefers calls',
        status: 'suspended',
        ownerUserId: people.admin.userId,
      },
      as(people.manager),
    );
    expect(updated).toMatchObject({
      name: 'Edited Co',
      industry: 'Energy',
      phone: '+44 20 7946 0000',
      website: 'https://edited.test',
      address: { city: 'London', country: 'United Kingdom' },
      notes: 'Internal: prefers calls',
      status: 'suspended',
      ownerUserId: people.admin.userId,
      version: client.version + 1,
    });
    const again = await crm.updateClient(
      { ...updated, clientId: client.id, expectedVersion: updated.version, status: 'active' },
      as(people.admin),
    );
    expect(again.statusHistory.map((change) => [change.from, change.to, change.changedByName])).toEqual([
      ['', 'active', 'Max Manager'],
      ['active', 'suspended', 'Max Manager'],
      ['suspended', 'active', 'Ada Admin'],
    ]);
    expect(Date.parse(again.statusHistory[2]?.changedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    // An edit that leaves the status alone adds nothing to the history.
    const renamed = await crm.updateClient(
      { ...again, clientId: client.id, expectedVersion: again.version, name: 'Edited Again Co' },
      as(people.manager),
    );
    expect(renamed.statusHistory).toHaveLength(3);

    const events = await readTopic(
      `${environment.KAFKA_TOPIC_PREFIX}crm.events`,
      (messages) => messages.filter((message) => message.key?.toString() === client.id).length >= 6,
    );
    const mine = events
      .map(
        (message) =>
          JSON.parse(message.value?.toString() ?? '{}') as {
            type: string;
            subject: string;
            data: Record<string, unknown>;
          },
      )
      .filter((event) => event.subject === client.id);
    expect(mine.map((event) => event.type)).toEqual([
      'crm.client.created',
      'crm.client.updated',
      'crm.client.status_changed',
      'crm.client.updated',
      'crm.client.status_changed',
      'crm.client.updated',
    ]);
    expect(mine[2]?.data).toMatchObject({
      from: 'active',
      to: 'suspended',
      changedBy: people.manager.userId,
    });
    // The catalogue's client-visible snapshot never carries notes.
    expect(JSON.stringify(mine[1]?.data)).not.toContain('prefers calls');
  });

  it('refuses bad input naming each field, and keeps the stored record as it was', async () => {
    const client = await create('Strict Co');
    const refused = await refusal(
      crm.updateClient(
        {
          clientId: client.id,
          expectedVersion: client.version,
          name: '  ',
          phone: 'call me maybe',
          website: 'not a site',
          address: { street: 'x'.repeat(201), postalCode: '', city: '', country: '' },
          status: 'archived',
          ownerUserId: 'ghost',
        },
        as(people.manager),
      ),
    );
    expect(refused.code).toBe('INVALID_ARGUMENT');
    // The owner is checked first, against the directory: its refusal names the field on its own.
    expect(refused.violations.map((violation) => violation.field)).toEqual(['ownerUserId']);
    const fields = await refusal(
      crm.updateClient(
        {
          clientId: client.id,
          expectedVersion: client.version,
          name: '  ',
          phone: 'call me maybe',
          website: 'not a site',
          address: { street: 'x'.repeat(201), postalCode: '', city: '', country: '' },
          status: 'archived',
        },
        as(people.manager),
      ),
    );
    expect(fields.violations.map((violation) => [violation.field, violation.code]).sort()).toEqual([
      ['address.street', 'too_long'],
      ['name', 'required'],
      ['phone', 'invalid_format'],
      ['status', 'invalid_value'],
      ['website', 'invalid_format'],
    ]);
    expect(await crm.getClient({ clientId: client.id }, as(people.member))).toMatchObject({
      name: 'Strict Co',
      version: client.version,
    });
  });

  it('refuses a write based on a stale version, overwriting nothing', async () => {
    const client = await create('Race Co');
    // Two people opened the same version; the first one saves.
    const first = await crm.updateClient(
      { ...client, clientId: client.id, expectedVersion: client.version, industry: 'First wins' },
      as(people.manager),
    );
    const stale = [
      crm.updateClient(
        { ...client, clientId: client.id, expectedVersion: client.version, industry: 'Second' },
        as(people.admin),
      ),
      crm.addContact(
        { clientId: client.id, expectedVersion: client.version, contact: contact('Late') },
        as(people.admin),
      ),
      crm.updateContact(
        {
          clientId: client.id,
          expectedVersion: client.version,
          contactId: client.contacts[0]?.id ?? '',
          contact: contact('Late'),
        },
        as(people.admin),
      ),
      crm.makePrimaryContact(
        { clientId: client.id, expectedVersion: client.version, contactId: client.contacts[0]?.id ?? '' },
        as(people.admin),
      ),
      crm.archiveClient({ clientId: client.id, expectedVersion: client.version }, as(people.admin)),
      crm.deleteClient({ clientId: client.id, expectedVersion: client.version }, as(people.admin)),
    ];
    for (const call of stale) {
      const refused = await refusal(call);
      expect(refused.code).toBe('FAILED_PRECONDITION');
      expect(refused.reason).toBe('client.changed');
      expect(refused.message).toBe('Race Co was changed by someone else: reload');
    }
    const stored = await crm.getClient({ clientId: client.id }, as(people.member));
    expect(stored).toMatchObject({ industry: 'First wins', version: first.version, archived: false });
    expect(stored.contacts).toHaveLength(1);

    // Two saves racing on the same version: exactly one wins, the other is told.
    const racing = await Promise.allSettled(
      ['A', 'B'].map((industry) =>
        crm.updateClient(
          { ...stored, clientId: client.id, expectedVersion: stored.version, industry },
          as(people.manager),
        ),
      ),
    );
    expect(racing.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const lost = racing.find((outcome) => outcome.status === 'rejected');
    expect((lost as PromiseRejectedResult).reason).toMatchObject({
      code: 'FAILED_PRECONDITION',
      reason: 'client.changed',
    });
    const after = await crm.getClient({ clientId: client.id }, as(people.member));
    expect(after.version).toBe(stored.version + 1);

    // Without an expected version (0) a write applies to the record as it is now.
    const added = await crm.addContact(
      { clientId: client.id, contact: contact('Whenever') },
      as(people.manager),
    );
    expect(added.version).toBe(after.version + 1);
  });

  it('archives and restores; an archived client keeps everything and refuses edits until restored', async () => {
    const client = await create('Sleepy Co');
    const archived = await crm.archiveClient(
      { clientId: client.id, expectedVersion: client.version },
      as(people.manager),
    );
    expect(archived).toMatchObject({ archived: true, version: client.version + 1 });
    expect(Date.parse(archived.archivedAt)).toBeGreaterThan(0);
    expect(archived.contacts).toHaveLength(1);
    const refused = await refusal(
      crm.updateClient(
        { ...archived, clientId: client.id, expectedVersion: archived.version, industry: 'x' },
        as(people.manager),
      ),
    );
    expect(refused).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'client.archived' });
    const restored = await crm.restoreClient(
      { clientId: client.id, expectedVersion: archived.version },
      as(people.manager),
    );
    expect(restored).toMatchObject({ archived: false, archivedAt: '', version: archived.version + 1 });
  });

  it('deletes only a client nothing references; otherwise says to archive it', async () => {
    const lonely = await create('Lonely Co');
    await crm.deleteClient({ clientId: lonely.id, expectedVersion: lonely.version }, as(people.admin));
    expect((await refusal(crm.getClient({ clientId: lonely.id }, as(people.owner)))).code).toBe('NOT_FOUND');
    const listed = await crm.listClients({ search: 'Lonely Co' }, as(people.owner));
    expect(listed.clients).toEqual([]);
    const events = await readTopic(`${environment.KAFKA_TOPIC_PREFIX}crm.events`, (messages) =>
      messages.some(
        (message) =>
          message.key?.toString() === lonely.id && message.value?.toString().includes('crm.client.deleted'),
      ),
    );
    const deleted = events
      .map(
        (message) =>
          JSON.parse(message.value?.toString() ?? '{}') as { type: string; subject: string; data: unknown },
      )
      .find((event) => event.subject === lonely.id && event.type === 'crm.client.deleted');
    expect(deleted?.data).toEqual({ clientId: lonely.id, name: 'Lonely Co', deletedBy: people.admin.userId });

    const withProject = await create('Project Co');
    await runtime.connection.collection(PROJECTS_COLLECTION).insertOne({
      _id: uniqueName('project') as never,
      tenantId: tenant,
      clientId: withProject.id,
      name: 'Site',
    });
    const withInvoice = await create('Invoice Co');
    const withWorkspace = await create('Workspace Co');
    const invoiceId = uniqueName('invoice');
    const workspaceId = uniqueName('workspace');
    await publish(
      billingOutbox.entry({
        type: 'billing.invoice.issued',
        tenantId: tenant,
        subject: invoiceId,
        data: {
          invoiceId,
          clientId: withInvoice.id,
          clientName: 'Invoice Co',
          number: 'INV-1',
          currency: 'EUR',
          totalMinor: 1000,
          status: 'issued',
          issuedAt: new Date().toISOString(),
          dueDate: '2027-01-01',
        },
      }),
      portalOutbox.entry({
        type: 'portal.workspace.created',
        tenantId: tenant,
        subject: workspaceId,
        data: { workspaceId, clientId: withWorkspace.id, clientName: 'Workspace Co', name: 'Workspace Co' },
      }),
    );
    await eventually(
      () => crm.getClient({ clientId: withInvoice.id }, as(people.owner)),
      (seen) => seen.invoiceCount === 1,
    );
    await eventually(
      () => crm.getClient({ clientId: withWorkspace.id }, as(people.owner)),
      (seen) => seen.workspaceCount === 1,
    );
    const expectations: [Client__Output, RegExp][] = [
      [withProject, /Project Co cannot be deleted: it has 1 project\. Archive it instead/],
      [withInvoice, /Invoice Co cannot be deleted: it has 1 invoice\. Archive it instead/],
      [withWorkspace, /Workspace Co cannot be deleted: it has a portal workspace\. Archive it instead/],
    ];
    for (const [client, message] of expectations) {
      const refused = await refusal(
        crm.deleteClient({ clientId: client.id, expectedVersion: client.version }, as(people.owner)),
      );
      expect(refused.code).toBe('FAILED_PRECONDITION');
      expect(refused.reason).toBe('client.referenced');
      expect(refused.message).toMatch(message);
      expect((await crm.getClient({ clientId: client.id }, as(people.owner))).name).toBe(client.name);
    }
  });

  it('edits, removes and promotes contacts: unique e-mails, phone and mobile, a successor for the primary', async () => {
    const client = await create('Contacts Co');
    const primaryId = client.contacts[0]?.id ?? '';
    const withTwo = await crm.addContact(
      { clientId: client.id, expectedVersion: client.version, contact: contact('Tess', 'billing') },
      as(people.manager),
    );
    const tess = withTwo.contacts.find((candidate) => candidate.email === 'tess@record.test');
    if (!tess) throw new Error('Tess was not added');

    const duplicate = await refusal(
      crm.updateContact(
        {
          clientId: client.id,
          expectedVersion: withTwo.version,
          contactId: tess.id,
          contact: { ...contact('Tess'), email: 'ContactsCoPrimary@record.test' },
        },
        as(people.manager),
      ),
    );
    expect(duplicate.code).toBe('ALREADY_EXISTS');
    expect(duplicate.violations).toEqual([
      expect.objectContaining({ field: 'contact.email', code: 'not_unique' }),
    ]);
    const duplicateAdd = await refusal(
      crm.addContact(
        { clientId: client.id, expectedVersion: withTwo.version, contact: contact('Tess') },
        as(people.manager),
      ),
    );
    expect(duplicateAdd.violations).toEqual([
      expect.objectContaining({ field: 'contact.email', code: 'not_unique' }),
    ]);

    const badContact = await refusal(
      crm.updateContact(
        {
          clientId: client.id,
          expectedVersion: withTwo.version,
          contactId: tess.id,
          contact: { ...contact('Tess'), mobile: 'mobile?', role: 'boss', email: 'x' },
        },
        as(people.manager),
      ),
    );
    expect(badContact.violations.map((violation) => [violation.field, violation.code]).sort()).toEqual([
      ['contact.email', 'invalid_format'],
      ['contact.mobile', 'invalid_format'],
      ['contact.role', 'invalid_value'],
    ]);

    const edited = await crm.updateContact(
      {
        clientId: client.id,
        expectedVersion: withTwo.version,
        contactId: tess.id,
        contact: {
          ...contact('Tess', 'observer'),
          lastName: 'Renamed',
          phone: '+1 555 0100',
          mobile: '+1 555 0199',
        },
      },
      as(people.manager),
    );
    expect(edited.contacts.find((candidate) => candidate.id === tess.id)).toMatchObject({
      lastName: 'Renamed',
      phone: '+1 555 0100',
      mobile: '+1 555 0199',
      role: 'observer',
      primary: false,
    });

    const noSuccessor = await refusal(
      crm.removeContact(
        { clientId: client.id, expectedVersion: edited.version, contactId: primaryId },
        as(people.manager),
      ),
    );
    expect(noSuccessor).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'contact.successor_required' });
    expect(noSuccessor.message).toMatch(/is the primary contact of Contacts Co: choose who becomes primary/);
    const wrongSuccessor = await refusal(
      crm.removeContact(
        {
          clientId: client.id,
          expectedVersion: edited.version,
          contactId: primaryId,
          successorContactId: primaryId,
        },
        as(people.manager),
      ),
    );
    expect(wrongSuccessor.violations).toEqual([expect.objectContaining({ field: 'successorContactId' })]);

    const removed = await crm.removeContact(
      {
        clientId: client.id,
        expectedVersion: edited.version,
        contactId: primaryId,
        successorContactId: tess.id,
      },
      as(people.manager),
    );
    expect(removed.contacts.map((candidate) => [candidate.id, candidate.primary])).toEqual([[tess.id, true]]);

    const third = await crm.addContact(
      { clientId: client.id, expectedVersion: removed.version, contact: contact('Theo') },
      as(people.manager),
    );
    const theo = third.contacts.find((candidate) => candidate.email === 'theo@record.test');
    const promoted = await crm.makePrimaryContact(
      { clientId: client.id, expectedVersion: third.version, contactId: theo?.id ?? '' },
      as(people.manager),
    );
    expect(promoted.contacts.map((candidate) => [candidate.email, candidate.primary])).toEqual([
      ['tess@record.test', false],
      ['theo@record.test', true],
    ]);
    // The last contact may go without a successor: there is nobody left to name.
    const alone = await crm.removeContact(
      { clientId: client.id, expectedVersion: promoted.version, contactId: tess.id },
      as(people.manager),
    );
    const last = await crm.removeContact(
      { clientId: client.id, expectedVersion: alone.version, contactId: theo?.id ?? '' },
      as(people.manager),
    );
    expect(last.contacts).toEqual([]);
    const missing = await refusal(
      crm.makePrimaryContact(
        { clientId: client.id, expectedVersion: last.version, contactId: tess.id },
        as(people.manager),
      ),
    );
    expect(missing.code).toBe('NOT_FOUND');

    const events = await readTopic(
      `${environment.KAFKA_TOPIC_PREFIX}crm.events`,
      (messages) => messages.filter((message) => message.key?.toString() === client.id).length >= 9,
    );
    const types = events
      .map((message) => JSON.parse(message.value?.toString() ?? '{}') as { type: string; subject: string })
      .filter((event) => event.subject === client.id)
      .map((event) => event.type);
    expect(types).toEqual([
      'crm.client.created',
      'crm.contact.added',
      'crm.contact.updated',
      'crm.contact.removed',
      'crm.contact.updated',
      'crm.contact.added',
      'crm.contact.updated',
      'crm.contact.removed',
      'crm.contact.removed',
    ]);
  });

  it('enforces the permission matrix per staff role at the gRPC boundary', async () => {
    // What each role may do: view (member+), create and edit (manager+), delete (admin+).
    const allowed: Record<Role, { edit: boolean; remove: boolean }> = {
      owner: { edit: true, remove: true },
      admin: { edit: true, remove: true },
      manager: { edit: true, remove: false },
      member: { edit: false, remove: false },
    };
    for (const role of Object.keys(allowed) as Role[]) {
      const caller = people[role];
      const target = await create(`Matrix ${role} Co`, people.owner);
      expect((await crm.getClient({ clientId: target.id }, as(caller))).name).toBe(target.name);
      expect((await crm.listStaffDirectory({}, as(caller))).staff.length).toBe(4);
      const attempts: [string, () => Promise<unknown>, boolean][] = [
        ['create', () => create(`Matrix ${role} New Co`, caller), allowed[role].edit],
        [
          'update',
          () =>
            crm.updateClient(
              { ...target, clientId: target.id, expectedVersion: 0, industry: role },
              as(caller),
            ),
          allowed[role].edit,
        ],
        [
          'add contact',
          () => crm.addContact({ clientId: target.id, contact: contact(`Add${role}`) }, as(caller)),
          allowed[role].edit,
        ],
        [
          'update contact',
          () =>
            crm.updateContact(
              {
                clientId: target.id,
                contactId: target.contacts[0]?.id ?? '',
                contact: { ...contact(`Upd${role}`), role: 'decision-maker' },
              },
              as(caller),
            ),
          allowed[role].edit,
        ],
        [
          'make primary',
          () =>
            crm.makePrimaryContact(
              { clientId: target.id, contactId: target.contacts[0]?.id ?? '' },
              as(caller),
            ),
          allowed[role].edit,
        ],
        ['archive', () => crm.archiveClient({ clientId: target.id }, as(caller)), allowed[role].edit],
        ['restore', () => crm.restoreClient({ clientId: target.id }, as(caller)), allowed[role].edit],
        [
          'remove contact',
          async () => {
            const current = await crm.getClient({ clientId: target.id }, as(people.owner));
            const other = current.contacts.find((candidate) => !candidate.primary);
            return crm.removeContact({ clientId: target.id, contactId: other?.id ?? 'none' }, as(caller));
          },
          allowed[role].edit,
        ],
        ['delete', () => crm.deleteClient({ clientId: target.id }, as(caller)), allowed[role].remove],
      ];
      for (const [what, attempt, may] of attempts) {
        if (may) {
          await expect(attempt()).resolves.toBeDefined();
        } else {
          const refused = await refusal(attempt());
          expect([what, role, refused.code]).toEqual([what, role, 'PERMISSION_DENIED']);
          expect(refused.reason).toMatch(/^permission\.clients\.(create|edit|delete)$/);
          expect(refused.message).toMatch(
            /needs the (manager|admin) role or higher \(you are a (member|manager)\)/,
          );
        }
      }
    }
  });

  it('shows a client user their own client only, without notes, owner, status history or internal fields, and refuses them every write', async () => {
    const client = await create('Portal View Co', people.manager, {
      notes: 'Internal: slow payer',
      status: 'prospect',
    });
    const user = clientUser(tenant, client.id);
    const seen = await crm.getClient({ clientId: client.id }, as(user));
    expect(seen).toMatchObject({
      name: 'Portal View Co',
      notes: '',
      ownerUserId: '',
      statusHistory: [],
      version: 0,
      invoicedMinor: '0',
      archivedAt: '',
    });
    expect(JSON.stringify(seen)).not.toContain(people.manager.userId);
    expect(JSON.stringify(seen)).not.toContain('slow payer');
    const other = await create('Someone Else Co');
    expect((await refusal(crm.getClient({ clientId: other.id }, as(user)))).code).toBe('NOT_FOUND');
    const writes = [
      crm.updateClient({ ...client, clientId: client.id, expectedVersion: 0 }, as(user)),
      crm.archiveClient({ clientId: client.id }, as(user)),
      crm.restoreClient({ clientId: client.id }, as(user)),
      crm.deleteClient({ clientId: client.id }, as(user)),
      crm.addContact({ clientId: client.id, contact: contact('Self') }, as(user)),
      crm.updateContact(
        { clientId: client.id, contactId: client.contacts[0]?.id ?? '', contact: contact('Self') },
        as(user),
      ),
      crm.removeContact({ clientId: client.id, contactId: client.contacts[0]?.id ?? '' }, as(user)),
      crm.makePrimaryContact({ clientId: client.id, contactId: client.contacts[0]?.id ?? '' }, as(user)),
    ];
    for (const write of writes) expect((await refusal(write)).code).toBe('PERMISSION_DENIED');
    expect((await crm.getClient({ clientId: client.id }, as(people.owner))).version).toBe(client.version);
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { isDomainError, type DomainError, type Principal } from '@client-portal/kit';
import type { PartnerApi } from '@client-portal/contracts';
import { on } from '../services/gateway/src/http/backends.js';
import {
  partnerPrincipal,
  type PartnerApplication,
  type PartnerCall,
} from '../services/gateway/src/partner/call.js';
import { partnerServiceDefinition } from '../services/gateway/src/partner/contract.js';
import { clientsResource } from '../services/gateway/src/partner/resources/clients.js';
import { projectsResource } from '../services/gateway/src/partner/resources/projects.js';
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

/**
 * The partner ClientService and ProjectService handlers, called as the partner server calls them (a
 * PartnerCall for an application of the tenant) against the real services: public mapping with no
 * internal field, refusals naming the partner's fields, sync paging by (updated_at, id) with
 * updated_since, and tenant isolation. Scopes, tokens and idempotency are the server's (partner-auth).
 */

type Handler = (request: unknown, call: PartnerCall) => Promise<unknown>;

const NOTES = 'Internal only note: asks for discounts';
const TIME_NOTE = 'Internal time note: redesign spike';
const ESTIMATED_COST = 4_200_000;
const CLIENT_KEYS = [
  'address',
  'archived',
  'contacts',
  'createdAt',
  'id',
  'industry',
  'name',
  'phone',
  'status',
  'updatedAt',
  'website',
];
const CONTACT_KEYS = [
  'clientId',
  'email',
  'firstName',
  'id',
  'lastName',
  'mobile',
  'phone',
  'primary',
  'role',
];
const PROJECT_KEYS = [
  'clientId',
  'completedAt',
  'contractValue',
  'createdAt',
  'dueDate',
  'id',
  'milestones',
  'name',
  'progress',
  'startDate',
  'status',
  'updatedAt',
];

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** A handler by its proto method name. */
function run(handlers: Record<string, Handler>, name: string, request: unknown, call: PartnerCall) {
  const handler = handlers[name];
  if (!handler) throw new Error(`no handler ${name}`);
  return handler(request, call);
}

function at<Item>(items: Item[], index: number): Item {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

/** The answer as the partner receives it: serialised by the partner proto and read back. */
function onTheWire(service: 'ClientService' | 'ProjectService', method: string, answer: unknown): unknown {
  const definition = partnerServiceDefinition(service)[method];
  if (!definition) throw new Error(`no method ${method}`);
  return definition.responseDeserialize(definition.responseSerialize(answer));
}

const fields = (error: DomainError): string[] => error.violations.map((violation) => violation.field).sort();

function application(tenantId: string, applicationId: string): PartnerApplication {
  return {
    applicationId,
    tenantId,
    name: 'Acme Books',
    scopes: ['clients:read', 'clients:write', 'projects:read'],
    rateLimitPerMinute: 600,
  };
}

function partnerCall(app: PartnerApplication): PartnerCall {
  return {
    application: app,
    principal: partnerPrincipal(app),
    signal: new AbortController().signal,
    correlationId: 'partner-crm-test',
  };
}

describe('partner API: clients, contacts and projects through the real services', () => {
  let platform: Platform;
  let clients: Record<string, Handler>;
  let projects: Record<string, Handler>;
  let tenantA: string;
  let tenantB: string;
  let staffA: Principal;
  let staffB: Principal;
  let callA: PartnerCall;
  let callB: PartnerCall;

  beforeAll(async () => {
    platform = await Platform.start();
    const a = await createTenant(platform, { name: 'Partner Agency A' });
    const b = await createTenant(platform, { name: 'Partner Agency B' });
    tenantA = a.tenantId;
    tenantB = b.tenantId;
    const staff = (tenantId: string, userId: string): Principal => ({
      userId,
      tenantId,
      kind: 'staff',
      staffRole: 'owner',
      displayName: 'Olivia Owner',
      workspaceIds: [],
    });
    staffA = staff(tenantA, a.owner.userId);
    staffB = staff(tenantB, b.owner.userId);
    callA = partnerCall(application(tenantA, 'app-a'));
    callB = partnerCall(application(tenantB, 'app-b'));
    const toHandlers = (methods: ReturnType<typeof clientsResource.methods>): Record<string, Handler> =>
      Object.fromEntries(
        Object.entries(methods).map(([name, method]): [string, Handler] => [
          name,
          (request, call) => method.handle(request as never, call),
        ]),
      );
    clients = toHandlers(clientsResource.methods(platform.gateway.backends));
    projects = toHandlers(projectsResource.methods(platform.gateway.backends));
  });

  afterAll(async () => {
    await platform.stop();
  });

  /** A client written by staff, with everything internal crm keeps about it. */
  async function staffClient(principal: Principal, name: string) {
    const backends = platform.gateway.backends;
    const created = await backends.crm.createClient(
      {
        name,
        industry: 'Software',
        phone: '+33 1 23 45 67 89',
        website: 'globex.example',
        notes: NOTES,
        status: 'prospect',
        address: { street: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
        primaryContact: {
          firstName: 'Grace',
          lastName: 'Hopper',
          email: `grace.${name.toLowerCase().replace(/\W+/g, '-')}@example.com`,
          phone: '',
          mobile: '+33612345678',
          role: 'billing',
        },
      },
      on(principal),
    );
    return created;
  }

  it('maps a client and its contacts field by field: nothing internal leaves crm', async () => {
    const created = await staffClient(staffA, 'Globex');
    const withContact = await platform.gateway.backends.crm.addContact(
      {
        clientId: created.id,
        contact: {
          firstName: 'Alan',
          lastName: 'Turing',
          email: 'alan@globex.example',
          phone: '',
          mobile: '',
          role: 'technical',
        },
        primary: false,
      },
      on(staffA),
    );
    const answer = (await run(clients, 'GetClient', { id: created.id }, callA)) as PartnerApi.Client;
    expect(Object.keys(answer).sort()).toEqual(CLIENT_KEYS);
    expect(onTheWire('ClientService', 'GetClient', answer)).toEqual(answer);
    expect(answer).toMatchObject({
      id: created.id,
      name: 'Globex',
      status: 'prospect',
      industry: 'Software',
      phone: '+33 1 23 45 67 89',
      website: 'https://globex.example',
      address: { street: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
      archived: false,
      createdAt: created.createdAt,
      updatedAt: withContact.updatedAt,
    });
    expect(answer.contacts).toHaveLength(2);
    for (const contact of answer.contacts ?? []) {
      expect(Object.keys(contact).sort()).toEqual(CONTACT_KEYS);
      expect(contact.clientId).toBe(created.id);
    }
    expect(answer.contacts?.find((contact) => contact.primary)).toMatchObject({
      firstName: 'Grace',
      mobile: '+33612345678',
      role: 'billing',
    });
    const json = JSON.stringify(answer);
    expect(json).not.toContain(NOTES);
    expect(json).not.toContain(staffA.userId);
    expect(json).not.toContain(tenantA);
    expect(json).not.toMatch(/notes|owner|invoiced|statusHistory|version|tenantId|lastActivity/i);

    const listed = (await run(
      clients,
      'ListClients',
      { options: null, status: '', includeArchived: false },
      callA,
    )) as {
      clients: PartnerApi.Client[];
    };
    const row = listed.clients.find((client) => client.id === created.id);
    expect(row).toEqual(answer);
    expect(JSON.stringify(listed)).not.toContain(NOTES);
  });

  it('creates a client with its contacts, the marked one primary, and keeps what the partner cannot see', async () => {
    const created = (await run(
      clients,
      'CreateClient',
      {
        idempotencyKey: 'k-1',
        name: 'Initech',
        status: '',
        industry: 'Consulting',
        phone: '',
        website: '',
        address: null,
        contacts: [
          {
            firstName: 'Peter',
            lastName: 'Gibbons',
            email: 'peter@initech.example',
            phone: '',
            mobile: '',
            role: '',
            primary: false,
          },
          {
            firstName: 'Bill',
            lastName: 'Lumbergh',
            email: 'Bill@Initech.example',
            phone: '',
            mobile: '',
            role: 'decision-maker',
            primary: true,
          },
        ],
      },
      callA,
    )) as PartnerApi.Client;
    expect(created).toMatchObject({
      name: 'Initech',
      status: 'active',
      industry: 'Consulting',
      archived: false,
    });
    expect(created.contacts?.map((contact) => [contact.email, contact.primary, contact.clientId])).toEqual([
      ['bill@initech.example', true, created.id],
      ['peter@initech.example', false, created.id],
    ]);

    // Staff add an internal note; the partner's full update keeps it, and an empty status keeps the status.
    const internal = await platform.gateway.backends.crm.getClient({ clientId: created.id }, on(staffA));
    await platform.gateway.backends.crm.updateClient(
      {
        clientId: created.id,
        expectedVersion: internal.version,
        name: internal.name,
        industry: internal.industry,
        phone: internal.phone,
        website: internal.website,
        address: internal.address,
        notes: NOTES,
        status: 'prospect',
        ownerUserId: '',
      },
      on(staffA),
    );
    const updated = (await run(
      clients,
      'UpdateClient',
      {
        idempotencyKey: 'k-2',
        id: created.id,
        name: 'Initech Corp',
        status: '',
        industry: 'Consulting',
        phone: '+1 555 0100',
        website: 'initech.example',
        address: { street: '', postalCode: '', city: 'Austin', country: 'US' },
      },
      callA,
    )) as PartnerApi.Client;
    expect(updated).toMatchObject({
      name: 'Initech Corp',
      status: 'prospect',
      phone: '+1 555 0100',
      website: 'https://initech.example',
      address: { city: 'Austin', country: 'US' },
    });
    expect(Object.keys(updated).sort()).toEqual(CLIENT_KEYS);
    const after = await platform.gateway.backends.crm.getClient({ clientId: created.id }, on(staffA));
    expect(after.notes).toBe(NOTES);

    const contact = (await run(
      clients,
      'CreateContact',
      {
        idempotencyKey: 'k-3',
        clientId: created.id,
        contact: {
          firstName: 'Milton',
          lastName: 'Waddams',
          email: 'milton@initech.example',
          phone: '',
          mobile: '',
          role: 'observer',
          primary: false,
        },
      },
      callA,
    )) as PartnerApi.Contact;
    expect(contact).toMatchObject({
      clientId: created.id,
      firstName: 'Milton',
      role: 'observer',
      primary: false,
    });
    expect(Object.keys(contact).sort()).toEqual(CONTACT_KEYS);
  });

  it('refuses bad input naming the partner request fields, and writes nothing', async () => {
    const before = await platform.gateway.backends.crm.listClients({ includeArchived: true }, on(staffA));
    const created = await refusal(
      run(
        clients,
        'CreateClient',
        {
          idempotencyKey: 'k-bad',
          name: ' ',
          status: 'dormant',
          industry: '',
          phone: 'call me',
          website: '',
          address: { street: '', postalCode: 'x'.repeat(201), city: '', country: '' },
          contacts: [
            {
              firstName: 'Ok',
              lastName: 'Person',
              email: 'ok@example.com',
              phone: '',
              mobile: '',
              role: '',
              primary: true,
            },
            {
              firstName: '',
              lastName: 'Nobody',
              email: 'not-an-address',
              phone: '',
              mobile: '',
              role: 'ceo',
              primary: false,
            },
          ],
        },
        callA,
      ),
    );
    expect(created.code).toBe('INVALID_ARGUMENT');
    expect(fields(created)).toEqual([
      'address.postal_code',
      'contacts[1].email',
      'contacts[1].first_name',
      'contacts[1].role',
      'name',
      'phone',
      'status',
    ]);
    const twoPrimaries = await refusal(
      run(
        clients,
        'CreateClient',
        {
          idempotencyKey: 'k-bad-2',
          name: 'Two Heads',
          status: '',
          industry: '',
          phone: '',
          website: '',
          address: null,
          contacts: [
            {
              firstName: 'A',
              lastName: 'A',
              email: 'a@example.com',
              phone: '',
              mobile: '',
              role: '',
              primary: true,
            },
            {
              firstName: 'B',
              lastName: 'B',
              email: 'b@example.com',
              phone: '',
              mobile: '',
              role: '',
              primary: true,
            },
          ],
        },
        callA,
      ),
    );
    expect(fields(twoPrimaries)).toEqual(['contacts[1].primary']);
    const after = await platform.gateway.backends.crm.listClients({ includeArchived: true }, on(staffA));
    expect(after.page?.totalSize).toBe(before.page?.totalSize);

    const target = await staffClient(staffA, 'Umbrella');
    const contact = await refusal(
      run(
        clients,
        'CreateContact',
        {
          idempotencyKey: 'k-bad-3',
          clientId: target.id,
          contact: {
            firstName: 'Al',
            lastName: 'Wesker',
            email: 'nope',
            phone: '',
            mobile: 'abc',
            role: '',
            primary: false,
          },
        },
        callA,
      ),
    );
    expect(fields(contact)).toEqual(['contact.email', 'contact.mobile']);
    const update = await refusal(
      run(
        clients,
        'UpdateClient',
        {
          idempotencyKey: 'k-bad-4',
          id: target.id,
          name: '',
          status: '',
          industry: '',
          phone: '',
          website: 'not a site',
          address: null,
        },
        callA,
      ),
    );
    expect(fields(update)).toEqual(['name', 'website']);
    const unchanged = await platform.gateway.backends.crm.getClient({ clientId: target.id }, on(staffA));
    expect(unchanged).toMatchObject({ name: 'Umbrella', version: target.version, contacts: target.contacts });

    expect(fields(await refusal(run(clients, 'GetClient', { id: '' }, callA)))).toEqual(['id']);
    expect(
      fields(
        await refusal(
          run(clients, 'ListClients', { options: null, status: 'dormant', includeArchived: false }, callA),
        ),
      ),
    ).toEqual(['status']);
    expect(
      fields(
        await refusal(
          run(projects, 'ListProjects', { options: null, clientId: '', status: 'in-progress' }, callA),
        ),
      ),
    ).toEqual(['status']);
    const badOptions = {
      options: { pageSize: 500, pageToken: '', updatedSince: 'yesterday' },
      status: '',
      includeArchived: false,
    };
    expect(fields(await refusal(run(clients, 'ListClients', badOptions, callA)))).toEqual([
      'options.page_size',
      'options.updated_since',
    ]);
  });

  it('pages clients and contacts in the sync order, and updated_since returns only what changed', async () => {
    // Tenant B starts empty: every client here is one of these.
    const names = ['Acme', 'Bluth', 'Cyberdyne', 'Dunder', 'Enron', 'Fringe', 'Gringotts'];
    const made = [];
    for (const name of names) made.push(await staffClient(staffB, name));
    const seen: PartnerApi.Client[] = [];
    let pageToken = '';
    let pages = 0;
    do {
      const page = (await run(
        clients,
        'ListClients',
        { options: { pageSize: 3, pageToken, updatedSince: '' }, status: '', includeArchived: false },
        callB,
      )) as { clients: PartnerApi.Client[]; nextPageToken: string };
      seen.push(...page.clients);
      pageToken = page.nextPageToken;
      pages++;
    } while (pageToken !== '' && pages < 10);
    expect(pages).toBe(3);
    expect(seen.map((client) => client.id)).toEqual(made.map((client) => client.id));
    const order = seen.map((client) => `${client.updatedAt}|${client.id}`);
    expect([...order].sort()).toEqual(order);

    // A page token fits its own list and filters only.
    const first = (await run(
      clients,
      'ListClients',
      { options: { pageSize: 3, pageToken: '', updatedSince: '' }, status: '', includeArchived: false },
      callB,
    )) as { nextPageToken: string };
    for (const replay of [
      run(
        clients,
        'ListClients',
        {
          options: { pageSize: 3, pageToken: first.nextPageToken, updatedSince: '' },
          status: 'active',
          includeArchived: false,
        },
        callB,
      ),
      run(
        clients,
        'ListContacts',
        { options: { pageSize: 3, pageToken: first.nextPageToken, updatedSince: '' }, clientId: '' },
        callB,
      ),
      run(
        clients,
        'ListClients',
        {
          options: { pageSize: 3, pageToken: 'garbage', updatedSince: '' },
          status: '',
          includeArchived: false,
        },
        callB,
      ),
    ]) {
      const error = await refusal(replay);
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(fields(error)).toEqual(['options.page_token']);
    }

    const greatest = seen.reduce(
      (max, client) => ((client.updatedAt ?? '' > max) ? (client.updatedAt ?? '') : max),
      '',
    );
    // updatedAt has millisecond precision: the next write must land after the greatest one seen.
    await sleep(5);
    const changed = at(made, 2);
    await run(
      clients,
      'UpdateClient',
      {
        idempotencyKey: 'k-4',
        id: changed.id,
        name: 'Cyberdyne Systems',
        status: 'active',
        industry: '',
        phone: '',
        website: '',
        address: null,
      },
      callB,
    );
    const since = new Date(Date.parse(greatest) + 1).toISOString();
    const sinceAnswer = (await run(
      clients,
      'ListClients',
      { options: { pageSize: 50, pageToken: '', updatedSince: since }, status: '', includeArchived: false },
      callB,
    )) as { clients: PartnerApi.Client[]; nextPageToken: string };
    expect(sinceAnswer.clients.map((client) => [client.id, client.name, client.status])).toEqual([
      [changed.id, 'Cyberdyne Systems', 'active'],
    ]);
    expect(sinceAnswer.nextPageToken).toBe('');
    // At or after: asking from the greatest updated_at seen returns that one again, then the change.
    const inclusive = (await run(
      clients,
      'ListClients',
      {
        options: { pageSize: 50, pageToken: '', updatedSince: greatest },
        status: '',
        includeArchived: false,
      },
      callB,
    )) as { clients: PartnerApi.Client[] };
    const again = inclusive.clients.map((client) => client.id);
    expect(again).toContain(at(seen, seen.length - 1).id);
    expect(again[again.length - 1]).toBe(changed.id);
    expect(inclusive.clients.every((client) => client.updatedAt ?? '' >= greatest)).toBe(true);

    // Contacts: every client's, paged by client; a new contact moves its client, and only it, forward.
    const allContacts: PartnerApi.Contact[] = [];
    pageToken = '';
    pages = 0;
    do {
      const page = (await run(
        clients,
        'ListContacts',
        { options: { pageSize: 4, pageToken, updatedSince: '' }, clientId: '' },
        callB,
      )) as { contacts: PartnerApi.Contact[]; nextPageToken: string };
      allContacts.push(...page.contacts);
      pageToken = page.nextPageToken;
      pages++;
    } while (pageToken !== '' && pages < 10);
    expect(pages).toBe(2);
    expect(new Set(allContacts.map((contact) => contact.clientId))).toEqual(
      new Set(made.map((client) => client.id)),
    );
    const contactsSince = new Date().toISOString();
    await sleep(5);
    const added = (await run(
      clients,
      'CreateContact',
      {
        idempotencyKey: 'k-5',
        clientId: at(made, 4).id,
        contact: {
          firstName: 'Ken',
          lastName: 'Lay',
          email: 'ken@enron.example',
          phone: '',
          mobile: '',
          role: '',
          primary: true,
        },
      },
      callB,
    )) as PartnerApi.Contact;
    expect(added.primary).toBe(true);
    const changedContacts = (await run(
      clients,
      'ListContacts',
      { options: { pageSize: 50, pageToken: '', updatedSince: contactsSince }, clientId: '' },
      callB,
    )) as { contacts: PartnerApi.Contact[] };
    expect(
      changedContacts.contacts.map((contact) => [contact.clientId, contact.email, contact.primary]),
    ).toEqual([
      [at(made, 4).id, 'grace.enron@example.com', false],
      [at(made, 4).id, 'ken@enron.example', true],
    ]);
    const oneClient = (await run(
      clients,
      'ListContacts',
      { options: null, clientId: at(made, 0).id },
      callB,
    )) as {
      contacts: PartnerApi.Contact[];
      nextPageToken: string;
    };
    expect(oneClient.contacts.map((contact) => contact.email)).toEqual(['grace.acme@example.com']);

    // Archiving is a change: a partner syncing with include_archived sees it.
    const archivedSince = new Date().toISOString();
    await sleep(5);
    await platform.gateway.backends.crm.archiveClient(
      { clientId: at(made, 5).id, expectedVersion: 0 },
      on(staffB),
    );
    const archived = (await run(
      clients,
      'ListClients',
      {
        options: { pageSize: 50, pageToken: '', updatedSince: archivedSince },
        status: '',
        includeArchived: true,
      },
      callB,
    )) as { clients: PartnerApi.Client[] };
    expect(archived.clients.map((client) => [client.id, client.archived])).toEqual([[at(made, 5).id, true]]);
  });

  it('maps projects without costs, time or rating, and syncs them by update', async () => {
    const backends = platform.gateway.backends;
    const client = await staffClient(staffA, 'Stark Industries');
    const made = [];
    for (const [index, name] of ['Armour', 'Arc reactor', 'Jarvis', 'Ultron'].entries())
      made.push(
        await backends.projects.createProject(
          {
            clientId: client.id,
            name,
            status: index === 0 ? 'in-progress' : 'planned',
            progress: index * 10,
            startDate: '2026-01-05',
            dueDate: '2026-06-30',
            contractValueMinor: 1_250_000 + index,
            currency: 'EUR',
            estimatedCostMinor: ESTIMATED_COST,
            defaultHourlyRateMinor: 9_000,
            milestones: [{ name: 'Kick-off', dueDate: '2026-01-10', done: index === 0 }],
          },
          on(staffA),
        ),
      );
    await backends.projects.logTime(
      { projectId: at(made, 0).id, date: '2026-01-06', minutes: 90, note: TIME_NOTE, hourlyRateMinor: 0 },
      on(staffA),
    );
    const project = (await run(projects, 'GetProject', { id: at(made, 0).id }, callA)) as PartnerApi.Project;
    expect(Object.keys(project).sort()).toEqual(PROJECT_KEYS);
    expect(onTheWire('ProjectService', 'GetProject', project)).toEqual(project);
    expect(project).toMatchObject({
      id: at(made, 0).id,
      clientId: client.id,
      name: 'Armour',
      status: 'active',
      progress: 0,
      startDate: '2026-01-05',
      dueDate: '2026-06-30',
      contractValue: { amountMinor: '1250000', currency: 'EUR' },
      completedAt: '',
    });
    expect(project.milestones).toEqual([
      { id: at(at(made, 0).milestones, 0).id, name: 'Kick-off', dueDate: '2026-01-10', done: true },
    ]);
    const json = JSON.stringify(project);
    expect(json).not.toContain(TIME_NOTE);
    expect(json).not.toContain(String(ESTIMATED_COST));
    expect(json).not.toContain(staffA.userId);
    expect(json).not.toMatch(/cost|margin|rate|minutes|time|rating|version|tenant/i);

    const seen: PartnerApi.Project[] = [];
    let pageToken = '';
    do {
      const page = (await run(
        projects,
        'ListProjects',
        { options: { pageSize: 2, pageToken, updatedSince: '' }, clientId: client.id, status: '' },
        callA,
      )) as { projects: PartnerApi.Project[]; nextPageToken: string };
      seen.push(...page.projects);
      pageToken = page.nextPageToken;
    } while (pageToken !== '');
    // The time entry moved Armour's updated_at on: it comes last.
    expect(seen.map((item) => item.name)).toEqual(['Arc reactor', 'Jarvis', 'Ultron', 'Armour']);
    const greatest = at(seen, seen.length - 1).updatedAt ?? '';
    await sleep(5);
    const jarvis = at(made, 2);
    await backends.projects.updateProject(
      {
        projectId: jarvis.id,
        expectedVersion: jarvis.version,
        fields: ['progress', 'status'],
        progress: 60,
        status: 'on-hold',
      },
      on(staffA),
    );
    const since = new Date(Date.parse(greatest) + 1).toISOString();
    const changed = (await run(
      projects,
      'ListProjects',
      { options: { pageSize: 10, pageToken: '', updatedSince: since }, clientId: '', status: '' },
      callA,
    )) as { projects: PartnerApi.Project[] };
    expect(changed.projects.map((item) => [item.id, item.status, item.progress])).toEqual([
      [jarvis.id, 'on_hold', 60],
    ]);
    const onHold = (await run(
      projects,
      'ListProjects',
      { options: null, clientId: client.id, status: 'on_hold' },
      callA,
    )) as { projects: PartnerApi.Project[] };
    expect(onHold.projects.map((item) => item.id)).toEqual([jarvis.id]);
  });

  it("keeps every tenant to its own data: another tenant's ids are NOT_FOUND and nothing changes", async () => {
    const backends = platform.gateway.backends;
    const client = await staffClient(staffA, 'Wayne Enterprises');
    const project = await backends.projects.createProject(
      { clientId: client.id, name: 'Batcave', status: 'planned', currency: 'EUR', milestones: [] },
      on(staffA),
    );
    const attempts = [
      run(clients, 'GetClient', { id: client.id }, callB),
      run(
        clients,
        'UpdateClient',
        {
          idempotencyKey: 'k-x',
          id: client.id,
          name: 'Hijacked',
          status: '',
          industry: '',
          phone: '',
          website: '',
          address: null,
        },
        callB,
      ),
      run(
        clients,
        'CreateContact',
        {
          idempotencyKey: 'k-y',
          clientId: client.id,
          contact: {
            firstName: 'Eve',
            lastName: 'Il',
            email: 'eve@example.com',
            phone: '',
            mobile: '',
            role: '',
            primary: false,
          },
        },
        callB,
      ),
      run(clients, 'ListContacts', { options: null, clientId: client.id }, callB),
      run(projects, 'GetProject', { id: project.id }, callB),
    ];
    for (const attempt of attempts) expect((await refusal(attempt)).code).toBe('NOT_FOUND');
    const listedB = (await run(
      clients,
      'ListClients',
      { options: { pageSize: 100, pageToken: '', updatedSince: '' }, status: '', includeArchived: true },
      callB,
    )) as { clients: PartnerApi.Client[] };
    expect(listedB.clients.map((item) => item.id)).not.toContain(client.id);
    const projectsB = (await run(
      projects,
      'ListProjects',
      { options: null, clientId: client.id, status: '' },
      callB,
    )) as { projects: PartnerApi.Project[] };
    expect(projectsB.projects).toEqual([]);
    const unchanged = await backends.crm.getClient({ clientId: client.id }, on(staffA));
    expect(unchanged).toMatchObject({ name: 'Wayne Enterprises', version: client.version });
    expect(unchanged.contacts).toHaveLength(1);
  });

  it('serves every method of both proto services', () => {
    expect(Object.keys(clients).sort()).toEqual(
      Object.keys(partnerServiceDefinition('ClientService')).sort(),
    );
    expect(Object.keys(projects).sort()).toEqual(
      Object.keys(partnerServiceDefinition('ProjectService')).sort(),
    );
  });
});

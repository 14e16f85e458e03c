import { setTimeout as sleep } from 'node:timers/promises';
import { as, serviceTestEnvironment, staff, uniqueName } from '@client-portal/testing';
import { DomainError, type ServiceRuntime } from '@client-portal/kit';
import {
  createServiceClient as contractClient,
  type Client__Output,
  type Project__Output,
  type ServiceClient,
} from '@client-portal/contracts';
import { loadCrmConfig } from '../src/config.js';
import { startCrm } from '../src/app.js';

async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const outcome = await call.then(
    () => new Error('the call succeeded'),
    (caught: unknown) => caught,
  );
  if (!(outcome instanceof DomainError)) throw outcome;
  return outcome;
}

const contact = (name: string) => ({
  firstName: name,
  lastName: 'Sync',
  email: `${name.toLowerCase()}@sync.test`,
  phone: '',
  mobile: '',
  role: 'technical',
});

/**
 * The sync order the partner API lists with (issue 13): clients and projects by (updatedAt, id)
 * ascending, filtered by updated_since (at or after), and every write of a client or a project moves
 * its updatedAt on, so an incremental sync never misses a change.
 */
describe('crm lists in the sync order', () => {
  const environment = serviceTestEnvironment('crm');
  let runtime: ServiceRuntime;
  let crm: ServiceClient<'crm'>;
  let projects: ServiceClient<'projects'>;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner');

  beforeAll(async () => {
    runtime = await startCrm(loadCrmConfig(environment));
    crm = contractClient('crm', `127.0.0.1:${runtime.grpcPort}`);
    projects = contractClient('projects', `127.0.0.1:${runtime.grpcPort}`);
  });

  afterAll(async () => {
    crm.close();
    projects.close();
    await runtime.stop();
  });

  const clientsByUpdate = async (updatedSince = '', pageSize = 100, pageToken = '') =>
    crm.listClients(
      { page: { pageSize, pageToken }, includeArchived: true, byUpdate: true, updatedSince },
      as(owner),
    );

  it('moves a client to the end of the sync order with every write of its record or contacts', async () => {
    const made: Client__Output[] = [];
    for (const name of ['Alpha', 'Beta', 'Gamma'])
      made.push(
        await crm.createClient(
          { name, primaryContact: contact(`${name}Main`), moreContacts: [contact(`${name}Other`)] },
          as(owner),
        ),
      );
    const [alpha, beta] = made as [Client__Output, Client__Output, Client__Output];
    expect(alpha.contacts.map((item) => [item.firstName, item.primary])).toEqual([
      ['AlphaMain', true],
      ['AlphaOther', false],
    ]);
    const other = (client: Client__Output) => client.contacts.find((item) => !item.primary)?.id ?? '';
    const main = (client: Client__Output) => client.contacts.find((item) => item.primary)?.id ?? '';
    const rename = (client: Client__Output) =>
      crm.updateClient(
        {
          clientId: client.id,
          expectedVersion: client.version,
          name: `${client.name}!`,
          status: client.status,
          address: client.address,
        },
        as(owner),
      );
    // Each write on one of two clients, alternating, so it has to move its client past the other.
    const writes: [string, 'alpha' | 'beta', (client: Client__Output) => Promise<Client__Output>][] = [
      ['update', 'alpha', rename],
      [
        'add contact',
        'beta',
        (client) =>
          crm.addContact({ clientId: client.id, contact: contact(`${client.id.slice(0, 6)}x`) }, as(owner)),
      ],
      [
        'update contact',
        'alpha',
        (client) =>
          crm.updateContact(
            {
              clientId: client.id,
              contactId: other(client),
              contact: { ...contact('Renamed'), role: 'billing' },
            },
            as(owner),
          ),
      ],
      [
        'make primary',
        'beta',
        (client) => crm.makePrimaryContact({ clientId: client.id, contactId: other(client) }, as(owner)),
      ],
      [
        'remove contact',
        'alpha',
        (client) =>
          crm.removeContact(
            { clientId: client.id, contactId: main(client), successorContactId: other(client) },
            as(owner),
          ),
      ],
      ['archive', 'beta', (client) => crm.archiveClient({ clientId: client.id }, as(owner))],
      ['update again', 'alpha', rename],
      ['restore', 'beta', (client) => crm.restoreClient({ clientId: client.id }, as(owner))],
    ];
    let current = { alpha, beta };
    for (const [name, key, write] of writes) {
      const before = current[key];
      await sleep(3);
      const after = await write(before);
      expect({ name, later: Date.parse(after.updatedAt) > Date.parse(before.updatedAt) }).toEqual({
        name,
        later: true,
      });
      const listed = await clientsByUpdate();
      expect({ name, last: listed.clients[listed.clients.length - 1]?.id }).toEqual({
        name,
        last: before.id,
      });
      current = { ...current, [key]: after };
    }
  });

  it('pages in (updatedAt, id) order and keeps what changed at or after updated_since', async () => {
    const all = await clientsByUpdate();
    const keys = all.clients.map((client) => `${client.updatedAt}|${client.id}`);
    expect([...keys].sort()).toEqual(keys);
    expect(all.page?.totalSize).toBe(0);
    const paged: string[] = [];
    let token = '';
    do {
      const page = await clientsByUpdate('', 2, token);
      paged.push(...page.clients.map((client) => client.id));
      token = page.page?.nextPageToken ?? '';
    } while (token !== '');
    expect(paged).toEqual(all.clients.map((client) => client.id));
    const middle = all.clients[1];
    if (!middle) throw new Error('expected several clients');
    const since = await clientsByUpdate(middle.updatedAt);
    expect(since.clients.map((client) => client.id)).toEqual(
      all.clients.filter((client) => client.updatedAt >= middle.updatedAt).map((client) => client.id),
    );
    const error = await refusal(clientsByUpdate('last tuesday'));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.violations.map((violation) => violation.field)).toEqual(['updatedSince']);
  });

  it('refuses a further contact whose e-mail repeats another, naming it', async () => {
    const error = await refusal(
      crm.createClient(
        { name: 'Twice', primaryContact: contact('Same'), moreContacts: [contact('Fine'), contact('Same')] },
        as(owner),
      ),
    );
    expect(error.violations.map((violation) => [violation.field, violation.code])).toEqual([
      ['moreContacts[1].email', 'not_unique'],
    ]);
  });

  it('moves a project to the end of the sync order with every write, time entries included', async () => {
    const client = await crm.createClient({ name: 'Projects Sync' }, as(owner));
    const create = (name: string) =>
      projects.createProject({ clientId: client.id, name, currency: 'EUR', milestones: [] }, as(owner));
    const first = await create('First');
    await create('Second');
    const byUpdate = async (updatedSince = '') =>
      (
        await projects.listProjects(
          { page: { pageSize: 100 }, clientId: client.id, byUpdate: true, updatedSince },
          as(owner),
        )
      ).projects;
    const writes: [string, (project: Project__Output) => Promise<Project__Output>][] = [
      [
        'update',
        (project) =>
          projects.updateProject(
            { projectId: project.id, expectedVersion: project.version, fields: ['progress'], progress: 40 },
            as(owner),
          ),
      ],
      [
        'add milestone',
        (project) =>
          projects.addMilestone(
            { projectId: project.id, expectedVersion: project.version, milestone: { name: 'Launch' } },
            as(owner),
          ),
      ],
      [
        'tick milestone',
        (project) =>
          projects.updateMilestone(
            {
              projectId: project.id,
              expectedVersion: project.version,
              milestoneId: project.milestones[0]?.id ?? '',
              fields: ['done'],
              milestone: { done: true },
            },
            as(owner),
          ),
      ],
      [
        'log time',
        (project) =>
          projects.logTime({ projectId: project.id, date: '2026-11-30', minutes: 30, note: 'x' }, as(owner)),
      ],
    ];
    let project = first;
    for (const [name, write] of writes) {
      await create(`Filler ${name}`);
      await sleep(3);
      const before = project;
      project = await write(project);
      expect({ name, later: Date.parse(project.updatedAt) > Date.parse(before.updatedAt) }).toEqual({
        name,
        later: true,
      });
      const listed = await byUpdate(before.updatedAt);
      expect({ name, last: listed[listed.length - 1]?.name }).toEqual({ name, last: 'First' });
    }
    const since = await byUpdate(project.updatedAt);
    expect(since.map((item) => item.id)).toEqual([project.id]);
  });
});

import { FIELD_LIMITS } from '@client-portal/kit';
import { passwordToken, uniqueName } from '@client-portal/testing';
import { Api } from './support/http.js';
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Problem {
  code: string;
  violations?: { field: string; code: string }[];
}

/** One over-long (or over-full) value sent through a REST route, and how to see that nothing was stored. */
interface Case {
  name: string;
  method: 'POST' | 'PUT' | 'PATCH';
  path: () => string;
  /** A body the route accepts, but for the one field that goes over its limit. */
  body: () => unknown;
  field: string;
  code: 'too_long' | 'too_big';
  /** What the stored state looks like; compared before and after the refusal. */
  stored: () => Promise<unknown>;
}

const over = (limit: number) => 'x'.repeat(limit + 1);
const line = (description = 'Design work') => ({
  description,
  quantityMilli: '1000',
  unitPriceMinor: '10000',
});

/**
 * The length limits (docs/limits.md) through the REST routes, one field of each service at least:
 * an over-long value is refused with 400 naming the field and `too_long` (`too_big` for a list), and
 * what the route would have written is unchanged afterwards.
 */
describe('length and size limits on the REST routes', () => {
  let platform: Platform;
  let owner: Api;
  let clientId = '';
  let workspaceId = '';
  let projectId = '';

  async function list(path: string): Promise<unknown> {
    const answer = await owner.get(path);
    expect(answer.status).toBe(200);
    return answer.body;
  }

  beforeAll(async () => {
    platform = await Platform.start();
    const agency = await createTenant(platform, { name: 'Limits Agency' });
    owner = new Api(platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
    const client = await owner.post<{ id: string }>('/clients', { name: uniqueName('Limits Client') });
    expect(client.status).toBe(201);
    clientId = client.body.id;
    const workspace = await owner.post<{ id: string }>(`/clients/${clientId}/workspaces`, { name: 'Site' });
    expect(workspace.status).toBe(201);
    workspaceId = workspace.body.id;
    const project = await owner.post<{ id: string }>(`/clients/${clientId}/projects`, { name: 'Website' });
    expect(project.status).toBe(201);
    projectId = project.body.id;
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  const C = FIELD_LIMITS.crm;
  const B = FIELD_LIMITS.billing;
  const P = FIELD_LIMITS.portal;
  const M = FIELD_LIMITS.messaging;
  const I = FIELD_LIMITS.identity;
  const clients = () => list('/clients?pageSize=100');
  const documents = () => list(`/clients/${clientId}/documents`);
  const cases: Case[] = [
    // crm
    ...(
      [
        ['name', { name: over(C.clientName) }],
        ['industry', { name: 'Acme', industry: over(C.industry) }],
        ['notes', { name: 'Acme', notes: over(C.clientNotes) }],
        ['address.city', { name: 'Acme', address: { city: over(C.addressLine) } }],
        [
          'primaryContact.lastName',
          {
            name: 'Acme',
            primaryContact: { firstName: 'Pat', lastName: over(C.personName), email: 'p@a.test' },
          },
        ],
      ] as const
    ).map(([field, body]): Case => ({
      name: `a client's ${field}`,
      method: 'POST',
      path: () => '/clients',
      body: () => body,
      field,
      code: 'too_long',
      stored: clients,
    })),
    {
      name: "a client's contact e-mail",
      method: 'POST',
      path: () => `/clients/${clientId}/contacts`,
      body: () => ({ firstName: 'Pat', lastName: 'P', email: `${over(C.email)}@a.test`, expectedVersion: 0 }),
      // The gateway declares text maxima and crm enforces them, naming fields as crm does.
      field: 'contact.email',
      code: 'too_long',
      stored: () => list(`/clients/${clientId}`),
    },
    {
      name: 'a project name',
      method: 'POST',
      path: () => `/clients/${clientId}/projects`,
      body: () => ({ name: over(C.projectName) }),
      field: 'name',
      code: 'too_long',
      stored: () => list(`/clients/${clientId}/projects`),
    },
    {
      name: 'the milestones of a project',
      method: 'POST',
      path: () => `/clients/${clientId}/projects`,
      body: () => ({
        name: 'Many milestones',
        milestones: Array.from({ length: C.milestones + 1 }, (_, index) => ({ name: `M${index}` })),
      }),
      field: 'milestones',
      code: 'too_big',
      stored: () => list(`/clients/${clientId}/projects`),
    },
    {
      name: 'a time entry note',
      method: 'POST',
      path: () => `/projects/${projectId}/time-entries`,
      body: () => ({ date: '2026-11-30', minutes: 30, note: over(C.timeEntryNote) }),
      field: 'note',
      code: 'too_long',
      stored: () => list(`/projects/${projectId}`),
    },
    {
      name: 'a timeline note',
      method: 'POST',
      path: () => `/clients/${clientId}/notes`,
      body: () => ({ body: over(C.timelineNote) }),
      field: 'body',
      code: 'too_long',
      stored: () => list(`/clients/${clientId}/timeline`),
    },
    // billing
    {
      name: "a document's notes",
      method: 'POST',
      path: () => `/clients/${clientId}/documents`,
      body: () => ({ kind: 'invoice', lines: [line()], notes: over(B.documentNotes) }),
      field: 'notes',
      code: 'too_long',
      stored: documents,
    },
    {
      name: "a document line's description",
      method: 'POST',
      path: () => `/clients/${clientId}/documents`,
      body: () => ({ kind: 'invoice', lines: [line(over(B.lineDescription))] }),
      field: 'lines[0].description',
      code: 'too_long',
      stored: documents,
    },
    {
      name: 'the lines of a document',
      method: 'POST',
      path: () => `/clients/${clientId}/documents`,
      body: () => ({ kind: 'invoice', lines: Array.from({ length: B.documentLines + 1 }, () => line()) }),
      field: 'lines',
      code: 'too_big',
      stored: documents,
    },
    {
      name: "a catalogue product's name",
      method: 'POST',
      path: () => '/catalog/products',
      body: () => ({
        name: over(B.productName),
        kind: 'service',
        unitPriceMinor: '1000',
        currency: 'EUR',
        reference: 'REF-1',
        taxRateBasisPoints: 2000,
      }),
      field: 'name',
      code: 'too_long',
      stored: () => list('/catalog/products'),
    },
    // portal
    {
      name: 'a workspace name',
      method: 'POST',
      path: () => `/clients/${clientId}/workspaces`,
      body: () => ({ name: over(P.workspaceName) }),
      field: 'workspaceName',
      code: 'too_long',
      stored: () => list(`/workspaces?clientId=${clientId}`),
    },
    {
      name: 'a task description',
      method: 'POST',
      path: () => `/workspaces/${workspaceId}/tasks`,
      body: () => ({ title: 'Review', description: over(P.taskDescription) }),
      field: 'description',
      code: 'too_long',
      stored: () => list(`/workspaces/${workspaceId}/tasks`),
    },
    {
      name: 'a workspace note',
      method: 'POST',
      path: () => `/workspaces/${workspaceId}/notes`,
      body: () => ({ title: 'Brief', body: over(P.contentNote), clientVisible: false }),
      field: 'body',
      code: 'too_long',
      stored: () => list(`/workspaces/${workspaceId}/notes`),
    },
    // messaging
    {
      name: 'a message',
      method: 'POST',
      path: () => `/workspaces/${workspaceId}/messages`,
      body: () => ({ body: over(M.messageBody) }),
      field: 'body',
      code: 'too_long',
      stored: () => list(`/workspaces/${workspaceId}/messages`),
    },
    {
      name: 'a conversation subject',
      method: 'POST',
      path: () => `/workspaces/${workspaceId}/conversations`,
      body: () => ({ subject: over(M.conversationSubject) }),
      field: 'subject',
      code: 'too_long',
      stored: () => list(`/workspaces/${workspaceId}/conversations`),
    },
    // identity
    {
      name: 'a portal role name',
      method: 'POST',
      path: () => '/portal-roles',
      body: () => ({ name: over(I.portalRoleName), rights: ['view'] }),
      field: 'name',
      code: 'too_long',
      stored: () => list('/portal-roles'),
    },
    {
      name: "a partner application's description",
      method: 'POST',
      path: () => '/partner-apps',
      body: () => ({ name: 'Sync', description: over(I.partnerAppDescription), scopes: ['crm.read'] }),
      field: 'description',
      code: 'too_long',
      stored: () => list('/partner-apps'),
    },
  ];

  it.each(cases.map((entry) => [entry.name, entry] as const))(
    'refuses %s over its limit, naming the field, and stores nothing',
    async (_name, entry) => {
      const before = await entry.stored();
      const answer = await owner.request<Problem>(entry.method, entry.path(), entry.body());
      expect({ status: answer.status, code: answer.body.code }).toEqual({
        status: 400,
        code: 'INVALID_ARGUMENT',
      });
      expect(answer.body.violations).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: entry.field, code: entry.code })]),
      );
      expect(await entry.stored()).toEqual(before);
    },
  );
});

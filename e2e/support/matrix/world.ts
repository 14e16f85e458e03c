import { randomUUID } from 'node:crypto';
import { passwordToken, uniqueName } from '@client-portal/testing';
import { PORTAL_RIGHTS, type PortalRight, type StaffRole } from '@client-portal/kit';
import { Api, type ApiResponse } from '../http.js';
import { addClientUser, addStaff, createTenant, type Person } from '../people.js';
import type { Platform } from '../platform.js';

/** Path parameter values by name: one client's records, as its tenant's staff created them. */
export type Fixtures = Record<string, string>;

/**
 * A client of a tenant with one of everything a route can name (see PARAMETERS), and the strings that
 * must never reach anyone outside it (`own`) or any client user at all (`internal`).
 */
export interface ClientWorld {
  clientId: string;
  workspaceId: string;
  fixtures: Fixtures;
  /** Values only this client's users and its tenant's staff may read (name, address, content). */
  own: string[];
  /** Values no client user may read, not even this client's (staff notes, costs, internal items). */
  internal: string[];
}

export interface TenantWorld {
  tenantId: string;
  owner: Api;
  staff: Record<StaffRole, { api: Api; person: Person }>;
  clients: ClientWorld[];
}

/** The caller's name → its REST client; `revoked` and `anonymous` included. */
export type Callers = Record<string, Api>;

const sentinel = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

/**
 * A fixture's call, retried when the loaded machine made it time out (504/503): fixtures are set-up,
 * not what the matrix measures.
 */
async function ok<T>(call: () => Promise<ApiResponse<T>>, what: string): Promise<T> {
  let answered = await call();
  for (let attempt = 0; attempt < 3 && (answered.status === 504 || answered.status === 503); attempt++)
    answered = await call();
  if (answered.status >= 300)
    throw new Error(`fixture ${what} failed: ${answered.status} ${JSON.stringify(answered.body)}`);
  return answered.body;
}

const line = (description: string) => ({
  description,
  quantityMilli: 1000,
  unitPriceMinor: 12_345,
  taxRateBasisPoints: 2000,
});

/** PUTs an upload's bytes to its presigned URL, as the browser does. */
async function putBytes(url: string, contentType: string, bytes: Buffer, what: string): Promise<void> {
  const put = await fetch(url, { method: 'PUT', headers: { 'content-type': contentType }, body: bytes });
  if (!put.ok) throw new Error(`${what}: ${put.status}`);
}

/**
 * One client with a portal workspace and a record of every kind, each created through the REST API
 * as the tenant's owner (as the agency would). Internal records carry `internal` sentinels; shared
 * ones `own` sentinels.
 */
async function buildClient(
  platform: Platform,
  tenantId: string,
  owner: Api,
  label: string,
  staffIds: string[],
): Promise<{ world: ClientWorld; contactEmail: string }> {
  const own: string[] = [];
  const internal: string[] = [...staffIds];
  const name = sentinel(`${label}-Company`);
  const street = sentinel(`${label}-Street`);
  const crmNotes = sentinel(`${label}-CrmNotes`);
  own.push(name, street);
  internal.push(crmNotes);
  const contactEmail = `${uniqueName('matrix-contact')}@client.test`;
  const client = await ok(
    () =>
      owner.post<{ id: string; version: number; primaryContactId?: string; contacts?: { id: string }[] }>(
        '/clients',
        {
          name,
          notes: crmNotes,
          address: { street, postalCode: '75001', city: 'Paris', country: 'FR' },
          primaryContact: { firstName: 'Pat', lastName: label, email: contactEmail },
        },
      ),
    'client',
  );
  const clientId = client.id;
  const contactId = client.contacts?.[0]?.id ?? client.primaryContactId ?? '';
  // The client's portal workspace (as "Enable portal" opens it) and its first user, who has every right.
  const firstUser = await addClientUser(platform, tenantId, clientId, `${label} Decider`, { contactId });
  const workspaceId = (
    await ok(
      () => owner.get<{ workspaces: { id: string; clientId: string }[] }>(`/workspaces?clientId=${clientId}`),
      'workspaces',
    )
  ).workspaces.find((workspace) => workspace.clientId === clientId)?.id;
  if (!workspaceId) throw new Error(`no workspace for ${label}`);
  const fixtures: Fixtures = { clientId, workspaceId, contactId, externalUserId: firstUser.userId };

  // Projects: a milestone and an internal time entry with a cost rate.
  const projectName = sentinel(`${label}-Project`);
  own.push(projectName);
  // Cost figures unlikely to appear anywhere else, so that finding them in an answer means a leak.
  const estimatedCost = String(700_000_000 + Math.floor(Math.random() * 99_999_999));
  const hourlyRate = String(80_000_000 + Math.floor(Math.random() * 9_999_999));
  const project = await ok(
    () =>
      owner.post<{ id: string; version: number }>(`/clients/${clientId}/projects`, {
        name: projectName,
        estimatedCostMinor: estimatedCost,
        defaultHourlyRateMinor: hourlyRate,
      }),
    'project',
  );
  fixtures.projectId = project.id;
  const withMilestone = await ok(
    () =>
      owner.post<{ id: string; version: number; milestones: { id: string }[] }>(
        `/projects/${project.id}/milestones`,
        {
          expectedVersion: project.version,
          name: sentinel(`${label}-Milestone`),
          dueDate: '2026-09-01',
        },
      ),
    'milestone',
  );
  fixtures.milestoneId = withMilestone.milestones[0]?.id ?? '';
  const timeNote = sentinel(`${label}-TimeNote`);
  internal.push(timeNote, estimatedCost, hourlyRate);
  const logged = await ok(
    () =>
      owner.post<{ time?: { entries: { id: string }[] } }>(`/projects/${project.id}/time-entries`, {
        date: '2026-02-01',
        minutes: 90,
        note: timeNote,
      }),
    'time entry',
  );
  fixtures.entryId = logged.time?.entries[0]?.id ?? '';

  // A staff note on the client (internal by nature).
  const noteBody = sentinel(`${label}-ClientNote`);
  internal.push(noteBody);
  const note = await ok(
    () => owner.post<{ id: string }>(`/clients/${clientId}/notes`, { body: noteBody }),
    'client note',
  );
  fixtures.noteId = note.id;

  // Billing: an issued quote and an issued invoice.
  const quoteLine = sentinel(`${label}-QuoteLine`);
  const invoiceLine = sentinel(`${label}-InvoiceLine`);
  own.push(quoteLine, invoiceLine);
  const issue = async (kind: 'quote' | 'invoice', description: string) => {
    const draft = await ok(
      () =>
        owner.post<{ id: string; version: number }>(`/clients/${clientId}/documents`, {
          kind,
          lines: [line(description)],
        }),
      kind,
    );
    await ok(
      () => owner.post(`/documents/${draft.id}/issue`, { expectedVersion: draft.version }),
      `issue ${kind}`,
    );
    return draft.id;
  };
  fixtures.documentId = await issue('quote', quoteLine);
  fixtures.invoiceId = await issue('invoice', invoiceLine);

  // Tasks: one shared, one internal.
  const taskTitle = sentinel(`${label}-Task`);
  const internalTask = sentinel(`${label}-InternalTask`);
  own.push(taskTitle);
  internal.push(internalTask);
  fixtures.taskId = (
    await ok(
      () =>
        owner.post<{ id: string }>(`/workspaces/${workspaceId}/tasks`, {
          title: taskTitle,
          clientVisible: true,
        }),
      'task',
    )
  ).id;
  await ok(
    () => owner.post(`/workspaces/${workspaceId}/tasks`, { title: internalTask, clientVisible: false }),
    'internal task',
  );

  const deliverableTitle = sentinel(`${label}-Deliverable`);
  own.push(deliverableTitle);
  const deliverableId = (
    await ok(
      () =>
        owner.post<{ id: string }>(`/workspaces/${workspaceId}/deliverables`, { title: deliverableTitle }),
      'deliverable',
    )
  ).id;
  fixtures.deliverableId = deliverableId;
  // A first version: until one exists the client is shown nothing of it.
  const bytes = Buffer.from(`%PDF-1.7\n% ${deliverableTitle}\n%%EOF\n`);
  const ticket = await ok(
    () =>
      owner.post<{ uploadId: string; uploadUrl: string; contentType: string }>(
        `/deliverables/${deliverableId}/uploads`,
        {
          fileName: 'proof.pdf',
          contentType: 'application/pdf',
          sizeBytes: bytes.length,
        },
      ),
    'deliverable upload',
  );
  await putBytes(ticket.uploadUrl, ticket.contentType, bytes, 'deliverable bytes');
  await ok(
    () => owner.post(`/deliverables/${deliverableId}/uploads/${ticket.uploadId}/complete`, {}),
    'deliverable complete',
  );
  fixtures.uploadId = ticket.uploadId;
  fixtures.version = '1';

  // Workspace content: a shared note and an internal one, a link, an embed.
  const sharedNote = sentinel(`${label}-SharedNote`);
  const internalNote = sentinel(`${label}-InternalNote`);
  own.push(sharedNote);
  internal.push(internalNote);
  fixtures.workspaceNoteId = (
    await ok(
      () =>
        owner.post<{ id: string }>(`/workspaces/${workspaceId}/notes`, {
          title: sharedNote,
          body: sharedNote,
          clientVisible: true,
        }),
      'workspace note',
    )
  ).id;
  await ok(
    () =>
      owner.post(`/workspaces/${workspaceId}/notes`, {
        title: internalNote,
        body: internalNote,
        clientVisible: false,
      }),
    'internal workspace note',
  );
  fixtures.linkId = (
    await ok(
      () =>
        owner.post<{ id: string }>(`/workspaces/${workspaceId}/links`, {
          title: sentinel(`${label}-Link`),
          url: 'https://example.test/link',
        }),
      'link',
    )
  ).id;

  // Conversations: the workspace's, with a message, and an internal one.
  const messageBody = sentinel(`${label}-Message`);
  const internalSubject = sentinel(`${label}-InternalThread`);
  own.push(messageBody);
  internal.push(internalSubject);
  const conversation = await ok(
    () =>
      owner.post<{ id: string }>(`/workspaces/${workspaceId}/conversations`, {
        subject: sentinel(`${label}-Thread`),
      }),
    'conversation',
  );
  fixtures.conversationId = conversation.id;
  fixtures.messageId = (
    await ok(
      () => owner.post<{ id: string }>(`/conversations/${conversation.id}/messages`, { body: messageBody }),
      'message',
    )
  ).id;
  // Not a route parameter's name: the live-stream cells post an internal message into it.
  fixtures.internalConversationId = (
    await ok(
      () =>
        owner.post<{ id: string }>(`/workspaces/${workspaceId}/conversations`, {
          subject: internalSubject,
          internal: true,
        }),
      'internal conversation',
    )
  ).id;

  // Files: an internal folder (never shown to the client) and a pending upload.
  const folderName = sentinel(`${label}-InternalFolder`);
  internal.push(folderName);
  fixtures.folderId = (
    await ok(
      () =>
        owner.post<{ id: string }>(`/workspaces/${workspaceId}/folders`, {
          name: folderName,
          clientVisible: false,
        }),
      'folder',
    )
  ).id;

  // A file shared with the client, its bytes stored: the file routes are called on a real record.
  const pdf = Buffer.from(`%PDF-1.7\n% ${label}\n%%EOF\n`);
  const fileName = `${sentinel(`${label}-SharedFile`)}.pdf`;
  own.push(fileName);
  const upload = await ok(
    () =>
      owner.post<{ file: { id: string }; uploadUrl: string }>(`/workspaces/${workspaceId}/files/uploads`, {
        name: fileName,
        sizeBytes: pdf.length,
        clientVisible: true,
      }),
    'file upload',
  );
  await putBytes(upload.uploadUrl, 'application/octet-stream', pdf, 'file bytes');
  await ok(
    () => owner.post(`/workspaces/${workspaceId}/files/${upload.file.id}/complete`, {}),
    'file complete',
  );
  fixtures.fileId = upload.file.id;

  return {
    world: { clientId, workspaceId, fixtures, own, internal },
    contactEmail,
  };
}

export interface MatrixWorld {
  a: TenantWorld;
  b: TenantWorld;
  callers: Callers;
  /** Client users of A1 each missing one right (`without:<right>`), for the right-off cells. */
  rightless: Partial<Record<PortalRight, string>>;
}

/**
 * Two tenants: A with clients A1 and A2, B with client B1. Callers: anonymous; A's owner, admin,
 * manager and member; B's owner (staff of another tenant); A1's user with every right, one without
 * each right, and a revoked one; A2's user (another client of the same tenant).
 */
export async function buildWorld(platform: Platform): Promise<MatrixWorld> {
  const base = new Api(platform.url);
  const tenant = async (label: string, clientLabels: string[]): Promise<TenantWorld> => {
    const agency = await createTenant(platform, { name: `${label} Agency` });
    const owner = base.as(await passwordToken(agency.owner.email, agency.owner.password));
    const staff = { owner: { api: owner, person: agency.owner } } as TenantWorld['staff'];
    await Promise.all(
      (['admin', 'manager', 'member'] as const).map(async (role) => {
        const person = await addStaff(platform, agency.tenantId, role);
        staff[role] = { api: base.as(await passwordToken(person.email, person.password)), person };
      }),
    );
    const staffIds = Object.values(staff).map(({ person }) => person.userId);
    const clients = await Promise.all(
      clientLabels.map(
        async (clientLabel) =>
          (await buildClient(platform, agency.tenantId, owner, clientLabel, staffIds)).world,
      ),
    );
    // The catalog on, so that its portal routes answer rather than hide.
    await ok(() => owner.put('/catalog/settings', { portalEnabled: true }), 'catalog settings');
    return { tenantId: agency.tenantId, owner, staff, clients };
  };
  const started = Date.now();
  const [a, b] = await Promise.all([tenant('A', ['A1', 'A2']), tenant('B', ['B1'])]);
  const [a1, a2] = a.clients as [ClientWorld, ClientWorld];
  console.log(`matrix world: tenants and clients in ${Date.now() - started} ms`);

  const clientUser = async (world: ClientWorld, label: string) => {
    const person = await addClientUser(platform, a.tenantId, world.clientId, label, {
      workspaceIds: [world.workspaceId],
    });
    return { person, api: base.as(await passwordToken(person.email, person.password)) };
  };
  const callers: Callers = { anonymous: base };
  for (const role of ['owner', 'admin', 'manager', 'member'] as const) callers[role] = a.staff[role].api;
  callers.otherTenantStaff = b.owner;
  callers.client = (await clientUser(a1, 'A1 Full')).api;
  callers.otherClient = (await clientUser(a2, 'A2 Full')).api;

  // One user per right, holding every other right (pay needs billing: without billing, no pay either).
  const rightless: MatrixWorld['rightless'] = {};
  await Promise.all(
    PORTAL_RIGHTS.map(async (right) => {
      const user = await clientUser(a1, `A1 without ${right}`);
      const rights = PORTAL_RIGHTS.filter(
        (held) => held !== right && !(right === 'billing' && held === 'pay'),
      );
      await ok(
        () =>
          a.staff.manager.api.put(`/workspaces/${a1.workspaceId}/members/${user.person.userId}/rights`, {
            rights,
          }),
        `rights without ${right}`,
      );
      // A fresh token: the principal carries the rights as set now.
      callers[`without:${right}`] = base.as(await passwordToken(user.person.email, user.person.password));
      rightless[right] = `without:${right}`;
    }),
  );

  const revoked = await clientUser(a1, 'A1 Revoked');
  const revokedToken = await passwordToken(revoked.person.email, revoked.person.password);
  await ok(() => a.staff.manager.api.post(`/portal-access/${revoked.person.userId}/revoke`, {}), 'revoke');
  callers.revoked = base.as(revokedToken);
  console.log(`matrix world: callers in ${Date.now() - started} ms`);
  return { a, b, callers, rightless };
}

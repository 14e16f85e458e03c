import { createHash } from 'node:crypto';
import { passwordToken, uniqueName } from '@client-portal/testing';
import { Api, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Decision {
  decisionId: string;
  version: number;
  decision: string;
  comment: string;
  approverName: string;
  userId: string;
  userEmail: string;
  sha256: string;
  ipAddress: string;
  userAgent: string;
  state: string;
  voidReason: string;
}
interface Version {
  number: number;
  fileName: string;
  contentType: string;
  sizeBytes: string;
  sha256: string;
  status: string;
  decisions: Decision[];
  downloadable: boolean;
}
interface Deliverable {
  id: string;
  title: string;
  status: string;
  currentVersion: number;
  approvalMode: string;
  awaitingName: string;
  canDecide: boolean;
  versions: Version[];
}
interface Problem {
  detail: string;
  reason?: string;
  violations?: { field: string; code?: string }[];
}
type Answer = Deliverable & Problem;

const STAFF = ['owner', 'admin', 'manager', 'member'] as const;
type Role = (typeof STAFF)[number] | 'grace' | 'alan' | 'observer' | 'outsider' | 'otherClient' | 'anonymous';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const pdf = (text: string): Buffer => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

/**
 * Deliverables to approve over REST on the real platform (Keycloak, FerretDB, Kafka, S3Proxy): the
 * permission matrix, presigned uploads checked and hashed by portal, decisions claimed once per approver
 * and version, ordered approvers, voiding by a new version, the evidence and the public decision page.
 */
describe('deliverables to approve over REST', () => {
  // Keycloak is shared by every run: contact addresses are this run's own.
  const run = uniqueName('run').replaceAll('_', '-');
  let platform: Platform;
  const as = {} as Record<Role, Api>;
  let workspaceId: string;
  let clientId: string;
  let graceContactId: string;
  let alanContactId: string;

  const create = (api: Api, body: object = { title: 'Homepage mock-up' }) =>
    api.post<Answer>(`/workspaces/${workspaceId}/deliverables`, body);

  /** The browser's three steps: ask for a URL, PUT the bytes there, complete. */
  async function upload(
    api: Api,
    deliverableId: string,
    fileName: string,
    bytes: Buffer,
    type = 'application/pdf',
  ) {
    const ticket = await api.post<{ uploadId: string; uploadUrl: string; contentType: string } & Problem>(
      `/deliverables/${deliverableId}/uploads`,
      { fileName, contentType: type, sizeBytes: bytes.length },
    );
    expect(ticket.status).toBe(201);
    const put = await fetch(ticket.body.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': ticket.body.contentType },
      body: bytes,
    });
    expect(put.status).toBe(200);
    return api.post<Answer>(`/deliverables/${deliverableId}/uploads/${ticket.body.uploadId}/complete`, {});
  }

  const decide = (
    api: Api,
    id: string,
    body: object,
  ): Promise<ApiResponse<Problem & { decision: Decision; deliverable: Deliverable }>> =>
    api.post(`/deliverables/${id}/decisions`, body);

  beforeAll(async () => {
    platform = await Platform.start();
    const api = new Api(platform.url);
    as.anonymous = api;
    const agency = await createTenant(platform, { name: 'Deliverables Agency' });
    const tenantId = agency.tenantId;
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, tenantId, role, `The ${role}`);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    const globex = await as.owner.post<{
      id: string;
      version: number;
      contacts: { id: string; email: string }[];
    }>('/clients', {
      name: 'Globex',
      primaryContact: {
        firstName: 'Grace',
        lastName: 'Hopper',
        email: `grace@${run}.globex.test`,
        role: 'decision-maker',
      },
    });
    clientId = globex.body.id;
    graceContactId = globex.body.contacts[0]?.id ?? '';
    const withAlan = await as.owner.post<{ version: number; contacts: { id: string; email: string }[] }>(
      `/clients/${clientId}/contacts`,
      {
        firstName: 'Alan',
        lastName: 'Turing',
        email: `alan@${run}.globex.test`,
        role: 'decision-maker',
        expectedVersion: globex.body.version,
      },
    );
    alanContactId =
      withAlan.body.contacts.find((contact) => contact.email === `alan@${run}.globex.test`)?.id ?? '';
    const withObserver = await as.owner.post<{ contacts: { id: string; email: string }[] }>(
      `/clients/${clientId}/contacts`,
      {
        firstName: 'Olga',
        lastName: 'Observer',
        email: `olga@${run}.globex.test`,
        role: 'observer',
        expectedVersion: withAlan.body.version,
      },
    );
    const olgaContactId =
      withObserver.body.contacts.find((contact) => contact.email === `olga@${run}.globex.test`)?.id ?? '';
    const enabled = await as.owner.post<{ workspace: { id: string } }>(`/clients/${clientId}/portal`, {});
    expect(enabled.body).toHaveProperty('workspace');
    workspaceId = enabled.body.workspace.id;
    const member = (
      name: string,
      contactId: string,
      role: 'decision-maker' | 'observer' = 'decision-maker',
    ) => addClientUser(platform, tenantId, clientId, name, { role, contactId, workspaceIds: [workspaceId] });
    const people = {
      grace: await member('Grace Hopper', graceContactId),
      alan: await member('Alan Turing', alanContactId),
      observer: await member('Olga Observer', olgaContactId, 'observer'),
      // Globex's user not added to the workspace, and another client's user.
      outsider: await addClientUser(platform, tenantId, clientId, 'Otto Outside', { workspaceIds: [] }),
    };
    for (const [role, person] of Object.entries(people))
      as[role as Role] = api.as(await passwordToken(person.email, person.password));
    const hooli = await as.owner.post<{ id: string }>('/clients', {
      name: 'Hooli',
      primaryContact: {
        firstName: 'Gavin',
        lastName: 'Belson',
        email: `gavin@${run}.hooli.test`,
        role: 'decision-maker',
      },
    });
    const hooliSpace = (
      await as.owner.post<{ workspace: { id: string } }>(`/clients/${hooli.body.id}/portal`, {})
    ).body.workspace.id;
    const rival = await addClientUser(platform, tenantId, hooli.body.id, 'Gavin Belson', {
      workspaceIds: [hooliSpace],
    });
    as.otherClient = api.as(await passwordToken(rival.email, rival.password));
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('lets staff with workspaces.share create, refuses bad input naming the field and stores nothing', async () => {
    for (const role of STAFF) expect((await create(as[role], { title: `By ${role}` })).status).toBe(201);
    for (const role of ['grace', 'observer', 'otherClient'] as const)
      expect((await create(as[role])).status).toBe(403);
    expect((await create(as.anonymous)).status).toBe(401);
    const before = (
      await as.owner.get<{ deliverables: Deliverable[] }>(`/workspaces/${workspaceId}/deliverables`)
    ).body.deliverables.length;
    const untitled = await create(as.member, { title: '  ', description: 'x'.repeat(5001) });
    expect(untitled.status).toBe(400);
    expect(untitled.body.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', code: 'required' }),
        expect.objectContaining({ field: 'description', code: 'too_long' }),
      ]),
    );
    expect((await create(as.member, { title: 'x'.repeat(201) })).body.violations?.[0]).toMatchObject({
      field: 'title',
      code: 'too_long',
    });
    const stranger = await create(as.member, { title: 'Logo', approverContactIds: ['not-a-contact'] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.violations?.[0]?.field).toBe('approverContactIds.0');
    const after = (
      await as.owner.get<{ deliverables: Deliverable[] }>(`/workspaces/${workspaceId}/deliverables`)
    ).body.deliverables.length;
    expect(after).toBe(before);
    // A deliverable without a file is the agency's draft: the client sees nothing yet.
    expect(
      (await as.grace.get<{ deliverables: Deliverable[] }>(`/workspaces/${workspaceId}/deliverables`)).body
        .deliverables,
    ).toEqual([]);
  });

  it('checks, sniffs and hashes uploads; a refused file leaves no version', async () => {
    const { body: deliverable } = await create(as.member, { title: 'Brand book' });
    // Over the tenant's limit (100 MB by default), said before any byte moves.
    const huge = await as.member.post<Problem>(`/deliverables/${deliverable.id}/uploads`, {
      fileName: 'huge.pdf',
      contentType: 'application/pdf',
      sizeBytes: 101 * 1024 * 1024,
    });
    expect(huge.status).toBe(400);
    expect(huge.body.violations?.[0]).toMatchObject({ field: 'file', code: 'too_big' });
    // PNG bytes under a .pdf name: refused, nothing stored.
    const disguised = await upload(as.member, deliverable.id, 'brand.pdf', PNG);
    expect(disguised.status).toBe(400);
    expect(disguised.body.violations?.[0]).toMatchObject({ field: 'file', code: 'invalid_format' });
    expect((await as.member.get<Deliverable>(`/deliverables/${deliverable.id}`)).body.versions).toEqual([]);
    // Completing an upload whose bytes never arrived.
    const ticket = await as.member.post<{ uploadId: string }>(`/deliverables/${deliverable.id}/uploads`, {
      fileName: 'late.pdf',
      contentType: 'application/pdf',
      sizeBytes: 10,
    });
    const early = await as.member.post<Problem>(
      `/deliverables/${deliverable.id}/uploads/${ticket.body.uploadId}/complete`,
      {},
    );
    expect(early.status).toBe(409);
    // Clients may not upload.
    expect(
      (await as.grace.post(`/deliverables/${deliverable.id}/uploads`, { fileName: 'a.pdf', sizeBytes: 3 }))
        .status,
    ).toBe(403);

    const bytes = pdf('brand book v1');
    const done = await upload(as.member, deliverable.id, 'brand-book.pdf', bytes, 'application/octet-stream');
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('awaiting_approval');
    expect(done.body.versions[0]).toMatchObject({
      number: 1,
      fileName: 'brand-book.pdf',
      contentType: 'application/pdf',
      sizeBytes: String(bytes.length),
      sha256: sha256(bytes),
      status: 'awaiting_approval',
    });
    // The client downloads exactly those bytes through the presigned URL.
    const link = await as.grace.get<{ url: string }>(`/deliverables/${deliverable.id}/versions/1/download`);
    expect(link.status).toBe(200);
    expect(sha256(Buffer.from(await (await fetch(link.body.url)).arrayBuffer()))).toBe(sha256(bytes));
  });

  it('any approver: one decision per version, comment required for changes, observers and staff refused; evidence and public page', async () => {
    const { body: created } = await create(as.manager, {
      title: 'Homepage mock-up',
      description: 'First pass',
    });
    const v1 = pdf('homepage v1');
    await upload(as.manager, created.id, 'homepage.pdf', v1);
    // Visibility: the client's people in the workspace; nobody else.
    for (const role of ['grace', 'observer'] as const)
      expect((await as[role].get(`/deliverables/${created.id}`)).status).toBe(200);
    for (const role of ['outsider', 'otherClient'] as const) {
      expect((await as[role].get(`/deliverables/${created.id}`)).status).toBe(404);
      expect((await as[role].get(`/workspaces/${workspaceId}/deliverables`)).status).toBe(404);
    }
    expect((await as.anonymous.get(`/deliverables/${created.id}`)).status).toBe(401);

    const observer = await decide(as.observer, created.id, { version: 1, decision: 'approve' });
    expect(observer.status).toBe(403);
    expect(observer.body.detail).toContain('"approve"');
    expect((await decide(as.owner, created.id, { version: 1, decision: 'approve' })).status).toBe(403);
    expect((await decide(as.otherClient, created.id, { version: 1, decision: 'approve' })).status).toBe(404);
    const noComment = await decide(as.grace, created.id, {
      version: 1,
      decision: 'request_changes',
      comment: ' ',
    });
    expect(noComment.status).toBe(400);
    expect(noComment.body.violations?.[0]).toMatchObject({ field: 'comment', code: 'required' });
    expect(
      (await as.grace.get<Deliverable>(`/deliverables/${created.id}`)).body.versions[0]?.decisions,
    ).toEqual([]);

    // Five decisions at once: exactly one is recorded.
    const race = await Promise.all(
      ['grace', 'alan', 'grace', 'alan', 'grace'].map((role) =>
        decide(as[role as Role], created.id, { version: 1, decision: 'approve' }),
      ),
    );
    expect(race.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(race.filter((answer) => answer.status === 409)).toHaveLength(4);
    const again = await decide(as.grace, created.id, {
      version: 1,
      decision: 'request_changes',
      comment: 'Bigger logo',
    });
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('already approved');

    // The evidence: staff see who, when, from where; the client's view holds no staff-side field.
    const staffView = (await as.owner.get<Deliverable>(`/deliverables/${created.id}`)).body;
    expect(staffView.status).toBe('approved');
    const evidence = staffView.versions[0]?.decisions[0] as Decision;
    expect(evidence).toMatchObject({ version: 1, decision: 'approved', sha256: sha256(v1), state: 'valid' });
    expect(evidence.userEmail).toMatch(/@client\.test$/);
    expect(evidence.ipAddress).toMatch(/127\.0\.0\.1/);
    expect(evidence.userAgent).not.toBe('');
    expect(evidence.userId).not.toBe('');
    const clientView = (
      await as.observer.get<Deliverable & Record<string, unknown>>(`/deliverables/${created.id}`)
    ).body;
    const clientDecision = clientView.versions[0]?.decisions[0] as Decision;
    for (const field of ['userId', 'userEmail', 'ipAddress', 'userAgent'] as const)
      expect(clientDecision[field]).toBe('');
    const clientJson = JSON.stringify(clientView);
    for (const internal of ['objectKey', 'uploadedBy"', 'createdBy', 'tenantId', 'modules', '@client.test'])
      expect(clientJson).not.toContain(internal);

    // The public record: no e-mail, IP address, user agent or ids.
    const publicRecord = await as.anonymous.get(`/public/deliverable-decisions/${evidence.decisionId}`);
    expect(publicRecord.status).toBe(200);
    expect(publicRecord.body).toMatchObject({
      title: 'Homepage mock-up',
      version: 1,
      fileName: 'homepage.pdf',
      sha256: sha256(v1),
      decision: 'approved',
      state: 'valid',
      clientName: 'Globex',
    });
    expect(Object.keys(publicRecord.body)).not.toEqual(expect.arrayContaining(['userEmail']));
    const publicJson = JSON.stringify(publicRecord.body);
    for (const secret of ['@client.test', '127.0.0.1', evidence.userId, evidence.userAgent, created.id])
      expect(publicJson).not.toContain(secret);
    expect(
      (await as.anonymous.get(`/public/deliverable-decisions/00000000-0000-4000-8000-000000000000`)).status,
    ).toBe(404);

    // A new version voids the approval (kept as history); deciding on the old version is refused.
    const v2 = pdf('homepage v2');
    const second = await upload(as.manager, created.id, 'homepage-v2.pdf', v2);
    expect(second.body).toMatchObject({ status: 'awaiting_approval', currentVersion: 2 });
    const [latest, previous] = second.body.versions;
    expect(latest?.number).toBe(2);
    expect(previous).toMatchObject({ number: 1, status: 'superseded' });
    expect(previous?.decisions[0]).toMatchObject({ state: 'voided', voidReason: 'Version 2 was uploaded' });
    const voided = await as.anonymous.get<{ state: string }>(
      `/public/deliverable-decisions/${evidence.decisionId}`,
    );
    expect(voided.body.state).toBe('voided');
    const stale = await decide(as.grace, created.id, { version: 1, decision: 'approve' });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toContain('current version is 2');
    expect(stale.body.reason).toBe('deliverable.superseded');
    const changes = await decide(as.alan, created.id, {
      version: 2,
      decision: 'request_changes',
      comment: 'Warmer colours',
    });
    expect(changes.status).toBe(201);
    expect(changes.body.deliverable.status).toBe('changes_requested');
    // The client downloads the decided versions; staff any.
    expect((await as.grace.get(`/deliverables/${created.id}/versions/1/download`)).status).toBe(200);
  });

  it('ordered approvers decide in turn', async () => {
    const { body: created } = await create(as.member, {
      title: 'Logo',
      approverContactIds: [alanContactId, graceContactId],
    });
    expect(created.approvalMode).toBe('ordered');
    await upload(as.member, created.id, 'logo.pdf', pdf('logo'));
    const early = await decide(as.grace, created.id, { version: 1, decision: 'approve' });
    expect(early.status).toBe(403);
    expect(early.body.detail).toBe('Waiting for Alan Turing to decide first');
    expect((await as.grace.get<Deliverable>(`/deliverables/${created.id}`)).body.canDecide).toBe(false);
    const awaitingAlan = await as.alan.get<{ deliverables: { id: string }[] }>(
      '/deliverables/awaiting-my-decision',
    );
    expect(awaitingAlan.body.deliverables.map((item) => item.id)).toContain(created.id);
    const graceBefore = await as.grace.get<{ deliverables: { id: string }[] }>(
      '/deliverables/awaiting-my-decision',
    );
    expect(graceBefore.body.deliverables.map((item) => item.id)).not.toContain(created.id);
    const first = await decide(as.alan, created.id, { version: 1, decision: 'approve' });
    expect(first.status).toBe(201);
    expect(first.body.deliverable).toMatchObject({
      status: 'awaiting_approval',
      awaitingName: 'Grace Hopper',
    });
    expect((await decide(as.alan, created.id, { version: 1, decision: 'approve' })).status).toBe(409);
    // The observer is not an approver at all.
    expect((await decide(as.observer, created.id, { version: 1, decision: 'approve' })).status).toBe(403);
    const second = await decide(as.grace, created.id, { version: 1, decision: 'approve' });
    expect(second.status).toBe(201);
    expect(second.body.deliverable.status).toBe('approved');
    expect(
      (await as.owner.get<{ deliverables: unknown[] }>('/deliverables/awaiting-my-decision')).body
        .deliverables,
    ).toEqual([]);
  });
});

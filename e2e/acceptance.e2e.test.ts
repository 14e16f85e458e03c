import { createHash } from 'node:crypto';
import { passwordToken, waitForMail } from '@client-portal/testing';
import type { BillingDocument } from '../services/billing/src/domain/document.js';
import { DocumentFixtures } from './support/acceptance-fixtures.js';
import { Api, assertDeclaredShape, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface ClientDocument {
  id: string;
  kind: string;
  number: string;
  status: string;
  displayStatus: string;
  version: number;
  revision: number;
  answerable: boolean;
  answer: { acceptanceId: string; pdfSha256: string; decision: string; signerName: string } | null;
}
interface Evidence {
  acceptanceId: string;
  pdfSha256: string;
  decision: string;
  signerName: string;
  userId: string;
  userEmail: string;
  ipAddress: string;
  userAgent: string;
  state: string;
  voidReason: string;
  revision: number;
}
interface Problem {
  detail: string;
  reason?: string;
  violations?: { field: string; code?: string }[];
}

const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const;
type Role = (typeof STAFF_ROLES)[number] | 'client' | 'otherClient' | 'anonymous';
const ROLES: Role[] = [...STAFF_ROLES, 'client', 'otherClient', 'anonymous'];

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Quote answers with tamper-evident evidence, revisions, comments, the client's document reads and
 * the public verification, over REST on the real platform (Keycloak logins, FerretDB, Kafka, Mailpit).
 * Issued documents come from a fixture writing through DocumentRepository until the documents API
 * issues them.
 */
describe('quote acceptance, verification and comments over REST', () => {
  let platform: Platform;
  let fixtures: DocumentFixtures;
  const as = {} as Record<Role, Api>;
  let tenantId: string;
  let ownerEmail: string;
  let clientId: string;
  let otherClientId: string;
  const tenantName = 'Acceptance Agency';

  const issue = (options: Partial<Parameters<DocumentFixtures['issue']>[0]> = {}): Promise<BillingDocument> =>
    fixtures.issue({ tenantId, tenantName, clientId, clientName: 'Globex', ...options });
  const stored = async (id: string): Promise<BillingDocument> => {
    const document = await fixtures.find(tenantId, id);
    if (!document) throw new Error('missing');
    return document;
  };
  const accept = (api: Api, id: string, body: object = { signerName: 'Grace Hopper', comment: 'Go ahead' }) =>
    api.post<ClientDocument & Problem & { document: ClientDocument; evidence: Evidence }>(
      `/quotes/${id}/accept`,
      body,
    );

  async function verify(acceptanceId: string, pdf: Uint8Array, contentType = 'application/pdf') {
    const path = `/public/acceptances/${acceptanceId}/verify`;
    const response = await fetch(`${platform.url}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: Buffer.from(pdf),
    });
    const body = (await response.json()) as { matches: boolean; acceptance: { state: string } } & Problem;
    assertDeclaredShape('POST', path, response.status, body);
    return { status: response.status, body };
  }

  beforeAll(async () => {
    platform = await Platform.start();
    fixtures = new DocumentFixtures(platform);
    const api = new Api(platform.url);
    as.anonymous = api;
    const agency = await createTenant(platform, { name: tenantName });
    tenantId = agency.tenantId;
    ownerEmail = agency.owner.email;
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, tenantId, role, `The ${role}`);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    clientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    otherClientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Hooli' })).body.id;
    const contact = await addClientUser(platform, tenantId, clientId, 'Grace Hopper');
    as.client = api.as(await passwordToken(contact.email, contact.password));
    const rival = await addClientUser(platform, tenantId, otherClientId, 'Gavin Belson');
    as.otherClient = api.as(await passwordToken(rival.email, rival.password));
  }, 180_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('lists a client its issued documents by kind, year and quarter, never drafts or internal fields', async () => {
    const quote = await issue({ issueDate: '2026-02-10' });
    const invoice = await issue({ kind: 'invoice', issueDate: '2025-11-03' });
    await issue({ status: 'draft' });
    const all = await as.client.get<{ documents: ClientDocument[]; kinds: string[]; years: number[] }>(
      '/portal/documents',
    );
    expect(all.status).toBe(200);
    expect(all.body.documents.map((document) => document.id).sort()).toEqual([quote.id, invoice.id].sort());
    expect(all.body.kinds.sort()).toEqual(['invoice', 'quote']);
    expect(all.body.years).toEqual([2026, 2025]);
    expect(JSON.stringify(all.body)).not.toMatch(/createdBy|internal-staff-id/);
    const q1 = await as.client.get<{ documents: ClientDocument[] }>('/portal/documents?year=2026&quarter=1');
    expect(q1.body.documents.map((document) => document.id)).toEqual([quote.id]);
    const q2 = await as.client.get<{ documents: ClientDocument[] }>('/portal/documents?year=2026&quarter=2');
    expect(q2.body.documents).toEqual([]);
    const quotes = await as.client.get<{ documents: ClientDocument[] }>('/portal/documents?kind=invoice');
    expect(quotes.body.documents.map((document) => document.id)).toEqual([invoice.id]);
    const badQuarter = await as.client.get<Problem>('/portal/documents?year=2026&quarter=5');
    expect(badQuarter.status).toBe(400);
    expect(badQuarter.body.violations?.[0]?.field).toBe('quarter');
    // Staff name the client; a client user naming another client learns nothing.
    expect((await as.member.get(`/portal/documents?clientId=${clientId}`)).status).toBe(200);
    expect((await as.member.get('/portal/documents')).status).toBe(400);
    expect((await as.client.get(`/portal/documents?clientId=${otherClientId}`)).status).toBe(404);
    expect((await as.otherClient.get<{ documents: unknown[] }>('/portal/documents')).body.documents).toEqual(
      [],
    );
  });

  it('records an acceptance with the SHA-256 of the PDF the client downloads, verified publicly', async () => {
    const quote = await issue();
    const pdf = await as.client.get<Buffer>(`/portal/documents/${quote.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    // Deterministic: the same document renders the same bytes.
    const again = await as.client.get<Buffer>(`/portal/documents/${quote.id}/pdf`);
    expect(sha256(again.body)).toBe(sha256(pdf.body));

    // The typed name is required, named in the refusal, and nothing changes.
    const unsigned = await accept(as.client, quote.id, { signerName: '   ', comment: '' });
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.violations).toEqual([
      expect.objectContaining({ field: 'signerName', code: 'required' }),
    ]);
    expect(await stored(quote.id)).toEqual(quote);

    const accepted = await accept(as.client, quote.id);
    expect(accepted.status).toBe(200);
    const { document, evidence } = accepted.body;
    expect(document.status).toBe('accepted');
    expect(document.answerable).toBe(false);
    expect(evidence).toMatchObject({
      decision: 'accepted',
      signerName: 'Grace Hopper',
      state: 'valid',
      revision: 1,
      pdfSha256: sha256(pdf.body),
    });
    expect(evidence.acceptanceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(evidence.userEmail).toMatch(/@client\.test$/);
    expect(evidence.ipAddress).toMatch(/127\.0\.0\.1/);
    expect(evidence.userAgent).not.toBe('');
    const after = await stored(quote.id);
    expect(after).toMatchObject({ status: 'accepted', version: quote.version + 1 });
    expect(after.answer).toMatchObject({ acceptanceId: evidence.acceptanceId, pdfSha256: sha256(pdf.body) });

    // Answered once: a second answer is refused and changes nothing.
    const twice = await accept(as.client, quote.id);
    expect(twice.status).toBe(409);
    expect(twice.body.reason).toBe('quote.already_answered');
    expect(await stored(quote.id)).toEqual(after);

    // The public page: what was answered, by whom, when, with which hash; no amounts.
    const publicView = await as.anonymous.get(`/public/acceptances/${evidence.acceptanceId}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body).toMatchObject({
      number: quote.number,
      decision: 'accepted',
      signerName: 'Grace Hopper',
      pdfSha256: sha256(pdf.body),
      state: 'valid',
      buyerName: 'Globex',
    });
    expect(JSON.stringify(publicView.body)).not.toMatch(
      /(?<![\w-])(180000|1800)(?![\w-])|total|ipAddress|userEmail|clientId/i,
    );
    expect((await verify(evidence.acceptanceId, pdf.body)).body.matches).toBe(true);
    const tampered = Buffer.from(pdf.body);
    tampered[tampered.length - 20] = (tampered[tampered.length - 20] ?? 0) ^ 1;
    expect((await verify(evidence.acceptanceId, tampered)).body.matches).toBe(false);
    expect((await verify(evidence.acceptanceId, new Uint8Array(0))).status).toBe(400);
    expect((await verify(evidence.acceptanceId, pdf.body, 'application/json')).status).toBe(400);
    const copy = await as.anonymous.get<Buffer>(`/public/acceptances/${evidence.acceptanceId}/document.pdf`);
    expect(sha256(copy.body)).toBe(sha256(pdf.body));
    expect((await as.anonymous.get('/public/acceptances/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );

    // Staff are told by e-mail, with the evidence's link.
    const mail = await waitForMail(ownerEmail, {
      subject: `accepted quote ${quote.number}`,
      timeoutMs: 30_000,
    });
    expect(mail.Text).toContain(`/verify/${evidence.acceptanceId}`);
  });

  it('refuses expired, void, draft, foreign and staff answers, leaving the quote as it was', async () => {
    const expired = await issue({ dueDate: '2024-01-31' });
    const refused = await accept(as.client, expired.id);
    expect(refused.status).toBe(409);
    expect(refused.body.reason).toBe('quote.expired');
    expect(refused.body.detail).toContain('2024-01-31');
    expect(await stored(expired.id)).toEqual(expired);

    const voided = await issue({ status: 'void' });
    expect((await accept(as.client, voided.id)).body.reason).toBe('quote.void');
    expect(await stored(voided.id)).toEqual(voided);

    const draft = await issue({ status: 'draft' });
    expect((await accept(as.client, draft.id)).status).toBe(404);
    expect(await stored(draft.id)).toEqual(draft);

    const quote = await issue();
    expect((await accept(as.otherClient, quote.id)).status).toBe(404);
    for (const role of STAFF_ROLES) expect((await accept(as[role], quote.id)).status).toBe(403);
    expect((await accept(as.anonymous, quote.id)).status).toBe(401);
    const invoice = await issue({ kind: 'invoice' });
    expect((await accept(as.client, invoice.id)).body.reason).toBe('quote.not_a_quote');
    expect(await stored(quote.id)).toEqual(quote);
    expect(await stored(invoice.id)).toEqual(invoice);
  });

  it('of concurrent answers to one quote exactly one wins', async () => {
    const quote = await issue();
    const answers = await Promise.all(
      [0, 1, 2, 3, 4].map((index) =>
        index % 2 === 0
          ? accept(as.client, quote.id, { signerName: `Signer ${index}`, comment: '' })
          : as.client.post<Problem>(`/quotes/${quote.id}/reject`, { signerName: `Signer ${index}` }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    const acceptances = await as.owner.get<{ acceptances: Evidence[] }>(`/quotes/${quote.id}/acceptances`);
    expect(acceptances.body.acceptances).toHaveLength(1);
    const document = await stored(quote.id);
    expect(document.answer?.acceptanceId).toBe(acceptances.body.acceptances[0]?.acceptanceId);
    expect(document.status).toBe(acceptances.body.acceptances[0]?.decision);
  });

  it('rejects with a comment, then a revision voids the answer; the next revision is answered anew', async () => {
    const quote = await issue();
    const rejected = await as.client.post<{ document: ClientDocument; evidence: Evidence }>(
      `/quotes/${quote.id}/reject`,
      { signerName: 'Grace Hopper', comment: 'Too expensive for now.' },
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body.document.status).toBe('rejected');
    const first = rejected.body.evidence;
    const pdf = await as.anonymous.get<Buffer>(`/public/acceptances/${first.acceptanceId}/document.pdf`);

    // Only documents.edit revises; a stale version is told the quote changed.
    for (const role of ['member'] as const)
      expect((await as[role].post(`/quotes/${quote.id}/revise`, {})).status).toBe(403);
    expect((await as.client.post(`/quotes/${quote.id}/revise`, {})).status).toBe(403);
    const stale = await as.manager.post<Problem>(`/quotes/${quote.id}/revise`, { expectedVersion: 1 });
    expect(stale.status).toBe(409);
    const revised = await as.manager.post<ClientDocument>(`/quotes/${quote.id}/revise`, {
      expectedVersion: quote.version + 1,
    });
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({ status: 'draft', number: quote.number, answer: null });
    expect((await as.manager.post<Problem>(`/quotes/${quote.id}/revise`, {})).body.reason).toBe(
      'quote.already_draft',
    );
    // The draft is out of the client's sight; the evidence now says "voided", and still matches its PDF.
    expect((await as.client.get(`/portal/documents/${quote.id}`)).status).toBe(404);
    const publicView = await as.anonymous.get<{ state: string; voidReason: string }>(
      `/public/acceptances/${first.acceptanceId}`,
    );
    expect(publicView.body).toMatchObject({ state: 'voided', voidReason: 'A changed version was issued' });
    const verified = await verify(first.acceptanceId, pdf.body);
    expect(verified.body).toMatchObject({ matches: true, acceptance: { state: 'voided' } });

    // Issued again (same number, next revision): answered anew with its own evidence.
    const lines = quote.lines.map((line) => ({ ...line, description: 'Brand workshop, phase 2 in January' }));
    await fixtures.reissue(tenantId, quote.id, { lines });
    const accepted = await accept(as.client, quote.id);
    expect(accepted.status).toBe(200);
    expect(accepted.body.evidence.revision).toBe(2);
    expect(accepted.body.evidence.acceptanceId).not.toBe(first.acceptanceId);
    expect(accepted.body.evidence.pdfSha256).not.toBe(first.pdfSha256);
    const history = await as.member.get<{ acceptances: Evidence[] }>(`/quotes/${quote.id}/acceptances`);
    expect(history.body.acceptances.map((evidence) => [evidence.revision, evidence.state])).toEqual([
      [2, 'valid'],
      [1, 'voided'],
    ]);
  });

  it('keeps comments on the document for both sides and e-mails the staff when the client writes', async () => {
    const quote = await issue();
    const empty = await as.client.post<Problem>(`/documents/${quote.id}/comments`, { body: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.violations?.[0]).toMatchObject({ field: 'body', code: 'required' });
    const tooLong = await as.client.post<Problem>(`/documents/${quote.id}/comments`, {
      body: 'x'.repeat(4001),
    });
    expect(tooLong.body.violations?.[0]).toMatchObject({ field: 'body', code: 'too_long' });
    const first = await as.client.post(`/documents/${quote.id}/comments`, {
      body: 'Can phase 2 start in January?',
    });
    expect(first.status).toBe(201);
    const second = await as.member.post(`/documents/${quote.id}/comments`, { body: 'Yes, we can.' });
    expect(second.status).toBe(201);
    const thread = await as.client.get<{
      comments: { body: string; author: { kind: string; userId: string } }[];
    }>(`/documents/${quote.id}/comments`);
    expect(thread.body.comments.map((comment) => comment.body)).toEqual([
      'Can phase 2 start in January?',
      'Yes, we can.',
    ]);
    // A client user is not told the agency's internal user ids.
    expect(thread.body.comments[1]?.author).toEqual({ kind: 'staff', userId: '', name: 'The member' });
    const paged = await as.owner.get<{ comments: unknown[]; page: { nextPageToken: string } }>(
      `/documents/${quote.id}/comments?pageSize=1`,
    );
    expect(paged.body.comments).toHaveLength(1);
    const rest = await as.owner.get<{ comments: { body: string }[] }>(
      `/documents/${quote.id}/comments?pageSize=1&pageToken=${paged.body.page.nextPageToken}`,
    );
    expect(rest.body.comments.map((comment) => comment.body)).toEqual(['Yes, we can.']);
    expect((await as.otherClient.get(`/documents/${quote.id}/comments`)).status).toBe(404);
    expect((await as.otherClient.post(`/documents/${quote.id}/comments`, { body: 'Hi' })).status).toBe(404);
    const mail = await waitForMail(ownerEmail, {
      subject: `New comment on ${quote.number}`,
      timeoutMs: 30_000,
    });
    expect(mail.Text).toContain('Can phase 2 start in January?');
  });

  it('answers every route for every role as declared (the permission matrix)', async () => {
    const quote = await issue();
    const answered = await issue();
    const acceptanceId = (await accept(as.client, answered.id)).body.evidence.acceptanceId;
    const pdf = (await as.client.get<Buffer>(`/portal/documents/${answered.id}/pdf`)).body;
    const staff = (status: number) => Object.fromEntries(STAFF_ROLES.map((role) => [role, status]));
    const matrix: {
      name: string;
      call: (api: Api) => Promise<ApiResponse>;
      expected: Record<Role, number>;
    }[] = [
      {
        name: 'GET /portal/documents',
        call: (api) => api.get(`/portal/documents?clientId=${clientId}`),
        expected: { ...staff(200), client: 200, otherClient: 404, anonymous: 401 } as Record<Role, number>,
      },
      {
        name: 'GET /portal/documents/:id',
        call: (api) => api.get(`/portal/documents/${quote.id}`),
        expected: { ...staff(200), client: 200, otherClient: 404, anonymous: 401 } as Record<Role, number>,
      },
      {
        name: 'GET /portal/documents/:id/pdf',
        call: (api) => api.get(`/portal/documents/${quote.id}/pdf`),
        expected: { ...staff(200), client: 200, otherClient: 404, anonymous: 401 } as Record<Role, number>,
      },
      {
        name: 'POST /quotes/:id/reject (refused before any change)',
        call: (api) => api.post(`/quotes/${quote.id}/reject`, { signerName: '' }),
        expected: { ...staff(403), client: 400, otherClient: 404, anonymous: 401 } as Record<Role, number>,
      },
      {
        name: 'POST /quotes/:id/revise (a stale version: allowed callers reach the check)',
        call: (api) => api.post(`/quotes/${quote.id}/revise`, { expectedVersion: 999 }),
        expected: {
          owner: 409,
          admin: 409,
          manager: 409,
          member: 403,
          client: 403,
          otherClient: 403,
          anonymous: 401,
        },
      },
      {
        name: 'GET /quotes/:id/acceptances',
        call: (api) => api.get(`/quotes/${answered.id}/acceptances`),
        expected: { ...staff(200), client: 200, otherClient: 404, anonymous: 401 } as Record<Role, number>,
      },
      {
        name: 'GET /documents/:id/comments',
        call: (api) => api.get(`/documents/${quote.id}/comments`),
        expected: { ...staff(200), client: 200, otherClient: 404, anonymous: 401 } as Record<Role, number>,
      },
      {
        name: 'POST /documents/:id/comments (empty: allowed callers reach the check)',
        call: (api) => api.post(`/documents/${quote.id}/comments`, { body: '' }),
        expected: { ...staff(400), client: 400, otherClient: 404, anonymous: 401 } as Record<Role, number>,
      },
      {
        name: 'GET /public/acceptances/:id',
        call: (api) => api.get(`/public/acceptances/${acceptanceId}`),
        expected: { ...staff(200), client: 200, otherClient: 200, anonymous: 200 } as Record<Role, number>,
      },
      {
        name: 'GET /public/acceptances/:id/document.pdf',
        call: (api) => api.get(`/public/acceptances/${acceptanceId}/document.pdf`),
        expected: { ...staff(200), client: 200, otherClient: 200, anonymous: 200 } as Record<Role, number>,
      },
    ];
    const seen: Record<string, Record<string, number>> = {};
    const wanted: Record<string, Record<string, number>> = {};
    for (const entry of matrix) {
      const statuses: Record<string, number> = {};
      for (const role of ROLES) statuses[role] = (await entry.call(as[role])).status;
      seen[entry.name] = statuses;
      wanted[entry.name] = entry.expected;
    }
    expect(seen).toEqual(wanted);
    // Verify is public too; the quote was left exactly as it was by every refused call.
    expect((await verify(acceptanceId, pdf)).status).toBe(200);
    expect(await stored(quote.id)).toEqual(quote);
  });

  it('rate-limits the public verification routes per address', async () => {
    const quote = await issue();
    const acceptanceId = (await accept(as.client, quote.id)).body.evidence.acceptanceId;
    let limited: ApiResponse<Problem> | undefined;
    for (let attempt = 0; attempt < 80 && !limited; attempt++) {
      const response = await as.anonymous.get<Problem>(`/public/acceptances/${acceptanceId}`);
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(200);
    }
    expect(limited?.body.reason).toBe('public.rate_limited');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

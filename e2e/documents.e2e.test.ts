import { passwordToken, uniqueName, waitForMail } from '@client-portal/testing';
import { Api, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Doc {
  id: string;
  kind: string;
  status: string;
  displayStatus: string;
  number: string;
  version: number;
  revision: number;
  clientId: string;
  lines: { description: string; quantityMilli: string; unitPriceMinor: string; totalMinor: string }[];
  totalMinor: string;
  creditedMinor: string;
  amountDueMinor: string;
  currency: string;
  dueDate: string;
  issueDate: string;
  depositBasisPoints: number;
  sentAt: string;
  viewedAt: string;
  voidReason: string;
  createdBy: string;
}
interface Problem {
  code: string;
  reason?: string;
  violations?: { field: string; code?: string }[];
}

const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const;
type Who = (typeof STAFF_ROLES)[number] | 'client' | 'otherClient';
const EVERYONE: Who[] = [...STAFF_ROLES, 'client', 'otherClient'];

const line = (
  description: string,
  quantityMilli = 2000,
  unitPriceMinor = 50_000,
  taxRateBasisPoints = 2000,
) => ({
  description,
  quantityMilli,
  unitPriceMinor,
  taxRateBasisPoints,
});

/**
 * The billing documents API through the gateway on the real platform: every "bad input" rule of
 * issue 9 that belongs to documents (refused, naming the field or rule, nothing stored changed),
 * numbering under concurrency, conversion and credit limits, and the permission matrix of every route
 * for each staff role, a client user and another client's user.
 */
describe('billing documents over REST', () => {
  let platform: Platform;
  const as = {} as Record<Who, Api>;
  let clientId: string;
  let otherClientId: string;
  const year = new Date().getUTCFullYear();

  const draft = async (who: Api, kind = 'invoice', lines = [line('Design')]) => {
    const created = await who.post<Doc>(`/clients/${clientId}/documents`, { kind, lines });
    expect(created.status).toBe(201);
    return created.body;
  };
  const issued = async (kind = 'invoice', lines = [line('Design')]) => {
    const created = await draft(as.manager, kind, lines);
    const done = await as.manager.post<Doc>(`/documents/${created.id}/issue`, {
      expectedVersion: created.version,
    });
    expect(done.status).toBe(200);
    return done.body;
  };
  const stored = async (id: string) => (await as.owner.get<Doc>(`/documents/${id}`)).body;
  /** Stands in for the acceptance slice (the client's answer), which is not merged yet. */
  const accept = async (quoteId: string) => {
    const db = platform.runtimes.get('billing')?.connection.db;
    if (!db) throw new Error('billing is not running');
    await db
      .collection<{ _id: string }>('documents')
      .updateOne({ _id: quoteId }, { $set: { status: 'accepted' } });
  };
  const refused = (response: ApiResponse, status: number, expected: Partial<Problem>) => {
    expect({ status: response.status, ...(response.body as Problem) }).toMatchObject({ status, ...expected });
  };

  beforeAll(async () => {
    platform = await Platform.start();
    const api = new Api(platform.url);
    const { tenantId, owner } = await createTenant(platform, {
      name: 'Documents Agency',
      password: 'Owner-Pass-2026',
    });
    as.owner = api.as(await passwordToken(owner.email, owner.password));
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
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('refuses bad input naming the field or the rule, and leaves the stored document exactly as it was', async () => {
    const created = await draft(as.manager, 'invoice', [line('Design')]);
    const before = await stored(created.id);
    const put = (changes: Record<string, unknown>) =>
      as.manager.request('PUT', `/documents/${created.id}`, {
        expectedVersion: before.version,
        lines: [line('Design')],
        ...changes,
      });

    refused(await put({ lines: [line('Design', -1000)] }), 400, {
      violations: [expect.objectContaining({ field: 'lines[0].quantityMilli', code: 'too_small' })],
    });
    refused(await put({ lines: [line('Design', 0)] }), 400, {
      violations: [expect.objectContaining({ field: 'lines[0].quantityMilli' })],
    });
    refused(await put({ currency: 'QQQ' }), 400, {
      violations: [expect.objectContaining({ field: 'currency' })],
    });
    refused(await put({ lines: [line('Design', 1000, 100, 12_000)] }), 400, {
      violations: [expect.objectContaining({ field: 'lines[0].taxRateBasisPoints' })],
    });
    refused(await put({ issueDate: `${year}-06-10`, dueDate: `${year}-06-01` }), 400, {
      violations: [expect.objectContaining({ field: 'dueDate', code: 'before_issue_date' })],
    });
    expect(await stored(created.id)).toEqual(before);

    // A refused draft is not created at all.
    const countDrafts = async () =>
      (await as.owner.get<{ documents: Doc[] }>(`/clients/${clientId}/documents?status=draft&pageSize=100`))
        .body.documents.length;
    const drafts = await countDrafts();
    refused(
      await as.manager.post(`/clients/${clientId}/documents`, {
        kind: 'quote',
        currency: 'EUR',
        lines: [line('x', -5)],
      }),
      400,
      {
        violations: [expect.objectContaining({ field: 'lines[0].quantityMilli' })],
      },
    );
    expect(await countDrafts()).toBe(drafts);

    // A stale version is told the document changed meanwhile.
    const saved = await put({ notes: 'First save' });
    expect(saved.status).toBe(200);
    refused(await put({ notes: 'Second save' }), 409, {
      code: 'FAILED_PRECONDITION',
      reason: 'document.changed_meanwhile',
    });

    // Issued: editing and deleting are refused, naming the rule; nothing changes.
    const fresh = await stored(created.id);
    const done = (
      await as.manager.post<Doc>(`/documents/${created.id}/issue`, { expectedVersion: fresh.version })
    ).body;
    expect(done.status).toBe('issued');
    expect(done.number).toMatch(new RegExp(`^INV-${year}-\\d{4}$`));
    const afterIssue = await stored(created.id);
    refused(
      await as.manager.request('PUT', `/documents/${created.id}`, {
        expectedVersion: afterIssue.version,
        lines: [line('Changed')],
      }),
      409,
      {
        code: 'FAILED_PRECONDITION',
        reason: 'document.not_draft',
      },
    );
    refused(
      await as.manager.request('DELETE', `/documents/${created.id}?expectedVersion=${afterIssue.version}`),
      409,
      {
        reason: 'document.not_draft',
      },
    );
    refused(
      await as.manager.post(`/documents/${created.id}/issue`, { expectedVersion: afterIssue.version }),
      409,
      {
        reason: 'document.not_draft',
      },
    );
    expect(await stored(created.id)).toEqual(afterIssue);
  });

  it('numbers concurrent issues gap-free per kind and year', async () => {
    const drafts = await Promise.all(
      Array.from({ length: 8 }, (_, index) => draft(as.manager, 'delivery_note', [line(`Box ${index}`)])),
    );
    const numbers = await Promise.all(
      drafts.map(async (created) => {
        const response = await as.manager.post<Doc>(`/documents/${created.id}/issue`, {
          expectedVersion: created.version,
        });
        expect(response.status).toBe(200);
        return response.body.number;
      }),
    );
    expect(numbers.sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((sequence) => `DEL-${year}-000${sequence}`));
  });

  it('turns an accepted quote into a deposit then its balance; refuses a second full conversion and deposits past 100 %', async () => {
    const quote = await issued('quote', [line('Website', 10_000, 100_000)]);
    refused(await as.manager.post(`/documents/${quote.id}/convert`, { mode: 'full' }), 409, {
      reason: 'quote.not_accepted',
    });
    await accept(quote.id);
    const deposit = await as.manager.post<Doc>(`/documents/${quote.id}/convert`, {
      mode: 'deposit',
      depositBasisPoints: 3000,
    });
    expect(deposit.status).toBe(201);
    expect(deposit.body).toMatchObject({
      kind: 'invoice',
      status: 'draft',
      depositBasisPoints: 3000,
      totalMinor: '360000',
    });
    expect(deposit.body.lines[0]?.description).toBe(`Deposit 30 % of ${quote.number}`);
    refused(
      await as.manager.post(`/documents/${quote.id}/convert`, { mode: 'deposit', depositBasisPoints: 8000 }),
      400,
      {
        violations: [expect.objectContaining({ field: 'depositBasisPoints', code: 'too_big' })],
      },
    );
    refused(await as.manager.post(`/documents/${quote.id}/convert`, { mode: 'full' }), 409, {
      reason: 'quote.has_deposits',
    });
    const balance = await as.manager.post<Doc>(`/documents/${quote.id}/convert`, { mode: 'balance' });
    expect(balance.body.totalMinor).toBe(String(Number(quote.totalMinor) - 360_000));
    refused(await as.manager.post(`/documents/${quote.id}/convert`, { mode: 'balance' }), 409, {
      reason: 'quote.already_invoiced',
    });
  });

  it('credits an issued invoice up to what is left, and the invoice owes less', async () => {
    const invoice = await issued('invoice', [line('Design', 1000, 100_000)]); // 1 000.00 + 20 %
    const part = await as.manager.post<Doc>(`/documents/${invoice.id}/credit-notes`, {
      lines: [line('Refund', 1000, 40_000)],
    });
    expect(part.status).toBe(201);
    await as.manager.post(`/documents/${part.body.id}/issue`, { expectedVersion: part.body.version });
    expect(await stored(invoice.id)).toMatchObject({ creditedMinor: '48000', amountDueMinor: '72000' });
    refused(await as.manager.post(`/documents/${invoice.id}/credit-notes`, {}), 400, {
      violations: [expect.objectContaining({ field: 'lines', code: 'too_big' })],
    });
    const draftInvoice = await draft(as.manager);
    refused(await as.manager.post(`/documents/${draftInvoice.id}/credit-notes`, {}), 409, {
      reason: 'credit_note.invoice_not_issued',
    });
  });

  it('sends, is viewed once by the client (never by staff), and voids with a reason keeping its number', async () => {
    const invoice = await issued();
    refused(await as.manager.post(`/documents/${invoice.id}/send`, {}), 400, {
      violations: [expect.objectContaining({ field: 'recipients' })],
    });
    const recipient = `${uniqueName('grace')}@globex.test`;
    const sent = await as.manager.post<Doc>(`/documents/${invoice.id}/send`, {
      recipients: [{ email: recipient, name: 'Grace Hopper', language: 'fr' }],
      message: 'Voici la facture',
    });
    expect(sent.body.displayStatus).toBe('sent');
    // notification e-mails it in the recipient's language, with the amount and the portal link.
    const mail = await waitForMail(recipient, { timeoutMs: 30_000 });
    expect(mail.Subject).toBe(`Documents Agency : la facture ${invoice.number}`);
    expect(mail.Text).toContain('Voici la facture');
    expect(mail.Text).toMatch(/1\s200,00\s€/);
    expect(mail.Text).toContain(`/portal/billing/${invoice.id}`);
    expect((await as.owner.get<Doc>(`/documents/${invoice.id}`)).body.viewedAt).toBe('');
    const seen = await as.client.get<Doc>(`/documents/${invoice.id}`);
    expect(seen.body).toMatchObject({ displayStatus: 'viewed', createdBy: '' });
    expect((await as.client.get<Doc>(`/documents/${invoice.id}`)).body.viewedAt).toBe(seen.body.viewedAt);
    refused(await as.admin.post(`/documents/${invoice.id}/void`, { reason: '' }), 400, {
      violations: [expect.objectContaining({ field: 'reason' })],
    });
    const voided = await as.admin.post<Doc>(`/documents/${invoice.id}/void`, { reason: 'Wrong client' });
    expect(voided.body).toMatchObject({
      status: 'void',
      number: invoice.number,
      voidReason: 'Wrong client',
      amountDueMinor: '0',
    });
    // The old invoice routes answer from documents.
    expect((await as.client.get<{ status: string }>(`/invoices/${invoice.id}`)).body.status).toBe('void');
  });

  it('answers every route by role: staff by permission, a client user their own issued documents only, another client 404', async () => {
    const quote = await issued('quote');
    const hidden = await draft(as.manager, 'quote');
    const expectFor = async (
      label: string,
      call: (who: Api) => Promise<ApiResponse>,
      statuses: Record<Who, number>,
    ) => {
      for (const who of EVERYONE) {
        const response = await call(as[who]);
        expect({ label, who, status: response.status }).toEqual({ label, who, status: statuses[who] });
      }
    };
    const read = { owner: 200, admin: 200, manager: 200, member: 200, client: 200, otherClient: 404 };
    const edit = { owner: 201, admin: 201, manager: 201, member: 403, client: 403, otherClient: 403 };
    await expectFor('GET /documents/:id', (who) => who.get(`/documents/${quote.id}`), read);
    await expectFor('GET /documents/:id/pdf', (who) => who.get(`/documents/${quote.id}/pdf`), read);
    await expectFor('GET draft', (who) => who.get(`/documents/${hidden.id}`), { ...read, client: 404 });
    await expectFor('GET /documents', (who) => who.get('/documents'), { ...read, otherClient: 200 });
    await expectFor('GET /clients/:id/documents', (who) => who.get(`/clients/${clientId}/documents`), {
      ...read,
      otherClient: 200,
    });
    await expectFor(
      'POST /clients/:id/documents',
      (who) => who.post(`/clients/${clientId}/documents`, { kind: 'quote', lines: [line('x')] }),
      edit,
    );
    await expectFor(
      'POST duplicate',
      (who) => who.post(`/documents/${quote.id}/duplicate`, { kind: 'proforma' }),
      edit,
    );
    await expectFor(
      'PUT draft',
      async (who) =>
        who.request('PUT', `/documents/${hidden.id}`, {
          expectedVersion: (await stored(hidden.id)).version,
          notes: 'n',
        }),
      {
        ...edit,
        owner: 200,
        admin: 200,
        manager: 200,
      },
    );
    await expectFor(
      'POST send',
      (who) => who.post(`/documents/${quote.id}/send`, { recipients: [{ email: 'a@b.test' }] }),
      { ...edit, owner: 200, admin: 200, manager: 200 },
    );
    await expectFor('POST convert', (who) => who.post(`/documents/${quote.id}/convert`, { mode: 'full' }), {
      ...edit,
      owner: 409,
      admin: 409,
      manager: 409,
    });
    await expectFor('POST credit-notes', (who) => who.post(`/documents/${quote.id}/credit-notes`, {}), {
      ...edit,
      owner: 409,
      admin: 409,
      manager: 409,
    });
    const issueStatuses = {
      owner: 200,
      admin: 200,
      manager: 200,
      member: 403,
      client: 403,
      otherClient: 403,
    };
    for (const who of EVERYONE) {
      const target = await draft(as.manager, 'proforma');
      const response = await as[who].post(`/documents/${target.id}/issue`, {
        expectedVersion: target.version,
      });
      expect({ who, status: response.status }).toEqual({ who, status: issueStatuses[who] });
      const removable = await draft(as.manager, 'proforma');
      const removed = await as[who].request(
        'DELETE',
        `/documents/${removable.id}?expectedVersion=${removable.version}`,
      );
      expect({ who, status: removed.status }).toEqual({ who, status: issueStatuses[who] });
    }
    const voidStatuses = { owner: 200, admin: 200, manager: 403, member: 403, client: 403, otherClient: 403 };
    for (const who of EVERYONE) {
      const target = await issued('proforma');
      const response = await as[who].post(`/documents/${target.id}/void`, { reason: 'Test' });
      expect({ who, status: response.status }).toEqual({ who, status: voidStatuses[who] });
    }
    // What client users list: their client's issued documents, no createdBy, no drafts; the other client none of them.
    const mine = (await as.client.get<{ documents: Doc[] }>('/documents?pageSize=100')).body.documents;
    expect(mine.length).toBeGreaterThan(0);
    expect(
      mine.every(
        (document) =>
          document.clientId === clientId && document.status !== 'draft' && document.createdBy === '',
      ),
    ).toBe(true);
    expect((await as.client.get<{ documents: Doc[] }>('/documents?status=draft')).body.documents).toEqual([]);
    // Year and quarter of the issue date.
    const quarter = Math.floor(new Date().getUTCMonth() / 3) + 1;
    const thisQuarter = (
      await as.owner.get<{ documents: Doc[] }>(
        `/documents?year=${year}&quarter=${quarter}&kind=quote&pageSize=100`,
      )
    ).body.documents;
    expect(thisQuarter.map((document) => document.id)).toContain(quote.id);
    expect(thisQuarter.every((document) => document.kind === 'quote' && document.status !== 'draft')).toBe(
      true,
    );
    expect((await as.owner.get<{ documents: Doc[] }>(`/documents?year=${year - 1}`)).body.documents).toEqual(
      [],
    );
    const theirs = (await as.otherClient.get<{ documents: Doc[] }>(`/clients/${clientId}/documents`)).body
      .documents;
    expect(theirs.filter((document) => document.clientId === clientId)).toEqual([]);
  });
});

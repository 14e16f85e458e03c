import { createHash } from 'node:crypto';
import { passwordToken } from '@client-portal/testing';
import { isDomainError, type DomainError } from '@client-portal/kit';
import type { PartnerApi } from '@client-portal/contracts';
import { partnerPrincipal, type PartnerCall } from '../services/gateway/src/partner/call.js';
import type { PartnerMethods } from '../services/gateway/src/partner/call.js';
import { documentsResource } from '../services/gateway/src/partner/resources/documents.js';
import { paymentsResource } from '../services/gateway/src/partner/resources/payments.js';
import { Api } from './support/http.js';
import { addClientUser, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

type Doc = PartnerApi.Document__Output;
type Pay = PartnerApi.Payment__Output;
type DocPage = PartnerApi.ListDocumentsResponse__Output;
type PayPage = PartnerApi.ListPaymentsResponse__Output;

/** The n-th item, which the test expects to be there. */
function nth<T>(items: T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

const SCOPES = ['documents:read', 'documents:write', 'payments:read', 'payments:write'];

function callOf(tenantId: string, applicationId: string): PartnerCall {
  const application = {
    applicationId,
    tenantId,
    name: 'Acme Books',
    scopes: SCOPES,
    rateLimitPerMinute: 600,
  };
  return {
    application,
    principal: partnerPrincipal(application),
    signal: new AbortController().signal,
    correlationId: 't',
  };
}

const options = (over: Partial<PartnerApi.ListOptions__Output> = {}): PartnerApi.ListOptions__Output => ({
  pageSize: 0,
  pageToken: '',
  updatedSince: '',
  ...over,
});

const line = (unitPriceMinor: number, quantityMilli = 1000): PartnerApi.DocumentLineInput__Output => ({
  description: 'Bookkeeping export',
  quantityMilli: String(quantityMilli),
  unit: 'day',
  unitPriceMinor: String(unitPriceMinor),
  taxRateBasisPoints: 2000,
});

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/**
 * The partner DocumentService and PaymentService handlers over the REAL services (billing, crm,
 * identity): mapping without internal fields, the sync order and updated_since after every kind of
 * change (issue, payment, refund, view, void), validation naming public fields with nothing stored,
 * another tenant's ids, page tokens bound to their list. The gRPC transport, tokens and scopes are the
 * seam's (partner-auth tests).
 */
describe('partner API: documents and payments', () => {
  let platform: Platform;
  let owner: Api;
  let tenantId: string;
  let documents: PartnerMethods;
  let payments: PartnerMethods;
  let call: PartnerCall;
  let otherCall: PartnerCall;
  const globex = { id: '', name: 'Globex Partner' };

  function handle<Response>(methods: PartnerMethods, name: string, request: unknown, as = call) {
    const method = methods[name];
    if (!method) throw new Error(`no method ${name}`);
    return method.handle(request as never, as) as Promise<Response>;
  }
  const create = (request: Partial<PartnerApi.CreateDocumentRequest__Output> = {}) =>
    handle<Doc>(documents, 'CreateDocument', {
      idempotencyKey: 'k',
      kind: 'invoice',
      clientId: globex.id,
      currency: '',
      lines: [line(10_000)],
      dueDate: '',
      notes: '',
      language: '',
      ...request,
    });
  const issue = (id: string) => handle<Doc>(documents, 'IssueDocument', { idempotencyKey: 'i', id });
  const invoices = (list: Partial<PartnerApi.ListInvoicesRequest__Output> = {}, as = call) =>
    handle<DocPage>(documents, 'ListInvoices', { options: options(), clientId: '', status: '', ...list }, as);
  const listPayments = (over: Partial<PartnerApi.ListOptions__Output> = {}) =>
    handle<PayPage>(payments, 'ListPayments', {
      options: options(over),
      clientId: '',
    });
  const record = (request: Partial<PartnerApi.RecordPaymentRequest__Output>) =>
    handle<Pay>(payments, 'RecordPayment', {
      idempotencyKey: 'p',
      clientId: globex.id,
      method: 'bank_transfer',
      amount: { amountMinor: '0', currency: 'EUR' },
      allocations: [],
      paidAt: '',
      reference: '',
      ...request,
    });
  /** Everything changed since `since`, paged by 2 in the sync order. */
  async function invoicesSince(since: string): Promise<Doc[]> {
    const all: Doc[] = [];
    let pageToken = '';
    do {
      const page = await invoices({ options: options({ pageSize: 2, pageToken, updatedSince: since }) });
      all.push(...page.documents);
      pageToken = page.nextPageToken;
    } while (pageToken);
    return all;
  }

  beforeAll(async () => {
    platform = await Platform.start();
    const agency = await createTenant(platform, { name: 'Partner Billing Agency' });
    tenantId = agency.tenantId;
    owner = new Api(platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
    globex.id = (await owner.post<{ id: string }>('/clients', { name: globex.name })).body.id;
    const other = await createTenant(platform, { name: 'Other Agency' });
    documents = documentsResource.methods(platform.gateway.backends);
    payments = paymentsResource.methods(platform.gateway.backends);
    call = callOf(tenantId, 'app-1');
    otherCall = callOf(other.tenantId, 'app-2');
  });

  afterAll(async () => {
    await platform.stop();
  });

  it('creates a draft, issues it, serves its PDF, and never shows internal fields', async () => {
    const draft = await create({ kind: 'quote', notes: 'From Acme Books', lines: [line(12_345, 1500)] });
    expect(draft).toMatchObject({
      kind: 'quote',
      status: 'draft',
      number: '',
      clientId: globex.id,
      clientName: globex.name,
      currency: 'EUR',
      language: 'en',
      notes: 'From Acme Books',
      subtotal: { amountMinor: '18518', currency: 'EUR' },
      lines: [
        expect.objectContaining({ quantityMilli: '1500', unitPriceMinor: '12345', totalMinor: '18518' }),
      ],
    });
    // What billing keeps for itself never leaves: the tenant, who created it, versions, the parties.
    const internal = await platform.gateway.backends.documents.getDocument(
      { documentId: draft.id },
      { principal: call.principal },
    );
    expect(internal.createdBy).toBe('partner:app-1');
    const json = JSON.stringify(draft);
    for (const value of [tenantId, internal.createdBy, 'createdBy', 'version', 'seller', 'buyer', 'viewedAt'])
      expect(json).not.toContain(value);

    const issued = await issue(draft.id);
    expect(issued.number).toMatch(/\d/);
    expect(issued).toMatchObject({ id: draft.id, status: 'issued' });
    expect(issued.issuedAt).not.toBe('');
    expect(Date.parse(issued.updatedAt)).toBeGreaterThan(Date.parse(draft.updatedAt) - 1);
    // Issuing twice: billing refuses (final), stored number unchanged.
    expect((await refusal(issue(draft.id))).code).toBe('FAILED_PRECONDITION');

    const pdf = await handle<PartnerApi.DocumentPdf__Output>(documents, 'GetDocumentPdf', { id: draft.id });
    const content = Buffer.from(pdf.content);
    expect(content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf).toMatchObject({ fileName: `${issued.number}.pdf`, contentType: 'application/pdf' });
    expect(pdf.sha256).toBe(createHash('sha256').update(content).digest('hex'));
  });

  it('refuses bad documents naming the public field, and stores nothing', async () => {
    const before = (
      await handle<DocPage>(documents, 'ListDocuments', {
        options: options({ pageSize: 100 }),
        kind: '',
        clientId: globex.id,
        status: '',
      })
    ).documents.length;
    const kind = await refusal(create({ kind: 'proforma' }));
    expect(kind).toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [expect.objectContaining({ field: 'kind' })],
    });
    const lines = await refusal(create({ lines: [line(-5)] }));
    expect(lines.code).toBe('INVALID_ARGUMENT');
    expect(lines.violations.map((violation) => violation.field)).toContain('lines[0].unit_price_minor');
    const currency = await refusal(create({ currency: 'EURO' }));
    expect(currency.violations.map((violation) => violation.field)).toEqual(['currency']);
    expect((await refusal(create({ clientId: '' }))).violations[0]?.field).toBe('client_id');
    const after = (
      await handle<DocPage>(documents, 'ListDocuments', {
        options: options({ pageSize: 100 }),
        kind: '',
        clientId: globex.id,
        status: '',
      })
    ).documents.length;
    expect(after).toBe(before);
  });

  it('lists invoices oldest change first, pages, and syncs every change since an instant', async () => {
    const created: Doc[] = [];
    for (let index = 0; index < 5; index++)
      created.push(await create({ lines: [line(1_000 * (index + 1))] }));
    const synced = await invoicesSince('');
    const ids = synced.map((document) => document.id);
    for (const document of created) expect(ids).toContain(document.id);
    const keys = synced.map((document) => `${document.updatedAt}|${document.id}`);
    expect(keys).toEqual([...keys].sort());

    // Each kind of change moves updated_at: a later sync returns exactly the changed invoices.
    let since = new Date().toISOString();
    const issued = await issue(nth(created, 0).id);
    expect((await invoicesSince(since)).map((document) => document.id)).toEqual([issued.id]);

    since = new Date().toISOString();
    const total = issued.total?.amountMinor ?? '';
    const paid = await record({
      amount: { amountMinor: total, currency: 'EUR' },
      allocations: [{ documentId: issued.id, amountMinor: total }],
      // A bank transfer received days ago: the invoice still changed now.
      paidAt: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10),
      reference: 'VIR 2026-118',
    });
    const afterPayment = await invoicesSince(since);
    expect(afterPayment.map((document) => document.id)).toEqual([issued.id]);
    expect(nth(afterPayment, 0)).toMatchObject({ status: 'paid', amountDue: { amountMinor: '0' } });
    expect(paid).toMatchObject({
      method: 'bank_transfer',
      reference: 'VIR 2026-118',
      amount: { amountMinor: total, currency: 'EUR' },
      allocations: [
        {
          documentId: issued.id,
          documentNumber: issued.number,
          amountMinor: total,
          refundedMinor: '0',
        },
      ],
    });
    expect(JSON.stringify(paid)).not.toContain('partner:app-1');
    expect((await listPayments({ updatedSince: since })).payments.map((payment) => payment.id)).toEqual([
      paid.id,
    ]);

    // A refund (staff, in the app) moves both the payment and its invoice.
    since = new Date().toISOString();
    const refund = await owner.post(`/payments/${paid.id}/refunds`, {
      amountMinor: '500',
      reason: 'Goodwill',
    });
    expect(refund.status).toBe(201);
    const refunded = (await listPayments({ updatedSince: since })).payments;
    expect(refunded.map((payment) => payment.id)).toEqual([paid.id]);
    expect(nth(refunded, 0)).toMatchObject({ refunded: { amountMinor: '500' } });
    expect(JSON.stringify(refunded)).not.toContain('Goodwill');
    expect((await invoicesSince(since)).map((document) => document.id)).toEqual([issued.id]);

    // The client's first view, then a void: each is a change a partner sees.
    const second = await issue(nth(created, 1).id);
    const client = await addClientUser(platform, tenantId, globex.id, 'Grace Reader');
    const clientApi = new Api(platform.url).as(await passwordToken(client.email, client.password));
    since = new Date().toISOString();
    expect((await clientApi.get(`/documents/${second.id}`)).status).toBe(200);
    const viewed = await invoicesSince(since);
    expect(viewed.map((document) => `${document.id}:${document.status}`)).toEqual([`${second.id}:viewed`]);
    since = new Date().toISOString();
    expect((await owner.post(`/documents/${second.id}/void`, { reason: 'Duplicate' })).status).toBe(200);
    const voided = await invoicesSince(since);
    expect(voided.map((document) => `${document.id}:${document.status}`)).toEqual([`${second.id}:void`]);
    expect(nth(voided, 0).voidedAt).not.toBe('');
    expect(JSON.stringify(voided)).not.toContain('Duplicate');
  });

  it('refuses bad payments naming the public field, and records nothing', async () => {
    const invoice = await issue((await create({ lines: [line(4_000)] })).id);
    const before = (await listPayments({ pageSize: 100 })).payments.length;
    const mismatch = await refusal(
      record({
        amount: { amountMinor: '100', currency: 'EUR' },
        allocations: [{ documentId: invoice.id, amountMinor: '200' }],
      }),
    );
    expect(mismatch.violations.map((violation) => violation.field)).toEqual(['amount.amount_minor']);
    const method = await refusal(
      record({
        method: 'card',
        amount: { amountMinor: '100', currency: 'EUR' },
        allocations: [{ documentId: invoice.id, amountMinor: '100' }],
      }),
    );
    expect(method.violations.map((violation) => violation.field)).toEqual(['method']);
    const future = await refusal(
      record({
        amount: { amountMinor: '100', currency: 'EUR' },
        allocations: [{ documentId: invoice.id, amountMinor: '100' }],
        paidAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      }),
    );
    expect(future.violations.map((violation) => violation.field)).toEqual(['paid_at']);
    const currency = await refusal(
      record({
        amount: { amountMinor: '100', currency: 'USD' },
        allocations: [{ documentId: invoice.id, amountMinor: '100' }],
      }),
    );
    expect(currency.violations.map((violation) => violation.field)).toEqual(['amount.currency']);
    expect((await listPayments({ pageSize: 100 })).payments.length).toBe(before);
  });

  it('keeps tenants apart, and binds page tokens to their list and filters', async () => {
    const mine = await create();
    expect((await refusal(handle(documents, 'GetDocument', { id: mine.id }, otherCall))).code).toBe(
      'NOT_FOUND',
    );
    expect((await refusal(handle(documents, 'GetDocumentPdf', { id: mine.id }, otherCall))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await refusal(handle(documents, 'IssueDocument', { idempotencyKey: 'x', id: mine.id }, otherCall)))
        .code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await refusal(
          handle(
            documents,
            'CreateDocument',
            {
              idempotencyKey: 'y',
              kind: 'invoice',
              clientId: globex.id,
              currency: '',
              lines: [line(1)],
              dueDate: '',
              notes: '',
              language: '',
            },
            otherCall,
          ),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect((await invoices({}, otherCall)).documents).toEqual([]);
    expect(
      (
        await refusal(
          handle(
            payments,
            'RecordPayment',
            {
              idempotencyKey: 'z',
              clientId: globex.id,
              method: 'cash',
              amount: { amountMinor: '100', currency: 'EUR' },
              allocations: [{ documentId: mine.id, amountMinor: '100' }],
              paidAt: '',
              reference: '',
            },
            otherCall,
          ),
        )
      ).code,
    ).toBe('NOT_FOUND');

    const first = await invoices({ options: options({ pageSize: 1 }) });
    expect(first.nextPageToken).not.toBe('');
    for (const bad of [
      invoices({ options: options({ pageSize: 1, pageToken: 'not-a-token' }) }),
      invoices({ options: options({ pageSize: 1, pageToken: first.nextPageToken }), status: 'paid' }),
      handle(documents, 'ListDocuments', {
        options: options({ pageSize: 1, pageToken: first.nextPageToken }),
        kind: 'invoice',
        clientId: '',
        status: '',
      }),
    ]) {
      const error = await refusal(bad);
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.violations.map((violation) => violation.field)).toEqual(['options.page_token']);
    }
    const status = await refusal(invoices({ status: 'lost' }));
    expect(status.violations.map((violation) => violation.field)).toEqual(['status']);
  });
});

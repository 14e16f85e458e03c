import { as, clientUser, readTopic, serviceTestEnvironment, staff, uniqueName } from '@client-portal/testing';
import { DomainError, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadBillingConfig } from '../src/config.js';
import { startBilling } from '../src/app.js';

const design = {
  description: 'Website design',
  quantityMilli: 1500,
  unitPriceMinor: 80_000,
  taxRateBasisPoints: 2000,
};
const hosting = {
  description: 'Hosting (year)',
  quantityMilli: 1000,
  unitPriceMinor: 12_345,
  taxRateBasisPoints: 550,
};

/**
 * The text drawn by a PDF's uncompressed content streams: pdfkit writes it as hex strings in TJ
 * arrays, in the standard fonts' WinAnsi encoding: Latin-1 but for a few characters such as € (0x80).
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map(([, array]) =>
      [...(array ?? '').matchAll(/<([0-9a-fA-F]*)>/g)]
        .map(([, hex]) =>
          Buffer.from(hex ?? '', 'hex')
            .toString('latin1')
            .replaceAll('\x80', '€'),
        )
        .join(''),
    )
    .join('\n');
}

describe('billing gRPC API against the real infrastructure', () => {
  const environment = serviceTestEnvironment('billing');
  let runtime: ServiceRuntime;
  let billing: ServiceClient<'billing'>;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner');
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    runtime = await startBilling(loadBillingConfig(environment));
    billing = contractClient('billing', `127.0.0.1:${runtime.grpcPort}`);
  });
  afterAll(async () => {
    billing.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it('issues a numbered invoice with integer totals and publishes billing.invoice.issued', async () => {
    const invoice = await billing.issueInvoice(
      {
        clientId: 'client-globex',
        clientName: 'Globex',
        tenantName: 'Acme Agency',
        lines: [design, hosting],
      },
      as(owner),
    );
    // 1.5 × 800.00 = 1200.00 (+20 % = 240.00); 123.45 (+5.5 % = 6.78975 → 6.79)
    expect(invoice).toMatchObject({
      number: `INV-${year}-0001`,
      currency: 'EUR',
      status: 'issued',
      subtotalMinor: '132345',
      taxMinor: '24679',
      totalMinor: '157024',
      clientName: 'Globex',
      tenantId: tenant,
    });
    expect(invoice.lines.map((line) => line.totalMinor)).toEqual(['120000', '12345']);
    const in30Days = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    expect(invoice.dueDate).toBe(in30Days);

    const events = await readTopic(`${environment.KAFKA_TOPIC_PREFIX}billing.events`, (messages) =>
      messages.some((message) => message.key?.toString() === invoice.id),
    );
    const issued = events
      .map((message) => JSON.parse(message.value?.toString() ?? '{}') as { subject: string; data: unknown })
      .find((event) => event.subject === invoice.id);
    expect(issued).toMatchObject({ type: 'billing.invoice.issued', tenantId: tenant, producer: 'billing' });
    expect(issued?.data).toEqual({
      invoiceId: invoice.id,
      clientId: 'client-globex',
      clientName: 'Globex',
      number: `INV-${year}-0001`,
      currency: 'EUR',
      totalMinor: 157_024,
      status: 'issued',
      issuedAt: invoice.issuedAt,
      dueDate: in30Days,
    });
  });

  it('refuses invalid invoices field by field, and anyone but staff', async () => {
    const error = await billing
      .issueInvoice(
        {
          clientId: 'client-globex',
          clientName: 'Globex',
          currency: 'EURO',
          dueDate: '2020-01-01',
          lines: [{ description: ' ', quantityMilli: 0, unitPriceMinor: -5, taxRateBasisPoints: 12_000 }],
        },
        as(owner),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('INVALID_ARGUMENT');
    expect((error as DomainError).violations.map((violation) => violation.field).sort()).toEqual([
      'currency',
      'dueDate',
      'lines[0].description',
      'lines[0].quantityMilli',
      'lines[0].taxRateBasisPoints',
      'lines[0].unitPriceMinor',
    ]);
    await expect(
      billing.issueInvoice({ clientId: 'client-globex', clientName: 'Globex', lines: [] }, as(owner)),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', violations: [{ field: 'lines' }] });
    await expect(
      billing.issueInvoice(
        { clientId: 'client-globex', clientName: 'Globex', lines: [design] },
        as(clientUser(tenant, 'client-globex')),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      billing.issueInvoice({ clientId: 'client-globex', clientName: 'Globex', lines: [design] }, {}),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    // The permission matrix: issuing invoices is for managers and up, with the rule in the refusal.
    await expect(
      billing.issueInvoice(
        { clientId: 'client-globex', clientName: 'Globex', lines: [design] },
        as(staff(tenant, 'member')),
      ),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'Issuing invoices needs the manager role or higher (you are a member)',
    });
    await expect(
      billing.issueInvoice(
        { clientId: 'client-globex', clientName: 'Globex', lines: [design] },
        as(staff(uniqueName('tenant'), 'manager')),
      ),
    ).resolves.toMatchObject({ clientId: 'client-globex' });
  });

  it('gives concurrent issues distinct consecutive numbers, per tenant', async () => {
    const agency = staff(uniqueName('tenant'), 'manager');
    const issued = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        billing.issueInvoice(
          {
            clientId: 'client-a',
            clientName: 'A',
            currency: 'usd',
            lines: [{ ...design, description: `Job ${index}` }],
          },
          as(agency),
        ),
      ),
    );
    expect(issued.map((invoice) => invoice.number).sort()).toEqual(
      [1, 2, 3, 4, 5].map((sequence) => `INV-${year}-000${sequence}`),
    );
    expect(issued.every((invoice) => invoice.currency === 'USD')).toBe(true);
    const next = await billing.issueInvoice(
      { clientId: 'client-a', clientName: 'A', lines: [design] },
      as(agency),
    );
    expect(next.number).toBe(`INV-${year}-0006`);
  });

  it('shows a client user their own invoices only, newest first and paged', async () => {
    const clientId = uniqueName('client');
    const mine = [];
    for (const description of ['First', 'Second', 'Third'])
      mine.push(
        await billing.issueInvoice(
          { clientId, clientName: 'Initech', lines: [{ ...design, description }] },
          as(owner),
        ),
      );
    const other = await billing.issueInvoice(
      { clientId: 'client-hooli', clientName: 'Hooli', lines: [design] },
      as(owner),
    );
    const contact = clientUser(tenant, clientId);

    const firstPage = await billing.listInvoices({ clientId, page: { pageSize: 2 } }, as(contact));
    // Not counted (no screen shows an invoice total): the token alone says there is more.
    expect(firstPage.page?.totalSize).toBe(0);
    expect(firstPage.page?.nextPageToken).not.toBe('');
    const rest = await billing.listInvoices(
      { page: { pageToken: firstPage.page?.nextPageToken ?? '' } },
      as(contact),
    );
    expect(rest.page?.nextPageToken).toBe('');
    expect([...firstPage.invoices, ...rest.invoices].map((invoice) => invoice.id)).toEqual(
      mine.map((invoice) => invoice.id).reverse(),
    );
    const staffView = await billing.listInvoices({ clientId }, as(owner));
    expect(staffView.invoices).toHaveLength(3);

    expect((await billing.getInvoice({ invoiceId: mine[0]?.id ?? '' }, as(contact))).clientName).toBe(
      'Initech',
    );
    await expect(billing.getInvoice({ invoiceId: other.id }, as(contact))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(billing.listInvoices({ clientId: 'client-hooli' }, as(contact))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    await expect(
      billing.getInvoice({ invoiceId: other.id }, as(staff(uniqueName('tenant')))),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await billing.listInvoices({ clientId }, as(staff(uniqueName('tenant'))))).invoices).toEqual([]);
  });

  it('renders the invoice as a PDF the client can download, and only for them', async () => {
    const clientId = uniqueName('client');
    const invoice = await billing.issueInvoice(
      { clientId, clientName: 'Umbrella Corp', tenantName: 'Acme Agency', lines: [design, hosting] },
      as(owner),
    );
    const { pdf, filename } = await billing.renderInvoicePdf(
      { invoiceId: invoice.id },
      as(clientUser(tenant, clientId)),
    );
    expect(filename).toBe(`${invoice.number}.pdf`);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [
      invoice.number,
      'Acme Agency',
      'Umbrella Corp',
      'Website design',
      '€800.00',
      '€1,200.00',
      '5.5 %',
      '€1,570.24',
    ])
      expect(text).toContain(expected);

    await expect(
      billing.renderInvoicePdf({ invoiceId: invoice.id }, as(clientUser(tenant, 'client-hooli'))),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

import { as, clientUser, readTopic, serviceTestEnvironment, staff, uniqueName } from '@client-portal/testing';
import type { ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadBillingConfig } from '../src/config.js';
import { startBilling } from '../src/app.js';
import { DocumentRepository } from '../src/store/document.repository.js';
import { LEGACY_INVOICES_COLLECTION, migrateLegacyInvoices } from '../src/store/invoice-migration.js';

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

describe('billing DocumentService against the real infrastructure', () => {
  const environment = serviceTestEnvironment('billing');
  let runtime: ServiceRuntime;
  let documents: ServiceClient<'documents'>;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner');
  const year = new Date().getUTCFullYear();

  const draft = (clientId: string, kind = 'invoice', lines = [design, hosting]) =>
    documents.createDraft({ clientId, clientName: 'Globex', kind, lines }, as(owner));
  const issue = async (clientId: string, kind = 'invoice', lines = [design, hosting]) => {
    const created = await draft(clientId, kind, lines);
    return documents.issueDocument(
      { documentId: created.id, expectedVersion: created.version, tenantName: 'Acme Agency' },
      as(owner),
    );
  };

  beforeAll(async () => {
    runtime = await startBilling(loadBillingConfig(environment));
    documents = contractClient('documents', `127.0.0.1:${runtime.grpcPort}`);
  });
  afterAll(async () => {
    documents.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it('issues a numbered invoice with integer totals and publishes billing.document.issued and billing.invoice.issued', async () => {
    const invoice = await issue('client-globex');
    // 1.5 × 800.00 = 1200.00 (+20 % = 240.00); 123.45 (+5.5 % = 6.78975 → 6.79)
    expect(invoice).toMatchObject({
      number: `INV-${year}-0001`,
      status: 'issued',
      displayStatus: 'issued',
      revision: 1,
      subtotalMinor: '132345',
      taxMinor: '24679',
      totalMinor: '157024',
      amountDueMinor: '157024',
      seller: { name: 'Acme Agency' },
      buyer: { name: 'Globex' },
    });
    const events = await readTopic(
      `${environment.KAFKA_TOPIC_PREFIX}billing.events`,
      (messages) => messages.filter((message) => message.key?.toString() === invoice.id).length >= 2,
    );
    const types = events
      .map((message) => JSON.parse(message.value?.toString() ?? '{}') as { subject: string; type: string })
      .filter((event) => event.subject === invoice.id)
      .map((event) => event.type)
      .sort();
    expect(types).toEqual(['billing.document.issued', 'billing.invoice.issued']);
  });

  it('numbers concurrent issues of one kind without gaps or duplicates, each kind on its own sequence', async () => {
    const agency = staff(uniqueName('tenant'), 'manager');
    const drafts = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        documents.createDraft(
          {
            clientId: 'client-a',
            clientName: 'A',
            kind: 'quote',
            lines: [{ ...design, description: `Job ${index}` }],
          },
          as(agency),
        ),
      ),
    );
    const issued = await Promise.all(
      drafts.map((created) =>
        documents.issueDocument({ documentId: created.id, expectedVersion: created.version }, as(agency)),
      ),
    );
    expect(issued.map((quote) => quote.number).sort()).toEqual(
      [1, 2, 3, 4, 5, 6].map((sequence) => `QUO-${year}-000${sequence}`),
    );
    const invoice = await documents.createDraft(
      { clientId: 'client-a', clientName: 'A', kind: 'invoice', lines: [design] },
      as(agency),
    );
    const numbered = await documents.issueDocument(
      { documentId: invoice.id, expectedVersion: invoice.version },
      as(agency),
    );
    expect(numbered.number).toBe(`INV-${year}-0001`);
  });

  it('shows a client user only the issued documents of their own client, without createdBy; first view marks it viewed once', async () => {
    const clientId = uniqueName('client');
    const mine = await issue(clientId);
    const hidden = await draft(clientId);
    const other = await issue(uniqueName('client'));
    const contact = clientUser(tenant, clientId, ['workspace-of-globex']);
    const list = await documents.listDocuments({ clientId: 'whatever' }, as(contact));
    expect(list.documents.map((document) => document.id)).toEqual([mine.id]);
    expect(list.documents[0]?.createdBy).toBe('');
    await expect(documents.getDocument({ documentId: hidden.id }, as(contact))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(documents.getDocument({ documentId: other.id }, as(contact))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Staff reads never count as a view.
    expect((await documents.getDocument({ documentId: mine.id }, as(owner))).viewedAt).toBe('');
    const seen = await documents.getDocument({ documentId: mine.id }, as(contact));
    expect(seen.displayStatus).toBe('viewed');
    const again = await documents.getDocument({ documentId: mine.id }, as(contact));
    expect(again.viewedAt).toBe(seen.viewedAt);
    expect(again.version).toBe(seen.version);
    const pdf = await documents.renderDocumentPdf({ documentId: mine.id }, as(contact));
    expect(pdf.filename).toBe(`${mine.number}.pdf`);
    expect(pdf.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('copies the retired invoices collection into documents once, numbers continuing after them', async () => {
    const legacyTenant = uniqueName('tenant');
    const legacyId = uniqueName('legacy-invoice');
    const db = runtime.connection.db;
    if (!db) throw new Error('not connected');
    const collection = db.collection<{ _id: string }>(LEGACY_INVOICES_COLLECTION);
    await collection.insertOne({
      _id: legacyId,
      tenantId: legacyTenant,
      tenantName: 'Old Agency',
      clientId: 'client-old',
      clientName: 'Old Client',
      number: `INV-${year}-0007`,
      year,
      sequence: 7,
      currency: 'USD',
      lines: [{ ...design, totalMinor: 120_000, taxMinor: 24_000 }],
      subtotalMinor: 120_000,
      taxMinor: 24_000,
      totalMinor: 144_000,
      status: 'paid',
      issuedAt: new Date(),
      dueDate: `${year}-12-31`,
    } as { _id: string });
    const repository = new DocumentRepository(runtime.connection);
    expect(await migrateLegacyInvoices(runtime.connection, repository)).toBeGreaterThanOrEqual(1);
    expect(await migrateLegacyInvoices(runtime.connection, repository)).toBe(0);
    const agency = staff(legacyTenant, 'owner');
    const migrated = await documents.getDocument({ documentId: legacyId }, as(agency));
    expect(migrated).toMatchObject({
      kind: 'invoice',
      status: 'paid',
      number: `INV-${year}-0007`,
      currency: 'USD',
    });
    const next = await documents.createDraft(
      { clientId: 'client-old', clientName: 'Old Client', kind: 'invoice', lines: [design] },
      as(agency),
    );
    const issued = await documents.issueDocument(
      { documentId: next.id, expectedVersion: next.version },
      as(agency),
    );
    expect(issued.number).toBe(`INV-${year}-0008`);
  });
});

// The invoice list at 1k and 50k invoices in one tenant (issue 9): billing's ListDocuments, first page of
// kind invoice (what the Billing page's Invoices tab asks), median of a few calls, as a ratio to 1k — the
// same reading as the client list scenario. Run alone with `npm run bench:invoices`; `npm run bench`
// runs it after its own scenarios. It starts billing in-process against the local infrastructure
// (MONGO_URL, KAFKA_BROKERS, … like the tests) with a scratch database, and drops it at the end.
// Environment: BENCH_INVOICE_SIZES (default 1000,50000).
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { createServiceClient } from '@client-portal/contracts';
import { as, serviceTestEnvironment, staff, uniqueName } from '@client-portal/testing';
import { loadBillingConfig, startBilling } from '../../services/billing/src/app.js';
import { documentNumber } from '../../services/billing/src/domain/document.js';
import { DOCUMENTS_COLLECTION } from '../../services/billing/src/store/document.repository.js';

const PAGE_SIZE = 20;
const BATCH = 1000;
const SAMPLES = 5;
/** Large tenants are slow to list on FerretDB (docs/ferretdb.md): fewer samples keep the run bounded. */
const LARGE_SAMPLES = 3;

export interface InvoiceListFigure {
  size: number;
  firstPageMs: number;
  seedSeconds: number;
}

/** One issued invoice as stored, the n-th of the tenant's year (other kinds mixed in: 1 in 5). */
function storedDocument(tenantId: string, index: number, year: number) {
  const kind = index % 5 === 4 ? 'quote' : 'invoice';
  const at = new Date(Date.UTC(year, 0, 1) + index * 60_000);
  const day = at.toISOString().slice(0, 10);
  const line = {
    description: `Service ${index}`,
    productId: '',
    unit: 'h',
    quantityMilli: 2000,
    unitPriceMinor: 5000,
    taxRateBasisPoints: 2000,
    totalMinor: 10_000,
    taxMinor: 2000,
  };
  const party = {
    name: 'X',
    legalName: 'X',
    address: { street: '', postalCode: '', city: '', country: '' },
    taxId: '',
    email: '',
    phone: '',
  };
  return {
    _id: randomUUID(),
    tenantId,
    kind,
    status: 'issued',
    number: documentNumber(kind, year, index + 1),
    year,
    sequence: index + 1,
    version: 2,
    revision: 1,
    clientId: `client-${index % 200}`,
    clientName: `Client ${index % 200}`,
    seller: party,
    buyer: party,
    language: 'en',
    currency: 'EUR',
    lines: [line],
    subtotalMinor: 10_000,
    taxMinor: 2000,
    totalMinor: 12_000,
    paidMinor: 0,
    creditedMinor: 0,
    issueDate: day,
    dueDate: day,
    notes: '',
    terms: '',
    source: { kind: '', id: '' },
    depositBasisPoints: 0,
    answer: null,
    createdAt: at,
    updatedAt: at,
    issuedAt: at,
    sentAt: null,
    viewedAt: null,
    paidAt: null,
    voidedAt: null,
    voidReason: '',
    createdBy: 'bench',
  };
}

export async function invoiceListScenario(
  sizes = (process.env.BENCH_INVOICE_SIZES ?? '1000,50000').split(',').map(Number),
  say: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<InvoiceListFigure[]> {
  const runtime = await startBilling(
    loadBillingConfig(serviceTestEnvironment('billing', uniqueName('bench'))),
  );
  const documents = createServiceClient('documents', `127.0.0.1:${runtime.grpcPort}`, {
    deadlineMs: 120_000,
  });
  const figures: InvoiceListFigure[] = [];
  try {
    const year = new Date().getUTCFullYear();
    const collection = runtime.connection.collection<{ _id: string }>(DOCUMENTS_COLLECTION);
    for (const size of sizes) {
      // A tenant per size: the 1k tenant is not slowed by the 50k one's rows being in the same collection
      // (they are: the index starts with tenantId, which is the point of measuring).
      const tenantId = uniqueName('bench-tenant');
      const seedStart = Date.now();
      for (let from = 0; from < size; from += BATCH)
        await collection.insertMany(
          Array.from({ length: Math.min(BATCH, size - from) }, (_, offset) =>
            storedDocument(tenantId, from + offset, year),
          ),
          { ordered: false },
        );
      const seedSeconds = (Date.now() - seedStart) / 1000;
      process.stderr.write(`seeded ${size} documents in ${seedSeconds.toFixed(1)}s\n`);
      const owner = as(staff(tenantId, 'owner'));
      const samples: number[] = [];
      const times = size >= 10_000 ? LARGE_SAMPLES : SAMPLES;
      for (let sample = 0; sample < times; sample++) {
        const begin = performance.now();
        const page = await documents.listDocuments({ kind: 'invoice', page: { pageSize: PAGE_SIZE } }, owner);
        samples.push(performance.now() - begin);
        if (page.documents.length !== PAGE_SIZE)
          throw new Error(`expected a full page, got ${page.documents.length}`);
      }
      samples.sort((left, right) => left - right);
      figures.push({ size, firstPageMs: samples[Math.floor(samples.length / 2)] ?? 0, seedSeconds });
    }
    say(
      `== invoice list latency (billing ListDocuments kind=invoice, ${PAGE_SIZE} per page, median of ${SAMPLES}) vs ${sizes[0]} documents`,
    );
    const base = figures[0]?.firstPageMs ?? 0;
    for (const figure of figures)
      say(
        `${String(figure.size).padStart(6)} documents  first page ${figure.firstPageMs.toFixed(1).padStart(8)} ms (${base ? (figure.firstPageMs / base).toFixed(2) : '–'}×)  seeded in ${figure.seedSeconds.toFixed(1)}s`,
      );
    say(`target: the largest vs ${sizes[0]} ≤ 3×`);
  } finally {
    documents.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  invoiceListScenario()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    });
}

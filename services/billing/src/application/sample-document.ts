import type {
  BillingDocument,
  DocumentKind,
  DocumentLanguage,
  DocumentLine,
  PartySnapshot,
} from '../domain/document.js';
import { EMPTY_PARTY } from './parties.js';

const SAMPLE_ITEMS: { description: string; unit: string; quantityMilli: number; unitPriceMinor: number }[] = [
  { description: 'Brand workshop (half day)', unit: 'day', quantityMilli: 500, unitPriceMinor: 120_000 },
  {
    description: 'Website design — home and 4 inner pages',
    unit: '',
    quantityMilli: 1000,
    unitPriceMinor: 350_000,
  },
  { description: 'Development', unit: 'h', quantityMilli: 12_500, unitPriceMinor: 8_500 },
  { description: 'Hosting, first year', unit: '', quantityMilli: 1000, unitPriceMinor: 24_000 },
];

export interface SampleDocumentInput {
  tenantId: string;
  kind?: DocumentKind;
  language?: DocumentLanguage;
  seller: PartySnapshot;
  buyer?: PartySnapshot;
  /** How many lines (the sample's four repeat): 200 for the pagination test and the bench. */
  lineCount?: number;
  /** The tax rate of every line, in basis points. */
  taxRates?: number[];
  currency?: string;
  notes?: string;
  terms?: string;
  paidMinor?: number;
  status?: BillingDocument['status'];
}

/**
 * A made-up document: the billing settings' "Preview PDF" (how the profile looks before anything is
 * issued), the PDF tests and the render bench. Fixed dates, so its PDF is the same every time.
 */
export function sampleDocument(input: SampleDocumentInput): BillingDocument {
  const count = input.lineCount ?? SAMPLE_ITEMS.length;
  const rates = input.taxRates && input.taxRates.length > 0 ? input.taxRates : [2000];
  const lines: DocumentLine[] = Array.from({ length: count }, (_, index) => {
    const item = SAMPLE_ITEMS[index % SAMPLE_ITEMS.length] ?? {
      description: '',
      unit: '',
      quantityMilli: 0,
      unitPriceMinor: 0,
    };
    const taxRateBasisPoints = rates[index % rates.length] ?? 0;
    // Small positive amounts: Math.round is the half-up rounding the domain uses.
    const totalMinor = Math.round((item.quantityMilli * item.unitPriceMinor) / 1000);
    const taxMinor = Math.round((totalMinor * taxRateBasisPoints) / 10_000);
    return {
      description: count > SAMPLE_ITEMS.length ? `${index + 1}. ${item.description}` : item.description,
      productId: '',
      unit: item.unit,
      quantityMilli: item.quantityMilli,
      unitPriceMinor: item.unitPriceMinor,
      taxRateBasisPoints,
      totalMinor,
      taxMinor,
    };
  });
  const subtotalMinor = lines.reduce((sum, line) => sum + line.totalMinor, 0);
  const taxMinor = lines.reduce((sum, line) => sum + line.taxMinor, 0);
  const kind = input.kind ?? 'invoice';
  const issuedAt = new Date('2026-03-02T09:00:00.000Z');
  const buyer = input.buyer ?? {
    ...EMPTY_PARTY,
    name: 'Sample Client Ltd',
    legalName: 'Sample Client Limited',
    address: { street: '1 Sample Street', postalCode: '75001', city: 'Paris', country: 'France' },
    taxId: 'FR12345678901',
    email: 'accounts@sample-client.example',
  };
  return {
    id: 'sample',
    tenantId: input.tenantId,
    kind,
    status: input.status ?? 'issued',
    number: kind === 'invoice' ? 'INV-2026-0001' : `${kind.slice(0, 3).toUpperCase()}-2026-0001`,
    year: 2026,
    sequence: 1,
    version: 1,
    revision: 1,
    clientId: 'sample',
    clientName: buyer.name,
    seller: input.seller,
    buyer,
    language: input.language ?? 'en',
    currency: input.currency ?? 'EUR',
    lines,
    subtotalMinor,
    taxMinor,
    totalMinor: subtotalMinor + taxMinor,
    paidMinor: input.paidMinor ?? 0,
    creditedMinor: 0,
    issueDate: '2026-03-02',
    dueDate: '2026-04-01',
    notes: input.notes ?? '',
    terms: input.terms ?? '',
    source: { kind: '', id: '' },
    depositBasisPoints: 0,
    answer: null,
    createdAt: issuedAt,
    updatedAt: issuedAt,
    issuedAt,
    sentAt: null,
    viewedAt: null,
    paidAt: null,
    voidedAt: null,
    voidReason: '',
    createdBy: '',
  };
}

import { computeKpis, type KpiFact } from './kpis.js';

const base: Omit<KpiFact, 'id' | 'fact'> = {
  tenantId: 't',
  clientId: 'c',
  currency: 'EUR',
  documentKind: '',
  amountMinor: 0,
  lineCount: 0,
  issuedAt: null,
  dueDate: '',
  voidedAt: null,
  answer: '',
  paidAt: null,
  refundedAt: null,
  allocations: [],
  paymentId: '',
};
const document = (id: string, change: Partial<KpiFact>): KpiFact => ({
  ...base,
  id: `document|${id}`,
  fact: 'document',
  ...change,
});
const payment = (id: string, change: Partial<KpiFact>): KpiFact => ({
  ...base,
  id: `payment|${id}`,
  fact: 'payment',
  ...change,
});

const NOW = new Date('2026-11-30T10:00:00Z');

describe('client KPIs', () => {
  it('keeps each currency apart and follows the formulas', () => {
    const facts: KpiFact[] = [
      document('i1', {
        documentKind: 'invoice',
        amountMinor: 10_000,
        lineCount: 2,
        issuedAt: new Date('2026-03-01T00:00:00Z'),
        paidAt: new Date('2026-03-11T12:00:00Z'),
      }),
      document('i2', {
        documentKind: 'invoice',
        amountMinor: 5_001,
        lineCount: 3,
        issuedAt: new Date('2026-05-01T00:00:00Z'),
      }),
      // Last year's invoice: pending still counts it, "this year" figures do not.
      document('i0', {
        documentKind: 'invoice',
        amountMinor: 700,
        lineCount: 1,
        issuedAt: new Date('2025-12-31T23:00:00Z'),
      }),
      document('v', {
        documentKind: 'invoice',
        amountMinor: 99_999,
        lineCount: 9,
        issuedAt: NOW,
        voidedAt: NOW,
      }),
      document('q1', { documentKind: 'quote', amountMinor: 300, issuedAt: NOW, dueDate: '2026-12-31' }),
      document('q2', { documentKind: 'quote', amountMinor: 400, issuedAt: NOW, dueDate: '2026-11-01' }),
      document('q3', { documentKind: 'quote', amountMinor: 500, issuedAt: NOW, answer: 'accepted' }),
      payment('p1', {
        amountMinor: 12_000,
        paidAt: new Date('2026-03-11T12:00:00Z'),
        allocations: [
          { documentId: 'i1', amountMinor: 10_000 },
          { documentId: 'i2', amountMinor: 2_000 },
        ],
      }),
      { ...base, id: 'refund|r1', fact: 'refund', amountMinor: 500, refundedAt: NOW, paymentId: 'p1' },
      document('d1', {
        currency: 'USD',
        documentKind: 'invoice',
        amountMinor: 42,
        lineCount: 1,
        issuedAt: NOW,
      }),
    ];
    const kpis = computeKpis('t', 'c', facts, NOW);
    expect(kpis.year).toBe(2026);
    expect(kpis.currencies).toEqual([
      {
        currency: 'EUR',
        salesReceivedThisYearMinor: 11_500,
        // i2: 5001 − (2000 − 500 refunded from its allocation) + i0: 700.
        pendingPaymentMinor: 5_001 - 1_500 + 700,
        quotesAwaitingCount: 1,
        quotesAwaitingMinor: 300,
        averageInvoiceMinor: 7_501, // (10000 + 5001) / 2 = 7500.5 → 7501
        productsPerInvoiceHundredths: 250,
        averageDaysToPayTenths: 105,
        invoicesThisYear: 2,
      },
      {
        currency: 'USD',
        salesReceivedThisYearMinor: 0,
        pendingPaymentMinor: 42,
        quotesAwaitingCount: 0,
        quotesAwaitingMinor: 0,
        averageInvoiceMinor: 42,
        productsPerInvoiceHundredths: 100,
        averageDaysToPayTenths: -1,
        invoicesThisYear: 1,
      },
    ]);
  });

  it('has no currency block without facts', () => {
    expect(computeKpis('t', 'c', [], NOW).currencies).toEqual([]);
  });
});

import { DomainError } from '@client-portal/kit';
import { draftInvoice, invoiceNumber, lineAmounts, type NewInvoiceInput } from './invoice.js';

const now = new Date('2026-11-20T10:00:00.000Z');
const input = (overrides: Partial<NewInvoiceInput> = {}): NewInvoiceInput => ({
  clientId: 'client-1',
  clientName: 'Globex',
  tenantName: 'Acme Agency',
  currency: '',
  dueDate: '',
  lines: [{ description: 'Design', quantityMilli: 1500, unitPriceMinor: 10_000, taxRateBasisPoints: 2000 }],
  ...overrides,
});

describe('invoice rules', () => {
  it('rounds each line half up, then its tax, in integer minor units', () => {
    expect(lineAmounts({ quantityMilli: 1500, unitPriceMinor: 333, taxRateBasisPoints: 2000 })).toEqual({
      totalMinor: 500n, // 499.5 rounds up
      taxMinor: 100n,
    });
    expect(lineAmounts({ quantityMilli: 333, unitPriceMinor: 1, taxRateBasisPoints: 550 })).toEqual({
      totalMinor: 0n,
      taxMinor: 0n,
    });
    // Past 2^53 in the intermediate product: still exact.
    expect(
      lineAmounts({ quantityMilli: 9_000_000_001, unitPriceMinor: 1_000_001, taxRateBasisPoints: 0 })
        .totalMinor,
    ).toBe(9_000_009_001_000n);
  });

  it('sums lines into subtotal, tax and total, with EUR and a 30-day term by default', () => {
    const draft = draftInvoice(
      input({
        lines: [
          { description: ' Design ', quantityMilli: 1500, unitPriceMinor: 10_000, taxRateBasisPoints: 2000 },
          { description: 'Hosting', quantityMilli: 1000, unitPriceMinor: 999, taxRateBasisPoints: 550 },
        ],
      }),
      'tenant-1',
      now,
    );
    expect(draft).toMatchObject({
      currency: 'EUR',
      dueDate: '2026-12-20',
      subtotalMinor: 15_999,
      taxMinor: 3055,
      totalMinor: 19_054,
    });
    expect(draft.lines.map((line) => [line.description, line.totalMinor, line.taxMinor])).toEqual([
      ['Design', 15_000, 3000],
      ['Hosting', 999, 55],
    ]);
  });

  it('names every invalid field', () => {
    let caught: unknown;
    try {
      draftInvoice(
        input({
          clientId: ' ',
          currency: 'EURO',
          dueDate: '2026-11-19',
          lines: [{ description: '', quantityMilli: 0, unitPriceMinor: -1, taxRateBasisPoints: 10_001 }],
        }),
        'tenant-1',
        now,
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).violations.map((violation) => violation.field).sort()).toEqual([
      'clientId',
      'currency',
      'dueDate',
      'lines[0].description',
      'lines[0].quantityMilli',
      'lines[0].taxRateBasisPoints',
      'lines[0].unitPriceMinor',
    ]);
    expect(() => draftInvoice(input({ lines: [] }), 'tenant-1', now)).toThrow(DomainError);
    expect(() => draftInvoice(input({ dueDate: '2026-02-30' }), 'tenant-1', now)).toThrow(DomainError);
    expect(draftInvoice(input({ dueDate: '2026-11-20', currency: 'usd' }), 'tenant-1', now)).toMatchObject({
      dueDate: '2026-11-20',
      currency: 'USD',
    });
  });

  it('numbers invoices per year with four digits at least', () => {
    expect(invoiceNumber(2026, 1)).toBe('INV-2026-0001');
    expect(invoiceNumber(2026, 12_345)).toBe('INV-2026-12345');
  });
});

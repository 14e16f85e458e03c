import { DomainError } from '@client-portal/kit';
import type { BillingDocument } from './document.js';
import { paidOn, planAllocations, planRefund, settle, type Payment, type Refund } from './payment.js';

const invoice = (id: string, overrides: Partial<BillingDocument> = {}): BillingDocument =>
  ({
    id,
    tenantId: 't',
    kind: 'invoice',
    status: 'issued',
    number: `INV-2026-${id}`,
    version: 3,
    clientId: 'c1',
    clientName: 'Globex',
    currency: 'EUR',
    totalMinor: 10_000,
    paidMinor: 0,
    paidAt: null,
    updatedAt: new Date(0),
    ...overrides,
  }) as BillingDocument;

const refusal = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('planAllocations: what a payment may cover', () => {
  it('takes the whole amount due by default, or the amount given, in one currency', () => {
    const plan = planAllocations(
      [
        { documentId: 'a', amountMinor: 0, whole: true },
        { documentId: 'b', amountMinor: 2_500, whole: false },
      ],
      [invoice('a', { paidMinor: 4_000 }), invoice('b')],
      'c1',
    );
    expect(plan).toEqual({
      currency: 'EUR',
      amountMinor: 8_500,
      allocations: [
        { documentId: 'a', number: 'INV-2026-a', amountMinor: 6_000 },
        { documentId: 'b', number: 'INV-2026-b', amountMinor: 2_500 },
      ],
    });
  });

  it('refuses each rule on its field, with its code', () => {
    const cases: [Parameters<typeof planAllocations>[0], BillingDocument[], string, string][] = [
      [
        [{ documentId: 'a', amountMinor: 10_001, whole: false }],
        [invoice('a')],
        'allocations[0].amountMinor',
        'too_big',
      ],
      [
        [{ documentId: 'a', amountMinor: 0, whole: false }],
        [invoice('a')],
        'allocations[0].amountMinor',
        'too_small',
      ],
      [
        [{ documentId: 'a', amountMinor: -1, whole: false }],
        [invoice('a')],
        'allocations[0].amountMinor',
        'too_small',
      ],
      [
        [{ documentId: 'a', amountMinor: 0, whole: true }],
        [invoice('a', { status: 'void' })],
        'allocations[0].documentId',
        'invalid_value',
      ],
      [
        [{ documentId: 'a', amountMinor: 0, whole: true }],
        [invoice('a', { status: 'draft' })],
        'allocations[0].documentId',
        'invalid_value',
      ],
      [
        [{ documentId: 'a', amountMinor: 0, whole: true }],
        [invoice('a', { status: 'paid' })],
        'allocations[0].documentId',
        'invalid_value',
      ],
      [
        [{ documentId: 'a', amountMinor: 0, whole: true }],
        [invoice('a', { kind: 'quote' })],
        'allocations[0].documentId',
        'invalid_value',
      ],
      [
        [
          { documentId: 'a', amountMinor: 0, whole: true },
          { documentId: 'b', amountMinor: 0, whole: true },
        ],
        [invoice('a'), invoice('b', { currency: 'USD' })],
        'allocations[1].documentId',
        'invalid_value',
      ],
      [[], [], 'allocations', 'required'],
    ];
    for (const [requests, documents, field, code] of cases) {
      const error = refusal(() => planAllocations(requests, documents, 'c1'));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.violations).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    }
  });

  it("answers NOT_FOUND for another client's invoice or a missing one", () => {
    expect(
      refusal(() =>
        planAllocations(
          [{ documentId: 'a', amountMinor: 0, whole: true }],
          [invoice('a', { clientId: 'c2' })],
          'c1',
        ),
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      refusal(() => planAllocations([{ documentId: 'x', amountMinor: 0, whole: true }], [], 'c1')).code,
    ).toBe('NOT_FOUND');
  });
});

const payment: Payment = {
  id: 'p1',
  tenantId: 't',
  clientId: 'c1',
  clientName: 'Globex',
  method: 'card',
  currency: 'EUR',
  amountMinor: 9_000,
  allocations: [
    { documentId: 'a', number: 'A', amountMinor: 6_000 },
    { documentId: 'b', number: 'B', amountMinor: 3_000 },
  ],
  paidAt: new Date(0),
  recordedAt: new Date(0),
  updatedAt: new Date(0),
  recordedBy: 'u',
  reference: '',
  stripePaymentIntentId: 'pi_1',
  stripeEventId: 'evt_1',
};

describe('refunds and the paid amount', () => {
  it('reopens the last allocation first and never refunds more than was paid', () => {
    const first = planRefund(payment, [], 4_000);
    expect(first.allocations).toEqual([
      { documentId: 'b', number: 'B', amountMinor: 3_000 },
      { documentId: 'a', number: 'A', amountMinor: 1_000 },
    ]);
    const earlier = [{ ...first, id: 'p1|1', paymentId: 'p1' } as unknown as Refund];
    expect(planRefund(payment, earlier, 0)).toEqual({
      amountMinor: 5_000,
      allocations: [{ documentId: 'a', number: 'A', amountMinor: 5_000 }],
    });
    expect(refusal(() => planRefund(payment, earlier, 5_001)).violations[0]).toEqual(
      expect.objectContaining({ field: 'amountMinor', code: 'too_big' }),
    );
    const all = [...earlier, { ...planRefund(payment, earlier, 0), id: 'p1|2' } as unknown as Refund];
    expect(refusal(() => planRefund(payment, all, 0)).code).toBe('FAILED_PRECONDITION');
    expect(paidOn('a', [payment], earlier)).toBe(5_000);
    expect(paidOn('b', [payment], earlier)).toBe(0);
  });

  it('settles: paid when covered (paidAt set, version + 1), back to issued after a refund, unchanged otherwise', () => {
    const at = new Date('2026-11-30T10:00:00Z');
    const now = new Date('2026-12-02T09:00:00Z');
    const paid = settle(invoice('a'), 10_000, at, now);
    // updatedAt is when the invoice changed, not the (possibly earlier) day the money arrived.
    expect(paid).toEqual(
      expect.objectContaining({ status: 'paid', paidAt: at, paidMinor: 10_000, version: 4, updatedAt: now }),
    );
    expect(settle(invoice('a'), 2_000, at)).toEqual(
      expect.objectContaining({ status: 'issued', paidMinor: 2_000 }),
    );
    expect(settle(invoice('a', { status: 'paid', paidMinor: 10_000, paidAt: at }), 9_000, at)).toEqual(
      expect.objectContaining({ status: 'issued', paidAt: null, paidMinor: 9_000 }),
    );
    expect(settle(invoice('a', { paidMinor: 2_000 }), 2_000, at)).toBeUndefined();
  });
});

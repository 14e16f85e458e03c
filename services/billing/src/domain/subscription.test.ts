import { DomainError } from '@client-portal/kit';
import {
  addMonthsOnAnchor,
  afterIssuing,
  duePeriods,
  editedSubscription,
  newSubscription,
  periodOf,
  resumedSubscription,
  type Subscription,
  type SubscriptionInput,
} from './subscription.js';

const input: SubscriptionInput = {
  currency: 'EUR',
  lines: [
    {
      description: 'Retainer',
      unit: 'month',
      quantityMilli: 1000,
      unitPriceMinor: 100_000,
      taxRateBasisPoints: 2000,
    },
  ],
  frequency: 'monthly',
  startDate: '2026-01-31',
  endDate: '',
  paymentTermDays: 30,
  notes: '',
};
const context = {
  id: 's1',
  tenantId: 't1',
  tenantName: 'Acme',
  clientId: 'c1',
  clientName: 'Globex',
  createdBy: 'u1',
  now: new Date('2026-01-01T00:00:00Z'),
};

function violationsOf(action: () => unknown): { field: string; code?: string }[] {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error.violations.map(({ field, code }) => ({ field, code }));
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the period schedule', () => {
  it('keeps the start day, clamped to the end of shorter months', () => {
    expect(addMonthsOnAnchor('2026-01-31', 1, 31)).toBe('2026-02-28');
    expect(addMonthsOnAnchor('2026-02-28', 1, 31)).toBe('2026-03-31');
    expect(addMonthsOnAnchor('2028-01-31', 1, 31)).toBe('2028-02-29');
    expect(addMonthsOnAnchor('2026-11-30', 3, 30)).toBe('2027-02-28');
    expect(addMonthsOnAnchor('2024-02-29', 12, 29)).toBe('2025-02-28');
  });

  it('lists every missed period in order, within the end date', () => {
    const subscription = newSubscription(input, context);
    expect(duePeriods(subscription, '2026-04-29')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(duePeriods(subscription, '2026-04-30')).toHaveLength(4);
    expect(duePeriods({ ...subscription, endDate: '2026-03-01' }, '2026-04-30')).toEqual([
      '2026-01-31',
      '2026-02-28',
    ]);
    expect(duePeriods({ ...subscription, status: 'paused' }, '2026-04-30')).toEqual([]);
    expect(periodOf(subscription, '2026-01-31')).toEqual({ start: '2026-01-31', end: '2026-02-27' });
    expect(periodOf({ ...subscription, frequency: 'quarterly' }, '2026-01-31')).toEqual({
      start: '2026-01-31',
      end: '2026-04-29',
    });
  });

  it('advances past an issued period, never backwards, and ends after the end date', () => {
    const subscription = newSubscription({ ...input, endDate: '2026-02-28' }, context);
    const first = afterIssuing(subscription, '2026-01-31', context.now);
    expect(first).toMatchObject({ nextIssueDate: '2026-02-28', status: 'active', version: 2 });
    expect(afterIssuing(first, '2026-01-31', context.now)).toBe(first);
    expect(afterIssuing(first, '2026-02-28', context.now)).toMatchObject({
      nextIssueDate: '',
      status: 'ended',
    });
  });

  it('skips the periods that fell in a pause when resumed', () => {
    const paused: Subscription = { ...newSubscription(input, context), status: 'paused' };
    expect(resumedSubscription(paused, '2026-03-15', context.now)).toMatchObject({
      status: 'active',
      nextIssueDate: '2026-03-31',
    });
  });
});

describe('validation names every wrong field', () => {
  it('refuses end before start, unknown currency, negative quantity, bad frequency and term', () => {
    expect(
      violationsOf(() =>
        newSubscription(
          {
            ...input,
            currency: 'XYZ',
            frequency: 'weekly',
            endDate: '2026-01-01',
            paymentTermDays: -1,
            lines: input.lines.map((line) => ({ ...line, quantityMilli: -1000, description: ' ' })),
          },
          context,
        ),
      ),
    ).toEqual([
      { field: 'currency', code: 'invalid_value' },
      { field: 'frequency', code: 'invalid_value' },
      { field: 'endDate', code: 'before_start' },
      { field: 'paymentTermDays', code: 'invalid_value' },
      { field: 'lines[0].description', code: 'required' },
      { field: 'lines[0].quantityMilli', code: 'too_small' },
    ]);
  });

  it('keeps the start date once a period was invoiced', () => {
    const subscription = newSubscription(input, context);
    expect(
      violationsOf(() =>
        editedSubscription(
          subscription,
          { ...input, startDate: '2026-02-01' },
          { hasIssued: true, now: context.now },
        ),
      ),
    ).toEqual([{ field: 'startDate', code: 'invalid_value' }]);
    expect(
      editedSubscription(
        subscription,
        { ...input, startDate: '2026-02-01' },
        { hasIssued: false, now: context.now },
      ),
    ).toMatchObject({ nextIssueDate: '2026-02-01', version: 2 });
  });
});

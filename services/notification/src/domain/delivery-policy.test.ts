import { deliveryId, nextAttemptAt } from './delivery-policy.js';

describe('deliveryId', () => {
  it('is the same for the same event, recipient and channel, and differs when any of them differs', () => {
    const id = deliveryId('t1', 'e1', 'email', 'ada@acme.test');
    expect(id).toBe(deliveryId('t1', 'e1', 'email', 'ada@acme.test'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(
      new Set([
        id,
        deliveryId('t2', 'e1', 'email', 'ada@acme.test'),
        deliveryId('t1', 'e2', 'email', 'ada@acme.test'),
        deliveryId('t1', 'e1', 'sms', 'ada@acme.test'),
        deliveryId('t1', 'e1', 'email', 'bob@acme.test'),
      ]).size,
    ).toBe(5);
  });
});

describe('nextAttemptAt', () => {
  const policy = { maxAttempts: 5, firstDelayMs: 1000, maxDelayMs: 5000 };
  const now = new Date('2026-11-30T12:00:00Z');
  const delayAfter = (attempt: number) =>
    (nextAttemptAt(policy, attempt, now)?.getTime() ?? NaN) - now.getTime();

  it('doubles the wait after each failure, up to the cap', () => {
    expect([1, 2, 3, 4].map(delayAfter)).toEqual([1000, 2000, 4000, 5000]);
  });

  it('gives up after the last attempt', () => {
    expect(nextAttemptAt(policy, 5, now)).toBeUndefined();
    expect(nextAttemptAt({ ...policy, maxAttempts: 1 }, 1, now)).toBeUndefined();
  });
});

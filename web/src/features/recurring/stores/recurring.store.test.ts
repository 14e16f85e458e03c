import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http';
import { json, problem, serveGateway } from '../../../test-support/gateway';
import { useRecurringStore } from './recurring.store';

function subscription(id: string, status = 'active', version = 1) {
  return {
    id,
    clientId: 'c1',
    clientName: 'Globex',
    currency: 'EUR',
    lines: [
      {
        description: 'Retainer',
        unit: 'month',
        quantityMilli: '1000',
        unitPriceMinor: '100000',
        taxRateBasisPoints: 2000,
      },
    ],
    frequency: 'monthly',
    startDate: '2026-11-30',
    endDate: '',
    paymentTermDays: 30,
    notes: '',
    status,
    nextIssueDate: '2026-12-30',
    totalMinor: '120000',
    version,
    createdAt: '2026-11-30T00:00:00Z',
    updatedAt: '2026-11-30T00:00:00Z',
    createdBy: 'u1',
  };
}

describe('useRecurringStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it("keeps the client's list in step with every write's answer, sending the version it read", async () => {
    const sent = serveGateway({
      'GET /api/clients/c1/subscriptions': () =>
        json({ subscriptions: [subscription('s2')], page: { nextPageToken: '', totalSize: 0 } }),
      'POST /api/clients/c1/subscriptions': () => json(subscription('s1'), 201),
      'POST /api/subscriptions/s1/pause': () => json(subscription('s1', 'paused', 2)),
    });
    const store = useRecurringStore();
    const list = store.forClient('c1');
    await list.load();
    const created = await store.create('c1', {
      currency: 'EUR',
      lines: [],
      frequency: 'monthly',
      startDate: '2026-11-30',
      endDate: '',
      paymentTermDays: 30,
      notes: '',
    });
    expect(list.data?.map((item) => item.id)).toEqual(['s1', 's2']);
    await store.command(created, 'pause');
    expect(sent.at(-1)?.body).toEqual({ expectedVersion: 1 });
    expect(list.data?.find((item) => item.id === 's1')).toMatchObject({ status: 'paused', version: 2 });
  });

  it('passes on a stale reminder schedule save and keeps the schedule shown', async () => {
    serveGateway({
      'GET /api/billing/reminder-schedule': () =>
        json({ enabled: true, stepsDays: [3, 7, 14], version: 0, updatedAt: '' }),
      'PUT /api/billing/reminder-schedule': () =>
        problem(409, { code: 'FAILED_PRECONDITION', reason: 'version.stale', detail: 'changed' }),
    });
    const store = useRecurringStore();
    await store.schedule.load();
    const error = await store.saveSchedule(true, [2, 5]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(store.schedule.data?.stepsDays).toEqual([3, 7, 14]);
  });
});

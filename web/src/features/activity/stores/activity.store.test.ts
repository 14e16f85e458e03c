import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, serveGateway } from '../../../test-support/gateway';
import { useLiveEventsStore } from '../../session/stores/live-events.store';
import { CATCH_UP_DELAYS_MS, useActivityStore } from './activity.store';

function entry(id: string, kind: string, occurredAt: string) {
  return {
    id,
    clientId: 'c1',
    clientName: '',
    kind,
    category: kind.split('.')[0],
    params: [],
    actorId: '',
    actorName: '',
    occurredAt,
    linkType: '',
    linkId: '',
    body: '',
    editedAt: '',
    own: false,
  };
}

const issued = (clientId: string) => ({
  name: 'invoice.issued' as const,
  id: 'e1',
  data: {
    invoiceId: 'i1',
    clientId,
    clientName: 'Globex',
    number: 'INV-2026-0001',
    currency: 'EUR',
    totalMinor: 100,
    status: 'issued' as const,
    issuedAt: '2026-11-30T10:00:00Z',
    dueDate: '2026-12-30',
  },
});

describe('useActivityStore: the open timeline follows the live stream', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the open client timeline again after an invoice of that client, not of another', async () => {
    let recorded = false;
    const sent = serveGateway({
      'GET /api/clients/c1/timeline': () =>
        json({
          entries: [
            ...(recorded ? [entry('t2', 'invoice.issued', '2026-11-30T10:00:00Z')] : []),
            entry('t1', 'client.created', '2026-11-29T10:00:00Z'),
          ],
          page: { nextPageToken: '', totalSize: 0 },
        }),
      'GET /api/invoices/i1': () => json({}),
    });
    const activity = useActivityStore();
    const list = activity.timelineOf('c1');
    await list.load();
    expect(list.items.map((item) => item.id)).toEqual(['t1']);

    // Another client's invoice: nothing to read again.
    useLiveEventsStore().dispatch(issued('c2'));
    await vi.advanceTimersByTimeAsync(Math.max(...CATCH_UP_DELAYS_MS));
    expect(sent.filter((request) => request.url.pathname.endsWith('/timeline'))).toHaveLength(1);

    // This client's: crm records it, and the timeline shows it without a reload of the page.
    recorded = true;
    useLiveEventsStore().dispatch(issued('c1'));
    await vi.advanceTimersByTimeAsync(CATCH_UP_DELAYS_MS[0] ?? 0);
    expect(list.items.map((item) => item.id)).toEqual(['t2', 't1']);
  });
});

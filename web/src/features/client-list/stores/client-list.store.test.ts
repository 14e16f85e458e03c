import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, serveGateway } from '../../../test-support/gateway';
import { useClientListStore } from './client-list.store';

function row(clientId: string) {
  return {
    clientId,
    name: clientId,
    status: 'active',
    industry: '',
    ownerUserId: 'u1',
    archived: false,
    mainContactName: '',
    mainContactEmail: '',
    projectCount: 0,
    projectValueMinor: '0',
    invoicedMinor: '0',
    lastActivityAt: '2026-01-01T00:00:00Z',
  };
}

describe('useClientListStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('sends the filters and the order, flips the direction on the same column, and appends pages', async () => {
    const sent = serveGateway({
      'GET /api/client-list': ({ url }) =>
        url.searchParams.get('pageToken') === 'p2'
          ? json({ rows: [row('c3')], page: { nextPageToken: '', totalSize: 3 } })
          : json({ rows: [row('c1'), row('c2')], page: { nextPageToken: 'p2', totalSize: 3 } }),
    });
    const store = useClientListStore();
    store.query.search = ' ann ';
    store.query.status = 'prospect';
    store.query.includeArchived = true;
    await store.sortBy('value');
    const first = sent[0]?.url.searchParams;
    expect(first?.get('search')).toBe('ann');
    expect(first?.get('status')).toBe('prospect');
    expect(first?.get('includeArchived')).toBe('true');
    expect(first?.get('sort')).toBe('value');
    expect(first?.get('direction')).toBe('asc');
    expect(first?.has('ownerUserId')).toBe(false);

    await store.list.loadMore();
    expect(sent[1]?.url.searchParams.get('pageToken')).toBe('p2');
    expect(store.list.items.map((item) => item.clientId)).toEqual(['c1', 'c2', 'c3']);

    await store.sortBy('value');
    expect(sent[2]?.url.searchParams.get('direction')).toBe('desc');
    expect(sent[2]?.url.searchParams.has('pageToken')).toBe(false);
    await store.sortBy('name');
    expect(sent[3]?.url.searchParams.get('sort')).toBe('name');
    expect(sent[3]?.url.searchParams.get('direction')).toBe('asc');
  });
});

import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http';
import { isNotFound } from '../../../lib/errors';
import { json, problem, serveGateway } from '../../../test-support/gateway';
import { useClientsStore } from './clients.store';

function client(id: string, name = id) {
  return {
    id,
    tenantId: 't1',
    name,
    industry: '',
    phone: '',
    notes: '',
    status: 'active',
    ownerUserId: 'u1',
    contacts: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    invoicedMinor: '0',
    invoiceCount: 0,
    lastActivityAt: '',
  };
}

describe('useClientsStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('loads the list with its filters and pages through forward-only tokens', async () => {
    const sent = serveGateway({
      'GET /api/clients': ({ url }) =>
        url.searchParams.get('pageToken') === 'p2'
          ? json({ clients: [client('c3')], page: { nextPageToken: '', totalSize: 3 } })
          : json({ clients: [client('c1'), client('c2')], page: { nextPageToken: 'p2', totalSize: 3 } }),
    });
    const store = useClientsStore();
    store.search = '  Glob ';
    store.status = 'prospect';
    await store.applyFilters();

    expect(sent[0]?.url.searchParams.get('search')).toBe('Glob');
    expect(sent[0]?.url.searchParams.get('status')).toBe('prospect');
    expect(sent[0]?.url.searchParams.get('pageSize')).toBe('20');
    expect(sent[0]?.url.searchParams.has('pageToken')).toBe(false);
    expect(store.list.items.map((entry) => entry.id)).toEqual(['c1', 'c2']);
    expect(store.list.totalSize).toBe(3);

    await store.list.nextPage();
    expect(sent[1]?.url.searchParams.get('pageToken')).toBe('p2');
    expect(store.list.items.map((entry) => entry.id)).toEqual(['c3']);
    await store.list.previousPage();
    expect(store.list.items.map((entry) => entry.id)).toEqual(['c1', 'c2']);
  });

  it('keeps the server failure for the screen to explain', async () => {
    serveGateway({
      'GET /api/clients': () => problem(503, { code: 'UNAVAILABLE', detail: 'crm is down' }),
    });
    const store = useClientsStore();
    await store.list.load();
    expect(store.list.error).toBeInstanceOf(ApiError);
    expect((store.list.error as ApiError).code).toBe('UNAVAILABLE');
    expect(store.list.loading).toBe(false);
  });

  it('creating a client marks the list stale', async () => {
    const sent = serveGateway({
      'GET /api/clients': () => json({ clients: [], page: { nextPageToken: '', totalSize: 0 } }),
      'POST /api/clients': () => json(client('new', 'Globex'), 201),
    });
    const store = useClientsStore();
    await store.list.load();
    expect(store.list.loaded).toBe(true);
    const created = await store.create({ name: 'Globex' });
    expect(created.name).toBe('Globex');
    expect(sent[1]?.body).toEqual({ name: 'Globex' });
    expect(store.list.loaded).toBe(false);
  });

  it('opens one client at a time, reporting a missing one as not found', async () => {
    serveGateway({
      'GET /api/clients/c1': () => json(client('c1', 'Acme')),
      'GET /api/clients/gone': () => problem(404, { code: 'NOT_FOUND', detail: 'Client gone was not found' }),
    });
    const store = useClientsStore();
    const acme = store.open('c1');
    expect(store.open('c1')).toBe(acme);
    await acme.load();
    expect(acme.data?.name).toBe('Acme');

    const gone = store.open('gone');
    await gone.load();
    expect(gone.data).toBeNull();
    expect(isNotFound(gone.error)).toBe(true);
  });
});

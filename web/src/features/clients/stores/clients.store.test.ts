import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { isNotFound } from '../../../lib/errors';
import { json, problem, serveGateway } from '../../../test-support/gateway';
import { isConflict } from '../lib/record-errors';
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
    website: '',
    address: { street: '', postalCode: '', city: '', country: '' },
    version: 3,
    archived: false,
    archivedAt: '',
    statusHistory: [],
  };
}

describe('useClientsStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('creates a client with what the form holds', async () => {
    const sent = serveGateway({
      'POST /api/clients': () => json(client('new', 'Globex'), 201),
    });
    const store = useClientsStore();
    const created = await store.create({ name: 'Globex' });
    expect(created.name).toBe('Globex');
    expect(sent[0]?.body).toEqual({ name: 'Globex' });
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

  it('sends the version shown with a write and shows the answer', async () => {
    const sent = serveGateway({
      'GET /api/clients/c1': () => json(client('c1', 'Acme')),
      'PATCH /api/clients/c1': () => json({ ...client('c1', 'Acme Corp'), version: 4 }),
      'DELETE /api/clients/c1/contacts/k1': () => json({ ...client('c1', 'Acme Corp'), version: 5 }),
    });
    const store = useClientsStore();
    const acme = store.open('c1');
    await acme.load();
    await store.update('c1', { expectedVersion: 3, name: 'Acme Corp' });
    expect(sent[1]?.body).toEqual({ expectedVersion: 3, name: 'Acme Corp' });
    expect(acme.data).toMatchObject({ name: 'Acme Corp', version: 4 });

    await store.removeContact('c1', 'k1', 4, 'k2');
    expect(sent[2]?.url.searchParams.get('expectedVersion')).toBe('4');
    expect(sent[2]?.url.searchParams.get('successorContactId')).toBe('k2');
    expect(acme.data?.version).toBe(5);
  });

  it('leaves the shown client alone when someone else changed it, and says so', async () => {
    serveGateway({
      'GET /api/clients/c1': () => json(client('c1', 'Acme')),
      'POST /api/clients/c1/archive': () =>
        problem(409, {
          code: 'FAILED_PRECONDITION',
          reason: 'client.changed',
          detail: 'Acme was changed by someone else: reload',
        }),
    });
    const store = useClientsStore();
    const acme = store.open('c1');
    await acme.load();
    const failure = await store.archive('c1', 3).catch((error: unknown) => error);
    expect(isConflict(failure)).toBe(true);
    expect(acme.data).toMatchObject({ name: 'Acme', version: 3, archived: false });
  });
});

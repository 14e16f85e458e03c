import type { IssuedInvoice } from '../../../api/events';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, serveGateway } from '../../../test-support/gateway';
import { useInvoicesStore } from './invoices.store';

function invoice(id: string, clientId = 'c1') {
  return {
    id,
    tenantId: 't1',
    clientId,
    clientName: 'Globex',
    number: `INV-2026-${id}`,
    currency: 'EUR',
    lines: [],
    subtotalMinor: '100',
    taxMinor: '0',
    totalMinor: '100',
    status: 'issued',
    issuedAt: '2026-11-29T10:00:00Z',
    dueDate: '2026-12-29',
    tenantName: 'Acme',
  };
}

const issued = (invoiceId: string, clientId = 'c1'): IssuedInvoice => ({
  invoiceId,
  clientId,
  clientName: 'Globex',
  number: `INV-2026-${invoiceId}`,
  currency: 'EUR',
  totalMinor: 100,
  status: 'issued',
  issuedAt: '2026-11-29T10:00:00Z',
  dueDate: '2026-12-29',
});

describe('useInvoicesStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('loads a client’s invoices and grows with "show more"', async () => {
    const sent = serveGateway({
      'GET /api/clients/c1/invoices': ({ url }) =>
        url.searchParams.get('pageToken') === 'next'
          ? json({ invoices: [invoice('0001')], page: { nextPageToken: '', totalSize: 0 } })
          : json({
              invoices: [invoice('0003'), invoice('0002')],
              page: { nextPageToken: 'next', totalSize: 0 },
            }),
    });
    const store = useInvoicesStore();
    const list = store.forClient('c1');
    await list.load();
    await list.loadMore();
    expect(list.items.map((entry) => entry.id)).toEqual(['0003', '0002', '0001']);
    expect(list.nextPageToken).toBe('');
    expect(sent.map((request) => request.url.searchParams.get('pageSize'))).toEqual(['25', '25']);
  });

  it('shows an issued invoice first, once', async () => {
    serveGateway({
      'GET /api/clients/c1/invoices': () =>
        json({ invoices: [invoice('0001')], page: { nextPageToken: '', totalSize: 0 } }),
      'POST /api/clients/c1/invoices': () => json(invoice('0002'), 201),
    });
    const store = useInvoicesStore();
    await store.forClient('c1').load();
    await store.issue('c1', { currency: 'EUR', lines: [] });
    expect(store.forClient('c1').items.map((entry) => entry.id)).toEqual(['0002', '0001']);
  });

  it('reloads a shown list when someone else issues an invoice, and only then', async () => {
    let answers = 0;
    serveGateway({
      'GET /api/clients/c1/invoices': () => {
        answers += 1;
        return json({
          invoices: answers === 1 ? [] : [invoice('0009')],
          page: { nextPageToken: '', totalSize: 0 },
        });
      },
    });
    const store = useInvoicesStore();
    store.onInvoiceIssued(issued('0009', 'c2')); // never shown: nothing to do
    await store.forClient('c1').load();
    store.onInvoiceIssued(issued('0009'));
    await expect.poll(() => store.forClient('c1').items.length).toBe(1);
    store.onInvoiceIssued(issued('0009')); // already there: no request
    expect(answers).toBe(2);
  });
});

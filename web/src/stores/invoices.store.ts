import { defineStore } from 'pinia';
import { ref } from 'vue';
import { issueInvoice, listInvoices, type Invoice, type NewInvoice } from '../api/billing';
import type { IssuedInvoice } from '../api/events';

export interface ClientInvoices {
  invoices: Invoice[];
  nextPageToken: string;
  loading: boolean;
  loaded: boolean;
  error: unknown;
}

const PAGE_SIZE = 25;

function emptyList(): ClientInvoices {
  return { invoices: [], nextPageToken: '', loading: false, loaded: false, error: null };
}

/** Invoices per client (staff client page). */
export const useInvoicesStore = defineStore('invoices', () => {
  const byClient = ref<Record<string, ClientInvoices>>({});

  function forClient(clientId: string): ClientInvoices {
    return byClient.value[clientId] ?? emptyList();
  }

  function ensure(clientId: string): ClientInvoices {
    byClient.value[clientId] ??= emptyList();
    return byClient.value[clientId];
  }

  async function load(clientId: string, more = false): Promise<void> {
    const target = ensure(clientId);
    const pageToken = more ? target.nextPageToken : '';
    if (more && !pageToken) return;
    target.loading = true;
    target.error = null;
    try {
      const answer = await listInvoices(clientId, { pageSize: PAGE_SIZE, pageToken });
      const known = more ? target.invoices : [];
      const seen = new Set(known.map((invoice) => invoice.id));
      target.invoices = [...known, ...answer.invoices.filter((invoice) => !seen.has(invoice.id))];
      target.nextPageToken = answer.page.nextPageToken;
      target.loaded = true;
    } catch (error) {
      target.error = error;
    } finally {
      target.loading = false;
    }
  }

  async function issue(clientId: string, input: NewInvoice): Promise<Invoice> {
    const invoice = await issueInvoice(clientId, input);
    const target = ensure(clientId);
    target.invoices = [invoice, ...target.invoices.filter((existing) => existing.id !== invoice.id)];
    return invoice;
  }

  /** Another person (or tab) issued an invoice: refresh that client's list if it is on screen. */
  function onInvoiceIssued(issued: IssuedInvoice): void {
    const target = byClient.value[issued.clientId];
    if (!target?.loaded || target.invoices.some((invoice) => invoice.id === issued.invoiceId)) return;
    void load(issued.clientId);
  }

  return { byClient, forClient, load, issue, onInvoiceIssued };
});

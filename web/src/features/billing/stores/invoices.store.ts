import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import { issueInvoice, listInvoices, type Invoice, type NewInvoice } from '../../../api/billing';
import type { IssuedInvoice } from '../../../api/events';
import { useAsyncList, type AsyncList } from '../../../composables/use-resource';

const PAGE_SIZE = 25;

/** Invoices per client (staff client page), newest first, growing with "show more". */
export const useInvoicesStore = defineStore('invoices', () => {
  const byClient = shallowReactive<Record<string, AsyncList<Invoice>>>({});

  function forClient(clientId: string): AsyncList<Invoice> {
    byClient[clientId] ??= useAsyncList<Invoice>(
      async ({ pageToken }) => {
        const answer = await listInvoices(clientId, { pageSize: PAGE_SIZE, pageToken });
        return { items: answer.invoices, nextPageToken: answer.page.nextPageToken };
      },
      { key: (invoice) => invoice.id },
    );
    return byClient[clientId];
  }

  async function issue(clientId: string, input: NewInvoice): Promise<Invoice> {
    const invoice = await issueInvoice(clientId, input);
    forClient(clientId).upsert([invoice]);
    return invoice;
  }

  /** Another person (or tab) issued an invoice: refresh that client's list if it is on screen. */
  function onInvoiceIssued(issued: IssuedInvoice): void {
    const list = byClient[issued.clientId];
    if (!list?.loaded || list.items.some((invoice) => invoice.id === issued.invoiceId)) return;
    void list.load();
  }

  return { byClient, forClient, issue, onInvoiceIssued };
});

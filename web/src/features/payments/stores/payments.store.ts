import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import { listInvoiceBalances, listPayments, type InvoiceBalance, type Payment } from '../../../api/payments';
import { useResource, type Resource } from '../../../composables/use-resource';

interface ClientPayments {
  balances: Resource<InvoiceBalance[]>;
  history: Resource<Payment[]>;
}

/** Per client: the invoices with their balances and the payment history (portal and client page). */
export const usePaymentsStore = defineStore('payments', () => {
  const byClient = shallowReactive<Record<string, ClientPayments>>({});

  function forClient(clientId: string): ClientPayments {
    byClient[clientId] ??= {
      balances: useResource((signal) => listInvoiceBalances(clientId, signal)),
      history: useResource((signal) => listPayments(clientId, { signal })),
    };
    return byClient[clientId];
  }

  return { forClient };
});

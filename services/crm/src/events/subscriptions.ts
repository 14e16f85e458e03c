import type { EventHandler } from '@client-portal/kit';
import type { ClientRepository } from '../store/client.repository.js';

interface InvoiceIssued {
  clientId: string;
  totalMinor: number;
  issuedAt: string;
}

/** What crm consumes, in one place: billing facts that feed the client's value and last activity. */
export function crmSubscriptions(clients: ClientRepository): {
  topics: string[];
  handlers: Record<string, EventHandler>;
} {
  return {
    topics: ['billing.events'],
    handlers: {
      'billing.invoice.issued': async (event, context) => {
        const data = event.data as InvoiceIssued;
        await clients.recordInvoiceIssued(context, event.tenantId, {
          clientId: data.clientId,
          totalMinor: data.totalMinor,
          issuedAt: new Date(data.issuedAt),
        });
      },
    },
  };
}

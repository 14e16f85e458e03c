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
        await context.applyOnce(
          clients.model,
          { _id: data.clientId, tenantId: event.tenantId },
          {
            $inc: { 'metrics.invoicedMinor': data.totalMinor, 'metrics.invoiceCount': 1 },
            $set: { 'metrics.lastActivityAt': new Date(data.issuedAt) },
          },
        );
      },
    },
  };
}

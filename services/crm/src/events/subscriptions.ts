import { eventSchemas, type CatalogueEvent } from '@client-portal/events';
import type { EventSubscriptions } from '@client-portal/kit';
import type { ClientRepository } from '../store/client.repository.js';

/**
 * What crm consumes, in one place: billing facts that feed the client's value and last activity.
 * Events arrive checked against the catalogue; one that does not fit is dead-lettered with the reason.
 */
export function crmSubscriptions(clients: ClientRepository): EventSubscriptions<CatalogueEvent> {
  return {
    topics: ['billing.events'],
    schemas: eventSchemas,
    handlers: {
      'billing.invoice.issued': async ({ tenantId, data }, context) => {
        await clients.recordInvoiceIssued(context, tenantId, {
          clientId: data.clientId,
          totalMinor: data.totalMinor,
          issuedAt: new Date(data.issuedAt),
        });
      },
    },
  };
}

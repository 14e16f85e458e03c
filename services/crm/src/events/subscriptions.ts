import { eventSchemas, type CatalogueEvent } from '@client-portal/events';
import type { EventSubscriptions } from '@client-portal/kit';
import type { ClientRepository } from '../store/client.repository.js';
import type { ClientProjectTallyRepository } from '../store/client-project-tally.repository.js';
import { clientListHandlers, combineHandlers } from './client-list.consumer.js';

/**
 * What crm consumes, in one place: billing facts that feed the client's value and last activity; its
 * own project events and messaging's messages, which feed the client list's figures.
 * Events arrive checked against the catalogue; one that does not fit is dead-lettered with the reason.
 */
export function crmSubscriptions(
  clients: ClientRepository,
  projectTally: ClientProjectTallyRepository,
): EventSubscriptions<CatalogueEvent> {
  return {
    topics: ['billing.events', 'crm.events', 'messaging.events'],
    schemas: eventSchemas,
    handlers: combineHandlers(
      {
        'billing.invoice.issued': async ({ tenantId, data }, context) => {
          await clients.recordInvoiceIssued(context, tenantId, {
            clientId: data.clientId,
            totalMinor: data.totalMinor,
            issuedAt: new Date(data.issuedAt),
          });
        },
      },
      clientListHandlers(clients, projectTally),
    ),
  };
}

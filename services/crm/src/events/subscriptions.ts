import { eventSchemas, type CatalogueEvent } from '@client-portal/events';
import type { EventSubscriptions } from '@client-portal/kit';
import type { ClientRepository } from '../store/client.repository.js';
import type { ClientProjectTallyRepository } from '../store/client-project-tally.repository.js';
import type { StaffDirectoryRepository } from '../store/staff-directory.repository.js';
import { activityHandlers, type ActivityStores } from './activity.consumer.js';
import { clientListHandlers, combineHandlers } from './client-list.consumer.js';

/**
 * What crm consumes, in one place:
 * - billing facts that feed the client's value and last activity;
 * - portal workspaces, which keep a client from being deleted;
 * - identity's team, which says who may own a client;
 * - its own project events and messaging's messages, which feed the client list's figures;
 * - every service's facts about a client for its timeline, metrics and the agency dashboard (crm's own
 *   events included: the timeline is built the same way whoever produced the fact).
 * Several handlers of one type run in turn; each writes its own documents (applyOnce guards one
 * document per event). Events arrive checked against the catalogue; one that does not fit is
 * dead-lettered with the reason.
 */
export function crmSubscriptions(
  clients: ClientRepository,
  staff: StaffDirectoryRepository,
  activity: ActivityStores,
  projectTally: ClientProjectTallyRepository,
): EventSubscriptions<CatalogueEvent> {
  return {
    topics: ['billing.events', 'crm.events', 'messaging.events', 'portal.events', 'identity.events'],
    schemas: eventSchemas,
    handlers: combineHandlers(
      {
        'billing.invoice.issued': async ({ tenantId, data }, context) => {
          await clients.recordInvoiceIssued(context, tenantId, {
            clientId: data.clientId,
            totalMinor: data.totalMinor,
            currency: data.currency,
            issuedAt: new Date(data.issuedAt),
          });
        },
        'portal.workspace.created': async ({ tenantId, data }, context) => {
          await clients.recordWorkspaceCreated(context, tenantId, {
            clientId: data.clientId,
            workspaceId: data.workspaceId,
          });
        },
        'identity.tenant.created': async ({ data }, context) => {
          await staff.recordTenantOwner(context, data.tenantId, {
            userId: data.ownerUserId,
            email: data.ownerEmail,
          });
        },
        'identity.staff.changed': async ({ tenantId, data }, context) => {
          await staff.recordStaffChanged(context, tenantId, {
            userId: data.staffId,
            email: data.email,
            displayName: data.displayName,
            role: data.role,
            status: data.status,
          });
        },
      },
      clientListHandlers(clients, projectTally),
      activityHandlers(activity),
    ),
  };
}

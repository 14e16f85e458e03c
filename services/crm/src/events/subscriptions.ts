import { eventSchemas, type CatalogueEvent } from '@client-portal/events';
import type { EventSubscriptions } from '@client-portal/kit';
import type { ClientRepository } from '../store/client.repository.js';
import type { StaffDirectoryRepository } from '../store/staff-directory.repository.js';
import { activityHandlers, type ActivityStores } from './activity.consumer.js';

/**
 * What crm consumes, in one place: billing facts that feed the client's value and last activity;
 * portal workspaces, which keep a client from being deleted; identity's team, which says who may own a
 * client; and every service's facts about a client for its timeline, metrics and the agency dashboard
 * (crm's own events included: the timeline is built the same way whoever produced the fact).
 * Events arrive checked against the catalogue; one that does not fit is dead-lettered with the reason.
 */
export function crmSubscriptions(
  clients: ClientRepository,
  staff: StaffDirectoryRepository,
  activity: ActivityStores,
): EventSubscriptions<CatalogueEvent> {
  const timeline = activityHandlers(activity);
  return {
    topics: ['billing.events', 'crm.events', 'messaging.events', 'portal.events', 'identity.events'],
    schemas: eventSchemas,
    handlers: {
      ...timeline,
      'billing.invoice.issued': async (event, context) => {
        const { tenantId, data } = event;
        await clients.recordInvoiceIssued(context, tenantId, {
          clientId: data.clientId,
          totalMinor: data.totalMinor,
          issuedAt: new Date(data.issuedAt),
        });
        await timeline['billing.invoice.issued']?.(event, context);
      },
      'portal.workspace.created': async (event, context) => {
        await clients.recordWorkspaceCreated(context, event.tenantId, {
          clientId: event.data.clientId,
          workspaceId: event.data.workspaceId,
        });
        await timeline['portal.workspace.created']?.(event, context);
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
  };
}

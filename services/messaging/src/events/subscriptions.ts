import { eventSchemas, type CatalogueEvent } from '@client-portal/events';
import type { EventSubscriptions } from '@client-portal/kit';
import type { WorkspaceAccessRepository } from '../store/workspace-access.repository.js';

/**
 * What messaging consumes, in one place: portal's workspaces, to know who may write in each. Events
 * arrive checked against the catalogue; one that does not fit is dead-lettered with the reason.
 */
export function messagingSubscriptions(
  workspaces: WorkspaceAccessRepository,
): EventSubscriptions<CatalogueEvent> {
  return {
    topics: ['portal.events'],
    schemas: eventSchemas,
    handlers: {
      'portal.workspace.created': async ({ tenantId, data }, context) => {
        await workspaces.recordCreated(context, tenantId, {
          id: data.workspaceId,
          clientId: data.clientId,
          name: data.name,
        });
      },
    },
  };
}

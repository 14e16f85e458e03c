import { z } from 'zod';
import type { EventHandler } from '@client-portal/kit';
import type { WorkspaceAccessRepository } from '../store/workspace-access.repository.js';

/** The catalogue's payload; a payload that does not match is retried, then dead-lettered with the reason. */
const workspaceCreatedSchema = z.object({
  workspaceId: z.string().min(1),
  clientId: z.string().min(1),
  name: z.string(),
});

/** What messaging consumes, in one place: portal's workspaces, to know who may write in each. */
export function messagingSubscriptions(workspaces: WorkspaceAccessRepository): {
  topics: string[];
  handlers: Record<string, EventHandler>;
} {
  return {
    topics: ['portal.events'],
    handlers: {
      'portal.workspace.created': async (event, context) => {
        const workspace = workspaceCreatedSchema.parse(event.data);
        await workspaces.recordCreated(context, event.tenantId, {
          id: workspace.workspaceId,
          clientId: workspace.clientId,
          name: workspace.name,
        });
      },
    },
  };
}

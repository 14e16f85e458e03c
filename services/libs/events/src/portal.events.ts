import { z } from 'zod';
import { defineEvent, fields } from './define.js';

/**
 * What every portal event about a workspace's content carries (issue 10), first in its schema: the
 * gateway's live stream (workspaceChange in live.ts) and the workspace timeline read these. A thing a
 * client user may not see (an internal task, a file not shared) has clientVisible false: its events
 * reach staff screens only and stay out of the client's timeline.
 */
export const workspaceEventFields = {
  workspaceId: fields.id(),
  clientId: fields.id(),
  clientVisible: z.boolean().describe('false: staff only (live stream, timeline)'),
  actorName: z.string().describe("who did it, as people see them ('' when the platform did)"),
  title: z.string().describe('what it is about: the task title, file name, deliverable title, …'),
};

export const workspaceCreatedV1 = defineEvent({
  type: 'portal.workspace.created',
  version: 1,
  producer: 'portal',
  subject: 'workspace id',
  description: "A client's portal was enabled: its workspace exists.",
  consumers: [
    'crm (timeline, metrics, dashboard)',
    'messaging (workspace → client map)',
    'notification (workspace names for e-mails)',
    'gateway (live updates)',
    'crm (a client with a workspace is archived, not deleted)',
  ],
  schema: z.object({
    workspaceId: fields.id(),
    clientId: fields.id(),
    clientName: z.string(),
    name: z.string(),
  }),
  example: {
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    clientName: 'Globex',
    name: 'Globex',
  },
});

// ---- Access slice (issue 10): a workspace renamed, its modules switched, archived or restored. ----

const workspaceChangeExample = {
  workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
  clientId: 'c0ffee00-1111-4222-8333-444455556666',
  clientVisible: true,
  actorName: 'Ada Lovelace',
  title: 'Globex website',
};

export const workspaceUpdatedV1 = defineEvent({
  type: 'portal.workspace.updated',
  version: 1,
  producer: 'portal',
  subject: 'workspace id',
  description:
    'Staff renamed a workspace or switched its modules. A module change is configuration: clientVisible is false (staff screens and timeline only).',
  consumers: ['gateway (live updates)', 'portal (timeline)', 'messaging, notification (workspace names)'],
  schema: z.object({
    ...workspaceEventFields,
    change: z.enum(['renamed', 'modules']),
    name: z.string().describe('the workspace name after the change'),
    modules: z.array(z.string()).describe('the modules switched on after the change'),
  }),
  example: {
    ...workspaceChangeExample,
    change: 'renamed',
    name: 'Globex website',
    modules: ['tasks', 'files'],
  },
});

export const workspaceArchivedV1 = defineEvent({
  type: 'portal.workspace.archived',
  version: 1,
  producer: 'portal',
  subject: 'workspace id',
  description: "A workspace was archived: read-only for everybody, gone from the client's navigation.",
  consumers: ['gateway (live updates)', 'portal (timeline)'],
  schema: z.object({ ...workspaceEventFields }),
  example: workspaceChangeExample,
});

export const workspaceRestoredV1 = defineEvent({
  type: 'portal.workspace.restored',
  version: 1,
  producer: 'portal',
  subject: 'workspace id',
  description: 'An archived workspace was restored: usable again and back in the navigation.',
  consumers: ['gateway (live updates)', 'portal (timeline)'],
  schema: z.object({ ...workspaceEventFields }),
  example: workspaceChangeExample,
});

/** What portal publishes today, on portal.events. */
export const portalEvents = [
  workspaceCreatedV1,
  workspaceUpdatedV1,
  workspaceArchivedV1,
  workspaceRestoredV1,
] as const;

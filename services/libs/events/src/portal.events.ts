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

// ---- home slice (issue 10): "view as client" --------------------------------------------------
export const workspaceViewedAsClientV1 = defineEvent({
  type: 'portal.workspace.viewed_as_client',
  version: 1,
  producer: 'portal',
  subject: 'workspace id',
  description:
    'A staff member opened the portal as one of the client’s users ("view as client", read-only): one event per workspace that user sees. Staff only.',
  consumers: ['portal (workspace timeline)', 'gateway (live updates, staff only)'],
  schema: z.object({
    ...workspaceEventFields,
    viewedUserName: z.string().describe('the client user whose portal was viewed'),
  }),
  example: {
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    clientVisible: false,
    actorName: 'Olivia Owner',
    title: 'Globex',
    viewedUserName: 'Dana Client',
  },
});
// ---- end home slice ---------------------------------------------------------------------------

/** What portal publishes today, on portal.events. */
export const portalEvents = [workspaceCreatedV1, workspaceViewedAsClientV1] as const;

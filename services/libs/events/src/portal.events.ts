import { z } from 'zod';
import { defineEvent, fields } from './define.js';

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

/** What portal publishes today, on portal.events. */
export const portalEvents = [workspaceCreatedV1] as const;

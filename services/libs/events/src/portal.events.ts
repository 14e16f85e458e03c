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

// ---- Content slice (issue 10): links, embeds and notes of a workspace -------------------------------

const CONTENT_CONSUMERS = ['portal (workspace timeline)', 'gateway (live updates: workspace.changed)'];
const WORKSPACE_EXAMPLE = {
  workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
  clientId: 'c0ffee00-1111-4222-8333-444455556666',
  clientVisible: true,
  actorName: 'Mia Member',
};

/** One event of a link, embed or note: the workspace fields, then what it names. */
function contentEvent<const Type extends string, Extra extends z.ZodRawShape>(
  type: Type,
  description: string,
  extra: Extra,
  example: z.input<z.ZodObject<typeof workspaceEventFields & Extra>>,
) {
  return defineEvent({
    type,
    version: 1,
    producer: 'portal',
    subject: `${type.split('.')[1] ?? 'content'} id`,
    description,
    consumers: CONTENT_CONSUMERS,
    schema: z.object({ ...workspaceEventFields, ...extra }),
    example,
  });
}

const linkFields = { linkId: fields.id(), url: z.string() };
const LINK_EXAMPLE = {
  ...WORKSPACE_EXAMPLE,
  title: 'Brand guidelines',
  linkId: '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f',
  url: 'https://brand.example.com/guidelines',
};
export const linkCreatedV1 = contentEvent(
  'portal.link.created',
  'Staff added a useful link to a workspace (client users with the view right see it).',
  linkFields,
  LINK_EXAMPLE,
);
export const linkUpdatedV1 = contentEvent(
  'portal.link.updated',
  "A link's title, URL or description changed.",
  linkFields,
  LINK_EXAMPLE,
);
export const linkDeletedV1 = contentEvent(
  'portal.link.deleted',
  'A link was removed.',
  linkFields,
  LINK_EXAMPLE,
);
export const linkReorderedV1 = contentEvent(
  'portal.link.reordered',
  "The workspace's links were put in a new order (subject: the first link; title: empty).",
  { linkIds: z.array(fields.id()) },
  { ...WORKSPACE_EXAMPLE, title: '', linkIds: ['0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f'] },
);

const embedFields = { embedId: fields.id(), host: z.string() };
const EMBED_EXAMPLE = {
  ...WORKSPACE_EXAMPLE,
  title: 'Homepage mock-up',
  embedId: '1c2d3e4f-5061-4728-939a-4b5c6d7e8f90',
  host: 'www.figma.com',
};
export const embedCreatedV1 = contentEvent(
  'portal.embed.created',
  "Staff embedded a page from a host on the tenant's allow-list in a workspace.",
  embedFields,
  EMBED_EXAMPLE,
);
export const embedUpdatedV1 = contentEvent(
  'portal.embed.updated',
  "An embed's title or URL changed.",
  embedFields,
  EMBED_EXAMPLE,
);
export const embedDeletedV1 = contentEvent(
  'portal.embed.deleted',
  'An embed was removed.',
  embedFields,
  EMBED_EXAMPLE,
);

const noteFields = {
  noteId: fields.id(),
  wasClientVisible: z
    .boolean()
    .describe('whether the note was client-visible before this change (a note made internal: true)'),
};
const NOTE_EXAMPLE = {
  ...WORKSPACE_EXAMPLE,
  title: 'Kick-off summary',
  noteId: '2d3e4f50-6172-4839-a4ab-5c6d7e8f9012',
  wasClientVisible: true,
};
export const noteCreatedV1 = contentEvent(
  'portal.note.created',
  'Staff wrote a note in a workspace, client-visible or internal (clientVisible false: staff only).',
  noteFields,
  NOTE_EXAMPLE,
);
export const noteUpdatedV1 = contentEvent(
  'portal.note.updated',
  "A note's title, text or visibility changed (clientVisible: after the change).",
  noteFields,
  NOTE_EXAMPLE,
);
export const noteDeletedV1 = contentEvent(
  'portal.note.deleted',
  'A note was deleted.',
  noteFields,
  NOTE_EXAMPLE,
);

/** The content slice's events, all carrying workspaceEventFields. */
export const contentEvents = [
  linkCreatedV1,
  linkUpdatedV1,
  linkDeletedV1,
  linkReorderedV1,
  embedCreatedV1,
  embedUpdatedV1,
  embedDeletedV1,
  noteCreatedV1,
  noteUpdatedV1,
  noteDeletedV1,
] as const;

/** What portal publishes today, on portal.events. */
export const portalEvents = [workspaceCreatedV1, ...contentEvents] as const;

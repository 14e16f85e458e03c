import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

/**
 * Links, embeds, notes and the timeline of a workspace (issue 10, content slice). Every route is
 * `staff-or-client`: portal's ContentService decides (staff: workspaces.view to read, workspaces.share to
 * change; client users: the "view" right in the workspace to read, never a change; a workspace they are
 * not in: 404).
 */

export const contentLinkSchema = named(
  'ContentLink',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    title: z.string(),
    url: z.string().meta({ description: 'http(s) only' }),
    description: z.string(),
    position: z.number().int(),
    version: z.number().int().meta({ description: 'Send it back as expectedVersion when changing the link' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  'A useful link shared in a workspace',
);

export const contentEmbedSchema = named(
  'ContentEmbed',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    title: z.string(),
    url: z.string().meta({ description: "https, host on the tenant's embed allow-list" }),
    host: z.string(),
    blocked: z.boolean().meta({
      description:
        'Staff only: the host left the allow-list, so the embed is not rendered (client users never receive such an embed)',
    }),
    position: z.number().int(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  'A page embedded in a workspace (rendered in a sandboxed iframe)',
);

export const contentNoteSchema = named(
  'ContentNote',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    title: z.string(),
    body: z.string().meta({ description: 'Plain text, line breaks kept; never HTML' }),
    clientVisible: z.boolean().meta({ description: 'false: internal (client users never receive it)' }),
    version: z.number().int(),
    authorName: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  'A note in a workspace',
);

export const timelineEntrySchema = named(
  'WorkspaceTimelineEntry',
  z.object({
    id: z.string(),
    type: z
      .string()
      .meta({ description: 'The catalogue event type, e.g. portal.note.created, billing.invoice.paid' }),
    subjectId: z.string(),
    title: z.string(),
    actorName: z.string(),
    occurredAt: z.string(),
    clientVisible: z.boolean().meta({ description: 'Always true in a client user’s answer' }),
  }),
  'Something that happened in a workspace',
);

const contentLinkListSchema = named('ContentLinkList', z.object({ links: z.array(contentLinkSchema) }));

const workspaceParams = idParams('workspaceId');
const linkParams = z.object({ workspaceId: z.string().min(1), linkId: z.string().min(1) });
const embedParams = z.object({ workspaceId: z.string().min(1), embedId: z.string().min(1) });
const noteParams = z.object({ workspaceId: z.string().min(1), noteId: z.string().min(1) });
const versionQuery = z.object({
  expectedVersion: z.coerce.number().int().meta({ description: 'The version the deletion was decided on' }),
});
const expectedVersion = z
  .number()
  .int()
  .meta({ description: 'The version the change was made on (409 when stale)' });
const deletedSchema = named('DeletedContent', z.object({ id: z.string() }));

const linkInput = {
  title: z
    .string()
    .meta({ maxLength: FIELD_LIMITS.portal.contentTitle })
    .meta({ description: 'At most 200 characters' }),
  url: z
    .string()
    .meta({ maxLength: FIELD_LIMITS.portal.contentUrl })
    .meta({ description: 'http:// or https:// (javascript:, data: and other schemes are refused)' }),
  description: z.string().meta({ maxLength: FIELD_LIMITS.portal.contentDescription }).optional(),
};
const embedInput = {
  title: z.string().meta({ maxLength: FIELD_LIMITS.portal.contentTitle }),
  url: z
    .string()
    .meta({ maxLength: FIELD_LIMITS.portal.contentUrl })
    .meta({ description: "https://, host on the tenant's embed allow-list" }),
};
const noteInput = {
  title: z.string().meta({ maxLength: FIELD_LIMITS.portal.contentTitle }),
  body: z
    .string()
    .meta({ maxLength: FIELD_LIMITS.portal.contentNote })
    .meta({ description: 'Plain text, at most 20,000 characters' }),
  clientVisible: z.boolean(),
};

const tags = ['content'];

export const contentRoutes = [
  // ---- links
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/links',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: "A workspace's links, in order",
    tags,
    params: workspaceParams,
    response: contentLinkListSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.content.listLinks(params, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/links',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Add a link (staff, workspaces.share)',
    tags,
    status: 201,
    params: workspaceParams,
    body: named('NewContentLink', z.object(linkInput)),
    response: contentLinkSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.content.addLink(
        { workspaceId: params.workspaceId, ...body, description: body.description ?? '' },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'put',
    path: '/workspaces/:workspaceId/links/order',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Put the links in a new order (every link once)',
    tags,
    params: workspaceParams,
    body: named(
      'ContentLinkOrder',
      z.object({ linkIds: z.array(z.string().max(FIELD_LIMITS.common.id)).max(FIELD_LIMITS.common.idList) }),
    ),
    response: contentLinkListSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.content.reorderLinks({ workspaceId: params.workspaceId, linkIds: body.linkIds }, onBehalf),
  }),
  defineRoute({
    method: 'patch',
    path: '/workspaces/:workspaceId/links/:linkId',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Change a link (409 when it changed since expectedVersion)',
    tags,
    params: linkParams,
    body: named('ContentLinkChanges', z.object({ expectedVersion, ...linkInput })),
    response: contentLinkSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.content.updateLink({ ...params, ...body, description: body.description ?? '' }, onBehalf),
  }),
  defineRoute({
    method: 'delete',
    path: '/workspaces/:workspaceId/links/:linkId',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Remove a link',
    tags,
    params: linkParams,
    query: versionQuery,
    response: deletedSchema,
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.content.deleteLink(
        { workspaceId: params.workspaceId, id: params.linkId, expectedVersion: query.expectedVersion },
        onBehalf,
      ),
  }),
  // ---- embeds
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/embeds',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: "A workspace's embeds (client users: only those whose host is still allowed)",
    tags,
    params: workspaceParams,
    response: named('ContentEmbedList', z.object({ embeds: z.array(contentEmbedSchema) })),
    handler: ({ params, onBehalf }, { backends }) => backends.content.listEmbeds(params, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/embeds',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: "Embed a page (https, host on the tenant's allow-list)",
    tags,
    status: 201,
    params: workspaceParams,
    body: named('NewContentEmbed', z.object(embedInput)),
    response: contentEmbedSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.content.addEmbed({ workspaceId: params.workspaceId, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'patch',
    path: '/workspaces/:workspaceId/embeds/:embedId',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Change an embed (409 when it changed since expectedVersion)',
    tags,
    params: embedParams,
    body: named('ContentEmbedChanges', z.object({ expectedVersion, ...embedInput })),
    response: contentEmbedSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.content.updateEmbed({ ...params, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'delete',
    path: '/workspaces/:workspaceId/embeds/:embedId',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Remove an embed',
    tags,
    params: embedParams,
    query: versionQuery,
    response: deletedSchema,
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.content.deleteEmbed(
        { workspaceId: params.workspaceId, id: params.embedId, expectedVersion: query.expectedVersion },
        onBehalf,
      ),
  }),
  // ---- notes
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/notes',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: "A workspace's notes, last changed first (client users: client-visible ones only)",
    tags,
    params: workspaceParams,
    response: named('ContentNoteList', z.object({ notes: z.array(contentNoteSchema) })),
    handler: ({ params, onBehalf }, { backends }) => backends.content.listNotes(params, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/notes/:noteId',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: 'A note (an internal note is 404 for a client user)',
    tags,
    params: noteParams,
    response: contentNoteSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.content.getNote(params, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/notes',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Write a note, client-visible or internal',
    tags,
    status: 201,
    params: workspaceParams,
    body: named('NewContentNote', z.object(noteInput)),
    response: contentNoteSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.content.addNote({ workspaceId: params.workspaceId, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'patch',
    path: '/workspaces/:workspaceId/notes/:noteId',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Change a note (409 when it changed since expectedVersion)',
    tags,
    params: noteParams,
    body: named('ContentNoteChanges', z.object({ expectedVersion, ...noteInput })),
    response: contentNoteSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.content.updateNote({ ...params, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'delete',
    path: '/workspaces/:workspaceId/notes/:noteId',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Delete a note',
    tags,
    params: noteParams,
    query: versionQuery,
    response: deletedSchema,
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.content.deleteNote(
        { workspaceId: params.workspaceId, id: params.noteId, expectedVersion: query.expectedVersion },
        onBehalf,
      ),
  }),
  // ---- timeline
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/timeline',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: 'What happened in the workspace, newest first (client users: client-visible entries only)',
    tags,
    params: workspaceParams,
    query: pageQuerySchema,
    response: named(
      'WorkspaceTimelinePage',
      z.object({ entries: z.array(timelineEntrySchema), pageInfo: pageInfoSchema }),
    ),
    handler: async ({ params, query, onBehalf }, { backends }) => {
      const page = await backends.content.listTimeline(
        { workspaceId: params.workspaceId, page: pageOf(query) },
        onBehalf,
      );
      return { entries: page.entries, pageInfo: page.pageInfo ?? { nextPageToken: '', totalSize: 0 } };
    },
  }),
];

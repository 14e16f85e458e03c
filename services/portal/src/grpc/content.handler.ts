import { requirePrincipal, type Principal } from '@client-portal/kit';
import type {
  ContentEmbedView,
  ContentLinkView,
  ContentNoteView,
  HandlersOf,
  WorkspaceTimelineEntry,
} from '@client-portal/contracts';
import type { ContentService, EmbedView } from '../application/content.service.js';
import type { Link, Note } from '../domain/content.js';
import type { TimelineEntry } from '../store/timeline.repository.js';

export function toLinkMessage(link: Link): ContentLinkView {
  return {
    id: link.id,
    workspaceId: link.workspaceId,
    title: link.title,
    url: link.url,
    description: link.description,
    position: link.position,
    version: link.version,
    createdAt: link.createdAt.toISOString(),
    updatedAt: link.updatedAt.toISOString(),
  };
}

export function toEmbedMessage(embed: EmbedView): ContentEmbedView {
  return {
    id: embed.id,
    workspaceId: embed.workspaceId,
    title: embed.title,
    url: embed.url,
    position: embed.position,
    version: embed.version,
    blocked: embed.blocked,
    host: embed.host,
    createdAt: embed.createdAt.toISOString(),
    updatedAt: embed.updatedAt.toISOString(),
  };
}

export function toNoteMessage(note: Note): ContentNoteView {
  return {
    id: note.id,
    workspaceId: note.workspaceId,
    title: note.title,
    body: note.body,
    clientVisible: note.clientVisible,
    version: note.version,
    authorName: note.authorName,
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
  };
}

/** A timeline entry as the caller may see it: a client user receives client-visible entries only. */
export function toTimelineMessage(entry: TimelineEntry, principal: Principal): WorkspaceTimelineEntry {
  return {
    id: entry.id,
    type: entry.type,
    subjectId: entry.subjectId,
    title: entry.title,
    actorName: entry.actorName,
    occurredAt: entry.occurredAt.toISOString(),
    clientVisible: principal.kind === 'client' ? true : entry.clientVisible,
  };
}

const linkInput = (request: { title: string; url: string; description: string }) => ({
  title: request.title,
  url: request.url,
  description: request.description,
});

export function contentHandlers(content: ContentService): HandlersOf<'content'> {
  return {
    ListLinks: async (request, call) => {
      const links = await content.listLinks(requirePrincipal(call.metadata), request.workspaceId);
      return { links: links.map(toLinkMessage) };
    },
    AddLink: async (request, call) =>
      toLinkMessage(
        await content.addLink(requirePrincipal(call.metadata), request.workspaceId, linkInput(request)),
      ),
    UpdateLink: async (request, call) =>
      toLinkMessage(
        await content.updateLink(
          requirePrincipal(call.metadata),
          request.workspaceId,
          request.linkId,
          request.expectedVersion,
          linkInput(request),
        ),
      ),
    DeleteLink: async (request, call) => {
      await content.deleteLink(
        requirePrincipal(call.metadata),
        request.workspaceId,
        request.id,
        request.expectedVersion,
      );
      return { id: request.id };
    },
    ReorderLinks: async (request, call) => {
      const links = await content.reorderLinks(
        requirePrincipal(call.metadata),
        request.workspaceId,
        request.linkIds,
      );
      return { links: links.map(toLinkMessage) };
    },
    ListEmbeds: async (request, call) => {
      const embeds = await content.listEmbeds(requirePrincipal(call.metadata), request.workspaceId);
      return { embeds: embeds.map(toEmbedMessage) };
    },
    AddEmbed: async (request, call) =>
      toEmbedMessage(
        await content.addEmbed(requirePrincipal(call.metadata), request.workspaceId, {
          title: request.title,
          url: request.url,
        }),
      ),
    UpdateEmbed: async (request, call) =>
      toEmbedMessage(
        await content.updateEmbed(
          requirePrincipal(call.metadata),
          request.workspaceId,
          request.embedId,
          request.expectedVersion,
          { title: request.title, url: request.url },
        ),
      ),
    DeleteEmbed: async (request, call) => {
      await content.deleteEmbed(
        requirePrincipal(call.metadata),
        request.workspaceId,
        request.id,
        request.expectedVersion,
      );
      return { id: request.id };
    },
    ListNotes: async (request, call) => {
      const notes = await content.listNotes(requirePrincipal(call.metadata), request.workspaceId);
      return { notes: notes.map(toNoteMessage) };
    },
    GetNote: async (request, call) =>
      toNoteMessage(
        await content.getNote(requirePrincipal(call.metadata), request.workspaceId, request.noteId),
      ),
    AddNote: async (request, call) =>
      toNoteMessage(
        await content.addNote(requirePrincipal(call.metadata), request.workspaceId, {
          title: request.title,
          body: request.body,
          clientVisible: request.clientVisible,
        }),
      ),
    UpdateNote: async (request, call) =>
      toNoteMessage(
        await content.updateNote(
          requirePrincipal(call.metadata),
          request.workspaceId,
          request.noteId,
          request.expectedVersion,
          { title: request.title, body: request.body, clientVisible: request.clientVisible },
        ),
      ),
    DeleteNote: async (request, call) => {
      await content.deleteNote(
        requirePrincipal(call.metadata),
        request.workspaceId,
        request.id,
        request.expectedVersion,
      );
      return { id: request.id };
    },
    ListTimeline: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const page = await content.listTimeline(principal, request.workspaceId, request.page);
      return {
        entries: page.entries.map((entry) => toTimelineMessage(entry, principal)),
        pageInfo: { nextPageToken: page.nextPageToken, totalSize: 0 },
      };
    },
  };
}

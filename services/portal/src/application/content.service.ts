import {
  DomainError,
  assertPermission,
  assertWorkspaceRight,
  canSeeWorkspace,
  type EventOutbox,
  type OutboxEntry,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  checkEmbedInput,
  checkLinkInput,
  checkNoteInput,
  embedHost,
  hostAllowed,
  newEmbed,
  newLink,
  newNote,
  type Embed,
  type EmbedInput,
  type Link,
  type LinkInput,
  type Note,
  type NoteInput,
} from '../domain/content.js';
import { WORKSPACE_MODULES, moduleOn, type Workspace, type WorkspaceModule } from '../domain/workspace.js';
import type { ContentRepository } from '../store/content.repository.js';
import type { PortalSettingsRepository } from '../store/portal-settings.repository.js';
import type { TimelineEntry, TimelineRepository } from '../store/timeline.repository.js';
import { TIMELINE_ORDER } from '../store/timeline.repository.js';

/** An embed as a caller receives it: staff learn when its host left the allow-list. */
export interface EmbedView extends Embed {
  host: string;
  blocked: boolean;
}

type ContentModule = Extract<WorkspaceModule, 'links' | 'embeds' | 'notes' | 'timeline'>;

/** The modules a client user's timeline may show entries of (the ones switched on). */
function modulesOn(workspace: Workspace): WorkspaceModule[] {
  return WORKSPACE_MODULES.filter((module) => moduleOn(workspace, module));
}

const changedMeanwhile = (what: string) =>
  DomainError.precondition(
    `The ${what} changed meanwhile: reload it and try again`,
    'content.changed_meanwhile',
  );

/**
 * Links, embeds, notes and the timeline of a workspace. Staff with workspaces.share change them; client
 * users with the "view" right read what is meant for them (a module switched off: NOT_FOUND for them).
 */
export class ContentService {
  constructor(
    private readonly workspaces: { find(tenantId: string, id: string): Promise<Workspace | undefined> },
    private readonly content: ContentRepository,
    private readonly settings: PortalSettingsRepository,
    private readonly timeline: TimelineRepository,
    private readonly outbox: EventOutbox<ProducedBy<'portal'>>,
  ) {}

  // ---- access ----------------------------------------------------------------------------------------

  /** The workspace, if the caller may read `module` in it: staff (workspaces.view) or a client with view. */
  private async readable(
    principal: Principal,
    workspaceId: string,
    module: ContentModule,
  ): Promise<Workspace> {
    const workspace = await this.workspaces.find(principal.tenantId, workspaceId);
    if (!workspace || !canSeeWorkspace(principal, workspace))
      throw DomainError.notFound('Workspace', workspaceId);
    if (principal.kind === 'client') {
      assertWorkspaceRight(principal, workspace, 'view');
      // A module switched off is not there for a client user (staff still see and fill it).
      if (!moduleOn(workspace, module)) throw DomainError.notFound('Workspace', workspaceId);
    } else assertPermission(principal, 'workspaces.view');
    return workspace;
  }

  /** The workspace, if the caller may change its content: staff with workspaces.share, not archived. */
  private async writable(principal: Principal, workspaceId: string): Promise<Workspace> {
    const workspace = await this.workspaces.find(principal.tenantId, workspaceId);
    if (!workspace || !canSeeWorkspace(principal, workspace))
      throw DomainError.notFound('Workspace', workspaceId);
    if (principal.viewedBy) throw DomainError.forbidden('Viewing the portal as a client is read-only');
    assertPermission(principal, 'workspaces.share');
    if (workspace.archivedAt)
      throw DomainError.precondition('This workspace is archived: it is read-only', 'workspace.archived');
    return workspace;
  }

  private fields(principal: Principal, workspace: Workspace, clientVisible: boolean, title: string) {
    return {
      workspaceId: workspace.id,
      clientId: workspace.clientId,
      clientVisible,
      actorName: principal.displayName ?? '',
      title,
    };
  }

  private context(principal: Principal, workspace: Workspace, position: number) {
    return {
      tenantId: workspace.tenantId,
      workspaceId: workspace.id,
      clientId: workspace.clientId,
      authorName: principal.displayName ?? '',
      position,
    };
  }

  /** After a versioned write: "changed meanwhile" when another write came first, else publish. */
  private saved(written: boolean, what: string): void {
    if (!written) throw changedMeanwhile(what);
  }

  // ---- links -------------------------------------------------------------------------------------------

  async listLinks(principal: Principal, workspaceId: string): Promise<Link[]> {
    const workspace = await this.readable(principal, workspaceId, 'links');
    return this.content.list(workspace.tenantId, workspace.id, 'link');
  }

  async addLink(principal: Principal, workspaceId: string, input: LinkInput): Promise<Link> {
    const workspace = await this.writable(principal, workspaceId);
    checkLinkInput(input);
    const position = await this.content.nextPosition(workspace.tenantId, workspace.id, 'link');
    const link = newLink(input, this.context(principal, workspace, position));
    await this.content.insert(link, this.linkEvent('portal.link.created', principal, workspace, link));
    return link;
  }

  async updateLink(
    principal: Principal,
    workspaceId: string,
    linkId: string,
    expectedVersion: number,
    input: LinkInput,
  ): Promise<Link> {
    const workspace = await this.writable(principal, workspaceId);
    const link = await this.content.find(workspace.tenantId, workspace.id, 'link', linkId);
    if (!link) throw DomainError.notFound('Link', linkId);
    const checked = checkLinkInput(input);
    if (link.version !== expectedVersion) throw changedMeanwhile('link');
    const changed: Link = { ...link, ...checked, version: link.version + 1, updatedAt: new Date() };
    this.saved(
      await this.content.replace(
        changed,
        expectedVersion,
        this.linkEvent('portal.link.updated', principal, workspace, changed),
      ),
      'link',
    );
    return changed;
  }

  async deleteLink(
    principal: Principal,
    workspaceId: string,
    linkId: string,
    expectedVersion: number,
  ): Promise<void> {
    const workspace = await this.writable(principal, workspaceId);
    const link = await this.content.find(workspace.tenantId, workspace.id, 'link', linkId);
    if (!link) throw DomainError.notFound('Link', linkId);
    if (link.version !== expectedVersion) throw changedMeanwhile('link');
    const now = new Date();
    const deleted: Link = { ...link, version: link.version + 1, updatedAt: now, deletedAt: now };
    this.saved(
      await this.content.replace(
        deleted,
        expectedVersion,
        this.linkEvent('portal.link.deleted', principal, workspace, deleted),
      ),
      'link',
    );
  }

  /** Puts the links in the given order: every live link named exactly once. */
  async reorderLinks(principal: Principal, workspaceId: string, linkIds: string[]): Promise<Link[]> {
    const workspace = await this.writable(principal, workspaceId);
    const links = await this.content.list(workspace.tenantId, workspace.id, 'link');
    const known = new Set(links.map((link) => link.id));
    if (
      linkIds.length !== known.size ||
      new Set(linkIds).size !== linkIds.length ||
      linkIds.some((id) => !known.has(id))
    )
      throw DomainError.invalid('Name every link of the workspace once, in the new order', [
        { field: 'linkIds', code: 'invalid_value', message: 'Name every link of the workspace once' },
      ]);
    const now = new Date();
    const [first] = linkIds;
    if (first === undefined) return links;
    const event = this.outbox.entry({
      type: 'portal.link.reordered',
      tenantId: workspace.tenantId,
      subject: first,
      data: { ...this.fields(principal, workspace, true, ''), linkIds },
    });
    // Positions are written one document at a time (no multi-document transaction): a reorder that
    // stops half-way leaves a mixed order, never a lost link; the event rides with the first write.
    for (const [position, id] of linkIds.entries())
      await this.content.setPosition(
        workspace.tenantId,
        id,
        position,
        now,
        ...(position === 0 ? [event] : []),
      );
    return this.content.list(workspace.tenantId, workspace.id, 'link');
  }

  private linkEvent(
    type: 'portal.link.created' | 'portal.link.updated' | 'portal.link.deleted',
    principal: Principal,
    workspace: Workspace,
    link: Link,
  ): OutboxEntry {
    return this.outbox.entry({
      type,
      tenantId: workspace.tenantId,
      subject: link.id,
      data: { ...this.fields(principal, workspace, true, link.title), linkId: link.id, url: link.url },
    });
  }

  // ---- embeds ------------------------------------------------------------------------------------------

  /**
   * Staff: every embed, `blocked` when its host is no longer on the allow-list (shown, not rendered).
   * Client users: only the embeds whose host is still allowed.
   */
  async listEmbeds(principal: Principal, workspaceId: string): Promise<EmbedView[]> {
    const workspace = await this.readable(principal, workspaceId, 'embeds');
    const [embeds, settings] = await Promise.all([
      this.content.list(workspace.tenantId, workspace.id, 'embed'),
      this.settings.get(workspace.tenantId),
    ]);
    const views = embeds.map((embed) => {
      const host = embedHost(embed.url);
      return { ...embed, host, blocked: !hostAllowed(host, settings.embedAllowList) };
    });
    return principal.kind === 'client' ? views.filter((view) => !view.blocked) : views;
  }

  async addEmbed(principal: Principal, workspaceId: string, input: EmbedInput): Promise<EmbedView> {
    const workspace = await this.writable(principal, workspaceId);
    const settings = await this.settings.get(workspace.tenantId);
    checkEmbedInput(input, settings.embedAllowList);
    const position = await this.content.nextPosition(workspace.tenantId, workspace.id, 'embed');
    const embed = newEmbed(input, settings.embedAllowList, this.context(principal, workspace, position));
    await this.content.insert(embed, this.embedEvent('portal.embed.created', principal, workspace, embed));
    return { ...embed, host: embedHost(embed.url), blocked: false };
  }

  async updateEmbed(
    principal: Principal,
    workspaceId: string,
    embedId: string,
    expectedVersion: number,
    input: EmbedInput,
  ): Promise<EmbedView> {
    const workspace = await this.writable(principal, workspaceId);
    const embed = await this.content.find(workspace.tenantId, workspace.id, 'embed', embedId);
    if (!embed) throw DomainError.notFound('Embed', embedId);
    const settings = await this.settings.get(workspace.tenantId);
    const checked = checkEmbedInput(input, settings.embedAllowList);
    if (embed.version !== expectedVersion) throw changedMeanwhile('embed');
    const changed: Embed = { ...embed, ...checked, version: embed.version + 1, updatedAt: new Date() };
    this.saved(
      await this.content.replace(
        changed,
        expectedVersion,
        this.embedEvent('portal.embed.updated', principal, workspace, changed),
      ),
      'embed',
    );
    return { ...changed, host: embedHost(changed.url), blocked: false };
  }

  async deleteEmbed(
    principal: Principal,
    workspaceId: string,
    embedId: string,
    expectedVersion: number,
  ): Promise<void> {
    const workspace = await this.writable(principal, workspaceId);
    const embed = await this.content.find(workspace.tenantId, workspace.id, 'embed', embedId);
    if (!embed) throw DomainError.notFound('Embed', embedId);
    if (embed.version !== expectedVersion) throw changedMeanwhile('embed');
    const now = new Date();
    const deleted: Embed = { ...embed, version: embed.version + 1, updatedAt: now, deletedAt: now };
    this.saved(
      await this.content.replace(
        deleted,
        expectedVersion,
        this.embedEvent('portal.embed.deleted', principal, workspace, deleted),
      ),
      'embed',
    );
  }

  private embedEvent(
    type: 'portal.embed.created' | 'portal.embed.updated' | 'portal.embed.deleted',
    principal: Principal,
    workspace: Workspace,
    embed: Embed,
  ): OutboxEntry {
    return this.outbox.entry({
      type,
      tenantId: workspace.tenantId,
      subject: embed.id,
      data: {
        ...this.fields(principal, workspace, true, embed.title),
        embedId: embed.id,
        host: embedHost(embed.url),
      },
    });
  }

  // ---- notes -------------------------------------------------------------------------------------------

  /** Client users: client-visible notes only (filtered by the query). */
  async listNotes(principal: Principal, workspaceId: string): Promise<Note[]> {
    const workspace = await this.readable(principal, workspaceId, 'notes');
    return this.content.list(workspace.tenantId, workspace.id, 'note', {
      clientVisibleOnly: principal.kind === 'client',
    });
  }

  /** An internal note is NOT_FOUND for a client user, exactly like a missing one. */
  async getNote(principal: Principal, workspaceId: string, noteId: string): Promise<Note> {
    const workspace = await this.readable(principal, workspaceId, 'notes');
    const note = await this.content.find(workspace.tenantId, workspace.id, 'note', noteId);
    if (!note || (principal.kind === 'client' && !note.clientVisible))
      throw DomainError.notFound('Note', noteId);
    return note;
  }

  async addNote(principal: Principal, workspaceId: string, input: NoteInput): Promise<Note> {
    const workspace = await this.writable(principal, workspaceId);
    const note = newNote(input, this.context(principal, workspace, 0));
    await this.content.insert(note, this.noteEvent('portal.note.created', principal, workspace, note, false));
    return note;
  }

  async updateNote(
    principal: Principal,
    workspaceId: string,
    noteId: string,
    expectedVersion: number,
    input: NoteInput,
  ): Promise<Note> {
    const workspace = await this.writable(principal, workspaceId);
    const note = await this.content.find(workspace.tenantId, workspace.id, 'note', noteId);
    if (!note) throw DomainError.notFound('Note', noteId);
    const checked = checkNoteInput(input);
    if (note.version !== expectedVersion) throw changedMeanwhile('note');
    const changed: Note = { ...note, ...checked, version: note.version + 1, updatedAt: new Date() };
    this.saved(
      await this.content.replace(
        changed,
        expectedVersion,
        this.noteEvent('portal.note.updated', principal, workspace, changed, note.clientVisible),
      ),
      'note',
    );
    return changed;
  }

  async deleteNote(
    principal: Principal,
    workspaceId: string,
    noteId: string,
    expectedVersion: number,
  ): Promise<void> {
    const workspace = await this.writable(principal, workspaceId);
    const note = await this.content.find(workspace.tenantId, workspace.id, 'note', noteId);
    if (!note) throw DomainError.notFound('Note', noteId);
    if (note.version !== expectedVersion) throw changedMeanwhile('note');
    const now = new Date();
    const deleted: Note = { ...note, version: note.version + 1, updatedAt: now, deletedAt: now };
    this.saved(
      await this.content.replace(
        deleted,
        expectedVersion,
        this.noteEvent('portal.note.deleted', principal, workspace, deleted, note.clientVisible),
      ),
      'note',
    );
  }

  private noteEvent(
    type: 'portal.note.created' | 'portal.note.updated' | 'portal.note.deleted',
    principal: Principal,
    workspace: Workspace,
    note: Note,
    wasClientVisible: boolean,
  ): OutboxEntry {
    return this.outbox.entry({
      type,
      tenantId: workspace.tenantId,
      subject: note.id,
      data: {
        ...this.fields(principal, workspace, note.clientVisible, note.title),
        noteId: note.id,
        wasClientVisible,
      },
    });
  }

  // ---- timeline ----------------------------------------------------------------------------------------

  /** Newest first, keyset pages. Client users: client-visible entries of the modules switched on. */
  async listTimeline(
    principal: Principal,
    workspaceId: string,
    pageRequest: { pageSize?: number; pageToken?: string } | null | undefined,
  ): Promise<{ entries: TimelineEntry[]; nextPageToken: string }> {
    const workspace = await this.readable(principal, workspaceId, 'timeline');
    const page = TIMELINE_ORDER.read(pageRequest);
    return this.timeline.page(
      workspace.tenantId,
      workspace.id,
      page,
      principal.kind === 'client' ? { modules: modulesOn(workspace) } : undefined,
    );
  }

  // ---- tabs (TabSource.hasSomethingFor, asked for client users) ------------------------------------------

  async hasLinks(workspace: Workspace): Promise<boolean> {
    return (await this.content.list(workspace.tenantId, workspace.id, 'link', { limit: 1 })).length > 0;
  }

  async hasAllowedEmbeds(workspace: Workspace): Promise<boolean> {
    const [embeds, settings] = await Promise.all([
      this.content.list(workspace.tenantId, workspace.id, 'embed'),
      this.settings.get(workspace.tenantId),
    ]);
    return embeds.some((embed) => hostAllowed(embedHost(embed.url), settings.embedAllowList));
  }

  async hasClientVisibleNotes(workspace: Workspace): Promise<boolean> {
    const notes = await this.content.list(workspace.tenantId, workspace.id, 'note', {
      clientVisibleOnly: true,
      limit: 1,
    });
    return notes.length > 0;
  }

  async hasClientVisibleTimeline(workspace: Workspace): Promise<boolean> {
    return this.timeline.hasClientVisible(workspace.tenantId, workspace.id, modulesOn(workspace));
  }
}

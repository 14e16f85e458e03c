import {
  assertStaff,
  assertWorkspaceRight,
  canSeeWorkspace,
  DomainError,
  type EventOutbox,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  canSeeConversation,
  checkSubject,
  defaultConversation,
  newConversation,
  type Conversation,
} from '../domain/conversation.js';
import type { Message, WorkspaceAccess } from '../domain/message.js';
import type { ConversationRepository } from '../store/conversation.repository.js';
import type { MessageRepository } from '../store/message.repository.js';
import type { ReadMarkerRepository } from '../store/read-marker.repository.js';
import type { WorkspaceAccessRepository } from '../store/workspace-access.repository.js';

/** A conversation as the caller sees it, with their unread count. */
export interface ConversationView extends Conversation {
  unreadCount: number;
  newestUnread: Message | undefined;
  isDefault: boolean;
}

/** How far back staff's unread summary looks in conversations they never opened. */
export const STAFF_UNREAD_WINDOW_DAYS = 30;

/**
 * Conversation use cases (issue 12): who may see which conversation, opening and renaming them, read
 * markers and unread counts. A conversation a caller may not see is NOT_FOUND, never PERMISSION_DENIED:
 * a client user cannot learn that an internal discussion exists.
 */
export class ConversationService {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly workspaces: WorkspaceAccessRepository,
    private readonly messages: MessageRepository,
    private readonly readMarkers: ReadMarkerRepository,
    private readonly outbox: EventOutbox<ProducedBy<'messaging'>>,
  ) {}

  private assertPerson(principal: Principal): void {
    if (principal.kind === 'service') throw DomainError.forbidden('Only people take part in conversations');
    if (principal.kind !== 'client') assertStaff(principal, 'member');
  }

  /** The workspace if the caller may see it; NOT_FOUND otherwise (also when messaging has not heard of it). */
  async workspaceOf(principal: Principal, workspaceId: string): Promise<WorkspaceAccess> {
    this.assertPerson(principal);
    const workspace = workspaceId ? await this.workspaces.find(principal.tenantId, workspaceId) : undefined;
    if (!workspace || !canSeeWorkspace(principal, workspace))
      throw DomainError.notFound('Workspace', workspaceId);
    return workspace;
  }

  /** The workspace's default conversation, stored on first use (its id is the workspace's). */
  private async defaultOf(workspace: WorkspaceAccess): Promise<Conversation> {
    return (
      (await this.conversations.find(workspace.tenantId, workspace.id)) ??
      (await this.conversations.ensure(defaultConversation(workspace, new Date())))
    );
  }

  /** The conversation if the caller may see it; NOT_FOUND in every other case. */
  async resolve(principal: Principal, conversationId: string): Promise<Conversation> {
    this.assertPerson(principal);
    let conversation = conversationId
      ? await this.conversations.find(principal.tenantId, conversationId)
      : undefined;
    if (!conversation && conversationId) {
      // A workspace's default conversation is stored the first time anyone uses it.
      const workspace = await this.workspaces.find(principal.tenantId, conversationId);
      if (workspace && canSeeWorkspace(principal, workspace)) conversation = await this.defaultOf(workspace);
    }
    if (!conversation || !canSeeConversation(principal, conversation))
      throw DomainError.notFound('Conversation', conversationId);
    return conversation;
  }

  /** A client user writes only where they hold "chat" (workspace conversations, issue 10). */
  assertMayWrite(principal: Principal, conversation: Conversation): void {
    if (principal.kind !== 'client' || conversation.workspaceId === '') return;
    assertWorkspaceRight(
      principal,
      { id: conversation.workspaceId, clientId: conversation.clientId },
      'chat',
    );
  }

  async create(
    principal: Principal,
    request: { workspaceId: string; clientId: string; subject: string; internal: boolean },
  ): Promise<ConversationView> {
    this.assertPerson(principal);
    if (principal.viewedBy) throw DomainError.forbidden('This is a read-only preview');
    let scope: { tenantId: string; clientId: string; workspaceId: string };
    if (request.workspaceId) {
      const workspace = await this.workspaceOf(principal, request.workspaceId);
      if (principal.kind === 'client') assertWorkspaceRight(principal, workspace, 'chat');
      scope = { tenantId: workspace.tenantId, clientId: workspace.clientId, workspaceId: workspace.id };
    } else {
      if (!request.clientId.trim())
        throw DomainError.invalid('Say which workspace or client the conversation is about', [
          { field: 'clientId', message: 'A workspace or a client is required', code: 'required' },
        ]);
      // A client user may only open one with the agency about their own client.
      if (principal.kind === 'client' && principal.clientId !== request.clientId)
        throw DomainError.notFound('Client', request.clientId);
      scope = { tenantId: principal.tenantId, clientId: request.clientId, workspaceId: '' };
    }
    if (request.internal && principal.kind === 'client')
      throw DomainError.invalid('Internal discussions are for the agency team', [
        {
          field: 'internal',
          message: 'Only the agency team opens internal discussions',
          code: 'invalid_value',
        },
      ]);
    const conversation = newConversation(scope, {
      subject: request.subject,
      visibility: request.internal ? 'internal' : 'client',
      // "Contact the business": a contact's client-level conversation is theirs and the agency's only.
      clientAudience: principal.kind === 'client' && scope.workspaceId === '' ? [principal.userId] : [],
      createdBy: principal.userId,
    });
    await this.conversations.insert(conversation, this.changedEntry(conversation, 'created'));
    return { ...conversation, unreadCount: 0, newestUnread: undefined, isDefault: false };
  }

  async rename(principal: Principal, conversationId: string, subject: string): Promise<ConversationView> {
    const conversation = await this.resolve(principal, conversationId);
    if (principal.viewedBy) throw DomainError.forbidden('This is a read-only preview');
    if (conversation.id === conversation.workspaceId)
      throw DomainError.precondition(
        'The workspace’s General conversation keeps its name',
        'conversation.default',
      );
    if (principal.kind === 'client' && conversation.createdBy !== principal.userId)
      throw DomainError.forbidden('Only the agency or the person who opened it may rename a conversation');
    const renamed = { ...conversation, subject: checkSubject(subject) };
    await this.conversations.rename(conversation, renamed.subject, this.changedEntry(renamed, 'renamed'));
    return this.withUnread(principal, renamed);
  }

  private changedEntry(conversation: Conversation, change: 'created' | 'renamed') {
    return this.outbox.entry({
      type: 'messaging.conversation.changed',
      tenantId: conversation.tenantId,
      subject: conversation.id,
      data: {
        conversationId: conversation.id,
        workspaceId: conversation.workspaceId,
        clientId: conversation.clientId,
        subject: conversation.subject,
        change,
        conversationSubject: conversation.subject,
        clientVisible: conversation.visibility === 'client',
        clientAudience: conversation.clientAudience,
      },
    });
  }

  /** A workspace's conversations (default first) or a client's client-level ones, as the caller may see them. */
  async list(
    principal: Principal,
    request: { workspaceId: string; clientId: string },
  ): Promise<ConversationView[]> {
    this.assertPerson(principal);
    let conversations: Conversation[];
    if (request.workspaceId) {
      const workspace = await this.workspaceOf(principal, request.workspaceId);
      const general = await this.defaultOf(workspace);
      const others = (
        await this.conversations.listIn(workspace.tenantId, { workspaceId: workspace.id })
      ).filter((conversation) => conversation.id !== general.id);
      conversations = [general, ...others];
    } else {
      if (!request.clientId)
        throw DomainError.invalid('Say which workspace or client', [
          { field: 'clientId', message: 'A workspace or a client is required', code: 'required' },
        ]);
      if (principal.kind === 'client' && principal.clientId !== request.clientId)
        throw DomainError.notFound('Client', request.clientId);
      conversations = await this.conversations.listIn(principal.tenantId, {
        workspaceId: '',
        clientId: request.clientId,
      });
    }
    const visible = conversations.filter((conversation) => canSeeConversation(principal, conversation));
    return this.withUnreadAll(principal, visible);
  }

  async get(principal: Principal, conversationId: string): Promise<ConversationView> {
    return this.withUnread(principal, await this.resolve(principal, conversationId));
  }

  private async withUnread(principal: Principal, conversation: Conversation): Promise<ConversationView> {
    return (await this.withUnreadAll(principal, [conversation]))[0] as ConversationView;
  }

  private async withUnreadAll(
    principal: Principal,
    conversations: Conversation[],
    since?: Date,
  ): Promise<ConversationView[]> {
    const markers = await this.readMarkers.readAt(
      principal.tenantId,
      principal.userId,
      conversations.map((conversation) => conversation.id),
    );
    return Promise.all(
      conversations.map(async (conversation) => {
        const marker = markers.get(conversation.id);
        const after = marker ?? since;
        const unread = await this.messages.unread(
          conversation.tenantId,
          conversation.id,
          principal.userId,
          after,
        );
        return {
          ...conversation,
          unreadCount: unread.count,
          newestUnread: unread.newest,
          isDefault: conversation.id === conversation.workspaceId,
        };
      }),
    );
  }

  /** The caller read the conversation up to now; their other tabs hear of it. */
  async markRead(principal: Principal, conversationId: string): Promise<Date> {
    if (principal.kind === 'service') throw DomainError.forbidden('Only people read conversations');
    // "View as client" is read-only: looking at the conversation must not change what the client has read.
    if (principal.viewedBy) throw DomainError.forbidden('This is a read-only preview');
    const conversation = await this.resolve(principal, conversationId);
    const now = new Date();
    await this.readMarkers.markRead(
      conversation.tenantId,
      principal.userId,
      conversation,
      now,
      this.outbox.entry({
        type: 'messaging.conversation.read',
        tenantId: conversation.tenantId,
        subject: conversation.id,
        data: {
          conversationId: conversation.id,
          workspaceId: conversation.workspaceId,
          clientId: conversation.clientId,
          userId: principal.userId,
          readAt: now.toISOString(),
          conversationSubject: conversation.subject,
          clientVisible: conversation.visibility === 'client',
          clientAudience: conversation.clientAudience,
        },
      }),
    );
    return now;
  }

  /**
   * Every conversation the caller may see with something unread. Client users: those of their
   * workspaces and their client's client-level ones. Staff: the tenant's conversations with a message
   * in the last 30 days (a conversation they never opened counts from then, not from its start).
   */
  async unreadConversations(principal: Principal): Promise<ConversationView[]> {
    this.assertPerson(principal);
    if (principal.kind === 'client') {
      const mine = (
        await this.conversations.ofClientUser(
          principal.tenantId,
          principal.clientId ?? '',
          principal.workspaceIds,
        )
      ).filter((conversation) => canSeeConversation(principal, conversation));
      // Default conversations nobody has used yet are not stored; their workspaces have no messages.
      return (await this.withUnreadAll(principal, mine)).filter((view) => view.unreadCount > 0);
    }
    const since = new Date(Date.now() - STAFF_UNREAD_WINDOW_DAYS * 86_400_000);
    const active = await this.conversations.activeSince(principal.tenantId, since);
    return (await this.withUnreadAll(principal, active, since)).filter((view) => view.unreadCount > 0);
  }

  /** Issue 10's per-workspace counts (the home's inbox), now summed over the workspace's conversations. */
  async unreadInWorkspaces(principal: Principal, workspaceIds: string[]): Promise<ConversationView[]> {
    this.assertPerson(principal);
    const candidates = principal.kind === 'client' ? principal.workspaceIds : workspaceIds;
    const views = await Promise.all(
      candidates.map(async (workspaceId) => {
        const workspace = await this.workspaces.find(principal.tenantId, workspaceId);
        if (!workspace || !canSeeWorkspace(principal, workspace)) return [];
        const stored = await this.conversations.listIn(workspace.tenantId, { workspaceId: workspace.id });
        // Messages written before conversations sit in the default one even if it is not stored yet.
        const all = stored.some((conversation) => conversation.id === workspace.id)
          ? stored
          : [defaultConversation(workspace), ...stored];
        return this.withUnreadAll(
          principal,
          all.filter((conversation) => canSeeConversation(principal, conversation)),
        );
      }),
    );
    return views.flat().filter((view) => view.unreadCount > 0);
  }
}

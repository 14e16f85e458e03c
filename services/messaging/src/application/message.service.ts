import {
  assertStaff,
  assertWorkspaceRight,
  canSeeWorkspace,
  DomainError,
  pageInfo,
  type EventOutbox,
  type OutboxRelay,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { newMessage, type Message, type WorkspaceAccess } from '../domain/message.js';
import { MessageRepository } from '../store/message.repository.js';
import type { WorkspaceAccessRepository } from '../store/workspace-access.repository.js';
import type { ReadMarkerRepository } from '../store/read-marker.repository.js';
import type { Mention } from '../domain/message-actions.js';
import type { MessageActionService } from './message-action.service.js';

/** Message use cases: access checks, rules, events. */
export class MessageService {
  constructor(
    private readonly messages: MessageRepository,
    private readonly workspaces: WorkspaceAccessRepository,
    private readonly outbox: EventOutbox<ProducedBy<'messaging'>>,
    private readonly relay: OutboxRelay,
    private readonly readMarkers?: ReadMarkerRepository,
    // Message actions (issue 12): attachments and mentions of a message being posted.
    private readonly actions?: MessageActionService,
  ) {}

  /**
   * The workspace if the principal may take part in its conversation: staff of its tenant, or a
   * client user of its client invited to it. Anything else, including a workspace portal has not told
   * us about yet, is NOT_FOUND, so nobody learns which workspaces exist.
   */
  private async conversationOf(principal: Principal, workspaceId: string): Promise<WorkspaceAccess> {
    if (principal.kind !== 'client') assertStaff(principal, 'member');
    const workspace = await this.workspaces.find(principal.tenantId, workspaceId);
    if (!workspace || !canSeeWorkspace(principal, workspace))
      throw DomainError.notFound('Workspace', workspaceId);
    return workspace;
  }

  async post(
    principal: Principal,
    request: {
      workspaceId: string;
      body: string;
      authorDisplayName: string;
      attachmentIds?: string[];
      mentions?: Mention[];
    },
  ): Promise<Message> {
    if (principal.kind === 'service')
      throw DomainError.forbidden('Messages are written by people: the agency team or invited client users');
    const workspace = await this.conversationOf(principal, request.workspaceId);
    // Posting needs the "chat" right in this workspace (issue 10); reading the conversation does not.
    if (principal.kind === 'client') assertWorkspaceRight(principal, workspace, 'chat');
    const conversation = {
      id: workspace.id,
      tenantId: workspace.tenantId,
      workspaceId: workspace.id,
      clientId: workspace.clientId,
      clientVisible: true,
      clientAudience: [],
    };
    const extras = (await this.actions?.prepare(principal, conversation, request)) ?? {};
    const message = newMessage(
      workspace,
      {
        userId: principal.userId,
        // The gateway-resolved name wins: a caller cannot post under someone else's name.
        displayName: principal.displayName?.trim() || request.authorDisplayName.trim() || '',
        kind: principal.kind,
      },
      request.body,
      new Date(),
      extras,
    );
    await this.actions?.claim(message);
    await this.messages
      .insert(
        message,
        this.outbox.entry({
          type: 'messaging.message.posted',
          tenantId: message.tenantId,
          subject: message.id,
          data: {
            messageId: message.id,
            workspaceId: message.workspaceId,
            clientId: message.clientId,
            author: message.author,
            body: message.body,
            createdAt: message.createdAt.toISOString(),
            attachments: message.attachments,
            mentions: message.mentions,
          },
        }),
        ...(this.actions?.mentionedEntries(message, conversation) ?? []),
      )
      .catch(async (error: unknown) => {
        await this.actions?.release(message);
        throw error;
      });
    this.relay.nudge();
    return message;
  }

  /** Oldest first from the start of the conversation; the next page token leads to newer messages. */
  async list(
    principal: Principal,
    request: { workspaceId: string; page: { pageSize?: number; pageToken?: string } | null },
  ) {
    const workspace = await this.conversationOf(principal, request.workspaceId);
    const page = MessageRepository.listOrder.read(request.page);
    const { messages, nextPageToken } = await this.messages.listInWorkspace(
      workspace.tenantId,
      workspace.id,
      page,
    );
    return { messages, page: pageInfo(nextPageToken) };
  }

  /** The caller has read the conversation up to now (issue 10: the home's unread messages). */
  async markRead(principal: Principal, workspaceId: string): Promise<Date> {
    if (principal.kind === 'service') throw DomainError.forbidden('Only people read conversations');
    // "View as client" is read-only: looking at the conversation must not change what the client has read.
    if (principal.viewedBy) throw DomainError.forbidden('This is a read-only preview');
    const workspace = await this.conversationOf(principal, workspaceId);
    const now = new Date();
    await this.requireMarkers().markRead(workspace.tenantId, principal.userId, workspace.id, now);
    return now;
  }

  /**
   * Unread messages per conversation of the caller (client users: their workspaces; staff: the ones
   * they name, of their tenant). Conversations with nothing unread are left out.
   */
  async listUnread(
    principal: Principal,
    requested: string[],
  ): Promise<{ workspaceId: string; count: number; newest: Message | undefined }[]> {
    if (principal.kind !== 'client') assertStaff(principal, 'member');
    const candidates = principal.kind === 'client' ? principal.workspaceIds : requested;
    const markers = await this.requireMarkers().readAt(principal.tenantId, principal.userId, candidates);
    const results = await Promise.all(
      candidates.map(async (workspaceId) => {
        const workspace = await this.workspaces.find(principal.tenantId, workspaceId);
        if (!workspace || !canSeeWorkspace(principal, workspace)) return undefined;
        const unread = await this.messages.unread(
          workspace.tenantId,
          workspace.id,
          principal.userId,
          markers.get(workspace.id),
        );
        return unread.count > 0 ? { workspaceId: workspace.id, ...unread } : undefined;
      }),
    );
    return results.filter((result) => result !== undefined);
  }

  private requireMarkers(): ReadMarkerRepository {
    if (!this.readMarkers) throw new Error('read markers are not wired');
    return this.readMarkers;
  }
}

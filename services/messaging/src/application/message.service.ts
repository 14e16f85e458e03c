import { DomainError, pageInfo, type EventOutbox, type Principal } from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { newMessage, type Message } from '../domain/message.js';
import { MessageRepository } from '../store/message.repository.js';
import { viewOf } from './conversation-gate.js';
import type { ConversationRepository } from '../store/conversation.repository.js';
import type { ConversationService } from './conversation.service.js';
import type { Mention } from '../domain/message-actions.js';
import type { MessageActionService } from './message-action.service.js';

/** An optional RFC 3339 instant ('' = none), or INVALID_ARGUMENT naming the field. */
function readInstant(value: string, field: string): Date | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const parsed = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(parsed))
    throw DomainError.invalid(`${field} is not a date-time`, [
      { field, message: 'Give an RFC 3339 date-time, e.g. 2026-11-30T16:00:00Z', code: 'invalid_format' },
    ]);
  return new Date(parsed);
}

/** Message use cases: access checks (through the conversation), rules, events. */
export class MessageService {
  constructor(
    private readonly messages: MessageRepository,
    private readonly conversations: ConversationService,
    private readonly conversationStore: ConversationRepository,
    private readonly outbox: EventOutbox<ProducedBy<'messaging'>>,
    // Message actions (issue 12): attachments and mentions of a message being posted.
    private readonly actions?: MessageActionService,
  ) {}

  /**
   * The conversation a request names: conversationId, else the workspace's default one (whose id is
   * the workspace's, so issue 10's calls keep working). One the caller may not see is NOT_FOUND.
   */
  private conversationOf(principal: Principal, request: { workspaceId: string; conversationId?: string }) {
    return this.conversations.resolve(principal, request.conversationId || request.workspaceId);
  }

  async post(
    principal: Principal,
    request: {
      workspaceId: string;
      conversationId?: string;
      body: string;
      authorDisplayName: string;
      attachmentIds?: string[];
      mentions?: Mention[];
    },
  ): Promise<Message> {
    if (principal.kind === 'service')
      throw DomainError.forbidden('Messages are written by people: the agency team or invited client users');
    const conversation = await this.conversationOf(principal, request);
    // Posting needs the "chat" right in the workspace (issue 10); reading the conversation does not.
    this.conversations.assertMayWrite(principal, conversation);
    const extras = (await this.actions?.prepare(principal, viewOf(conversation), request)) ?? {};
    const message = newMessage(
      conversation,
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
            conversationId: conversation.id,
            conversationSubject: conversation.subject,
            clientVisible: conversation.visibility === 'client',
            clientAudience: conversation.clientAudience,
            attachments: message.attachments,
            mentions: message.mentions,
          },
        }),
        ...(this.actions?.mentionedEntries(message, viewOf(conversation)) ?? []),
      )
      .catch(async (error: unknown) => {
        await this.actions?.release(message);
        throw error;
      });
    await this.conversationStore.touch(conversation.tenantId, conversation.id, message.createdAt);
    return message;
  }

  /** Oldest first from the start of the conversation; the next page token leads to newer messages. */
  async list(
    principal: Principal,
    request: {
      workspaceId: string;
      conversationId?: string;
      page: { pageSize?: number; pageToken?: string } | null;
      byUpdate?: boolean;
      updatedSince?: string;
    },
  ) {
    const conversation = await this.conversationOf(principal, request);
    if (request.byUpdate) {
      // The sync order (the partner API): oldest change first, edits and deletions included.
      const page = MessageRepository.updateOrder.read(request.page);
      const { messages, nextPageToken } = await this.messages.listInConversationByUpdate(
        conversation.tenantId,
        conversation.id,
        readInstant(request.updatedSince ?? '', 'updatedSince'),
        page,
      );
      return { messages, page: pageInfo(nextPageToken) };
    }
    const page = MessageRepository.listOrder.read(request.page);
    const { messages, nextPageToken } = await this.messages.listInConversation(
      conversation.tenantId,
      conversation.id,
      page,
    );
    return { messages, page: pageInfo(nextPageToken) };
  }

  /** Issue 10: the caller has read the workspace's (default) conversation up to now. */
  async markRead(principal: Principal, workspaceId: string): Promise<Date> {
    return this.conversations.markRead(principal, workspaceId);
  }

  /**
   * Unread messages per workspace of the caller (client users: their workspaces; staff: the ones they
   * name), summed over the workspace's conversations they may see. Workspaces with nothing unread are
   * left out.
   */
  async listUnread(
    principal: Principal,
    requested: string[],
  ): Promise<{ workspaceId: string; count: number; newest: Message | undefined }[]> {
    const views = await this.conversations.unreadInWorkspaces(principal, requested);
    const byWorkspace = new Map<
      string,
      { workspaceId: string; count: number; newest: Message | undefined }
    >();
    for (const view of views) {
      const entry = byWorkspace.get(view.workspaceId) ?? {
        workspaceId: view.workspaceId,
        count: 0,
        newest: undefined,
      };
      entry.count += view.unreadCount;
      if (view.newestUnread && (!entry.newest || view.newestUnread.createdAt > entry.newest.createdAt))
        entry.newest = view.newestUnread;
      byWorkspace.set(view.workspaceId, entry);
    }
    return [...byWorkspace.values()];
  }
}

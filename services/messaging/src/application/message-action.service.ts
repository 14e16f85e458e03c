import {
  assertWorkspaceRight,
  DomainError,
  PRESIGNED_URL_SECONDS,
  type EventOutbox,
  type Logger,
  type ObjectStore,
  type OutboxEntry,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  assertChangeable,
  attachmentKeyOf,
  checkMentions,
  deletedMessage,
  editedMessage,
  excerptOf,
  formatBytes,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  newPendingAttachment,
  type ConversationView,
  type Mention,
  type MessageAttachment,
  type PendingAttachment,
} from '../domain/message-actions.js';
import type { Message } from '../domain/message.js';
import type { MessageAttachmentRepository } from '../store/message-attachment.repository.js';
import type { MessageRepository } from '../store/message.repository.js';
import type { ReadMarkerRepository } from '../store/read-marker.repository.js';
import { conversationIdOf, type ConversationGate } from './conversation-gate.js';

const changedMeanwhile = () =>
  DomainError.precondition(
    'The message changed meanwhile: reload and try again',
    'message.changed_meanwhile',
  );

/**
 * Message actions (issue 12): attachments (pending upload → presigned PUT → checked and claimed when
 * the message is posted → downloads for whoever sees the conversation), editing and deleting one's own
 * message for five minutes, mentions, and "seen by".
 */
export class MessageActionService {
  constructor(
    private readonly messages: MessageRepository,
    private readonly attachments: MessageAttachmentRepository,
    private readonly gate: ConversationGate,
    private readonly objects: ObjectStore,
    private readonly outbox: EventOutbox<ProducedBy<'messaging'>>,
    private readonly readMarkers: ReadMarkerRepository,
    private readonly logger?: Logger,
  ) {}

  /** The conversation, if the principal may write in it (people only; client users need "chat"). */
  private async writable(principal: Principal, conversationId: string): Promise<ConversationView> {
    if (principal.kind === 'service')
      throw DomainError.forbidden('Messages are written by people: the agency team or invited client users');
    const conversation = await this.gate.visible(principal, conversationId);
    if (principal.kind === 'client')
      assertWorkspaceRight(
        principal,
        { id: conversation.workspaceId, clientId: conversation.clientId },
        'chat',
      );
    if (principal.viewedBy)
      throw DomainError.forbidden('Viewing the portal as a client is read-only', 'view_as_client');
    return conversation;
  }

  // ---------------------------------------------------------------------------------------- attachments

  async requestUpload(
    principal: Principal,
    request: { conversationId: string; name: string; size: number; contentType: string },
  ): Promise<{ attachment: PendingAttachment; uploadUrl: string; expiresAt: Date; maxBytes: number }> {
    const conversation = await this.writable(principal, request.conversationId);
    const attachment = newPendingAttachment({
      tenantId: conversation.tenantId,
      workspaceId: conversation.workspaceId,
      conversationId: conversation.id,
      uploadedBy: principal.userId,
      name: request.name,
      size: request.size,
      contentType: request.contentType,
    });
    await this.attachments.insert(attachment);
    const uploadUrl = await this.objects.presignUpload(attachment.objectKey, {
      contentType: 'application/octet-stream',
    });
    return {
      attachment,
      uploadUrl,
      expiresAt: new Date(Date.now() + PRESIGNED_URL_SECONDS * 1000),
      maxBytes: MAX_ATTACHMENT_BYTES,
    };
  }

  /**
   * What a message being posted carries: the caller's own uploads for this conversation whose bytes
   * arrived and are not larger than announced (nor the limit), and the mentions allowed there.
   */
  async prepare(
    principal: Principal,
    conversation: ConversationView,
    request: { attachmentIds?: string[]; mentions?: Mention[] },
  ): Promise<{ attachments: MessageAttachment[]; mentions: Mention[] }> {
    const ids = [...new Set(request.attachmentIds ?? [])];
    if (ids.length > MAX_ATTACHMENTS)
      throw DomainError.invalid('Too many files', [
        {
          field: 'attachmentIds',
          code: 'too_big',
          message: `A message carries at most ${MAX_ATTACHMENTS} files`,
        },
      ]);
    const attachments: MessageAttachment[] = [];
    for (const [index, id] of ids.entries()) {
      const field = `attachmentIds[${index}]`;
      const pending = await this.attachments.find(conversation.tenantId, id);
      // Someone else's upload, or one for another conversation, does not exist for this caller.
      if (!pending || pending.uploadedBy !== principal.userId || pending.conversationId !== conversation.id)
        throw DomainError.invalid('Unknown attachment', [
          { field, code: 'invalid_value', message: 'This file was not uploaded here: attach it again' },
        ]);
      const stored = await this.objects.head(pending.objectKey);
      if (!stored)
        throw DomainError.invalid(`${pending.name} has not finished uploading`, [
          { field, code: 'required', message: `${pending.name} has not finished uploading` },
        ]);
      if (stored.size > pending.size || stored.size > MAX_ATTACHMENT_BYTES) {
        await this.objects.delete(pending.objectKey);
        throw DomainError.invalid(`${pending.name} is too big`, [
          {
            field,
            code: 'too_big',
            message: `${pending.name} is larger than announced or than ${formatBytes(MAX_ATTACHMENT_BYTES)}: attach it again`,
          },
        ]);
      }
      attachments.push({ id, name: pending.name, size: stored.size, contentType: pending.contentType });
    }
    return { attachments, mentions: checkMentions(conversation, request.mentions ?? []) };
  }

  /** Each attachment goes to one message only: claimed by insert before the message is written. */
  async claim(message: Message): Promise<void> {
    const claimed: string[] = [];
    for (const attachment of message.attachments) {
      if (!(await this.attachments.claim(message.tenantId, attachment.id, message.id))) {
        await this.release(message, claimed);
        throw DomainError.invalid('This file is already attached to another message', [
          { field: 'attachmentIds', code: 'invalid_value', message: `${attachment.name} was already sent` },
        ]);
      }
      claimed.push(attachment.id);
    }
  }

  async release(
    message: Message,
    ids = message.attachments.map((attachment) => attachment.id),
  ): Promise<void> {
    if (ids.length > 0) await this.attachments.release(message.tenantId, ids, message.id);
  }

  /** The mention event of a message being posted, if it mentions anyone. */
  mentionedEntries(message: Message, conversation: ConversationView): OutboxEntry[] {
    if (message.mentions.length === 0) return [];
    return [
      this.outbox.entry({
        type: 'messaging.message.mentioned',
        tenantId: message.tenantId,
        subject: message.id,
        data: {
          messageId: message.id,
          conversationId: conversation.id,
          workspaceId: message.workspaceId,
          clientId: message.clientId,
          clientVisible: conversation.clientVisible,
          author: message.author,
          mentioned: message.mentions.map(({ userId, kind }) => ({ userId, kind })),
          excerpt: excerptOf(message.body),
        },
      }),
    ];
  }

  /** A short-lived download URL: whoever may see the message's conversation; NOT_FOUND otherwise. */
  async downloadUrl(
    principal: Principal,
    messageId: string,
    attachmentId: string,
  ): Promise<{ url: string; expiresAt: Date }> {
    const message = await this.visibleMessage(principal, messageId);
    const attachment = message.attachments.find((candidate) => candidate.id === attachmentId);
    if (!attachment) throw DomainError.notFound('Attachment', attachmentId);
    const url = await this.objects.presignDownload(attachmentKeyOf(message.tenantId, attachment.id), {
      filename: attachment.name,
      // Served as a download whatever the uploader said it was: nothing renders on the store's origin.
      contentType: attachment.contentType,
    });
    return { url, expiresAt: new Date(Date.now() + PRESIGNED_URL_SECONDS * 1000) };
  }

  private async visibleMessage(
    principal: Principal,
    messageId: string,
  ): Promise<Message & { conversation: ConversationView }> {
    const message = await this.messages.find(principal.tenantId, messageId);
    if (!message) throw DomainError.notFound('Message', messageId);
    try {
      return { ...message, conversation: await this.gate.visible(principal, conversationIdOf(message)) };
    } catch (error) {
      // Whether the conversation or the message is hidden, the answer names the message only.
      if (error instanceof DomainError && error.code === 'NOT_FOUND')
        throw DomainError.notFound('Message', messageId);
      throw error;
    }
  }

  // -------------------------------------------------------------------------------------- edit, delete

  async edit(principal: Principal, messageId: string, body: string, now = new Date()): Promise<Message> {
    const { conversation, ...message } = await this.visibleMessage(principal, messageId);
    await this.writable(principal, conversation.id);
    assertChangeable(message, principal.userId, now);
    const edited = editedMessage(message, body, now);
    const saved = await this.messages.replace(
      edited,
      message.version,
      this.outbox.entry({
        type: 'messaging.message.edited',
        tenantId: edited.tenantId,
        subject: edited.id,
        data: {
          ...this.place(edited, conversation),
          body: edited.body,
          editedAt: now.toISOString(),
        },
      }),
    );
    if (!saved) throw changedMeanwhile();
    return edited;
  }

  async delete(principal: Principal, messageId: string, now = new Date()): Promise<Message> {
    const { conversation, ...message } = await this.visibleMessage(principal, messageId);
    await this.writable(principal, conversation.id);
    assertChangeable(message, principal.userId, now);
    const deleted = deletedMessage(message, now);
    const saved = await this.messages.replace(
      deleted,
      message.version,
      this.outbox.entry({
        type: 'messaging.message.deleted',
        tenantId: deleted.tenantId,
        subject: deleted.id,
        data: { ...this.place(deleted, conversation), deletedAt: now.toISOString() },
      }),
    );
    if (!saved) throw changedMeanwhile();
    // A deleted message's files are gone for everybody: their bytes too.
    for (const attachment of message.attachments)
      await this.objects.delete(attachmentKeyOf(message.tenantId, attachment.id)).catch((error: unknown) => {
        this.logger?.warn(
          { err: error, attachmentId: attachment.id },
          'a deleted message’s file stayed in the store',
        );
      });
    return deleted;
  }

  private place(message: Message, conversation: ConversationView) {
    return {
      messageId: message.id,
      conversationId: conversation.id,
      workspaceId: message.workspaceId,
      clientId: message.clientId,
      clientVisible: conversation.clientVisible,
      clientAudience: conversation.clientAudience,
    };
  }

  // ------------------------------------------------------------------------------- audience, seen by

  /** Who the conversation is for: the gateway lists the people one may mention from it. */
  audience(principal: Principal, conversationId: string): Promise<ConversationView> {
    return this.gate.visible(principal, conversationId);
  }

  /**
   * The conversation's last message and who (not its author) has read up to it. Read markers are
   * messaging's per user and workspace today; the conversations slice moves them per conversation.
   */
  async seenBy(
    principal: Principal,
    conversationId: string,
  ): Promise<{ messageId: string; userIds: string[] }> {
    const conversation = await this.gate.visible(principal, conversationId);
    const last = await this.messages.newestInConversation(conversation.tenantId, conversation.id);
    if (!last) return { messageId: '', userIds: [] };
    const readers = await this.readMarkers.readersSince(
      conversation.tenantId,
      conversation.id,
      last.createdAt,
    );
    return { messageId: last.id, userIds: readers.filter((userId) => userId !== last.author.userId) };
  }
}

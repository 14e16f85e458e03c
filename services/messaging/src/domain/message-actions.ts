import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';
import { MAX_BODY_LENGTH, type AuthorKind, type Message } from './message.js';

/** A file attached to a message; its bytes live in the object store under the attachment's key. */
export interface MessageAttachment {
  id: string;
  name: string;
  /** Bytes, as stored. */
  size: number;
  contentType: string;
}

/** Someone a message mentions. */
export interface Mention {
  userId: string;
  kind: AuthorKind;
  displayName: string;
}

/**
 * An upload requested for a message not yet posted. Only its uploader may attach it, once: attaching
 * claims it by inserting a document whose `_id` is the attachment id (FerretDB: unique keys, not
 * conditional updates, decide races).
 */
export interface PendingAttachment {
  id: string;
  tenantId: string;
  workspaceId: string;
  conversationId: string;
  uploadedBy: string;
  name: string;
  /** The size announced before the upload; the stored object may not be larger. */
  size: number;
  contentType: string;
  objectKey: string;
  requestedAt: Date;
}

/** Who a conversation is for: what every action checks before it answers. */
export interface ConversationView {
  id: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  /** false: internal, staff only. */
  clientVisible: boolean;
  /** Client users it is limited to; empty: every client user who may see the workspace. */
  clientAudience: string[];
}

/** 25 MiB: a chat attachment is a document or a screenshot; big deliveries go to the Files tab. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_ATTACHMENTS = FIELD_LIMITS.messaging.attachments;
export const MAX_ATTACHMENT_NAME_LENGTH = FIELD_LIMITS.messaging.attachmentName;
/** One's own message may be edited or deleted for five minutes after posting. */
export const EDIT_WINDOW_MS = 5 * 60 * 1000;
export const MAX_MENTIONS = FIELD_LIMITS.messaging.mentions;
const MAX_CONTENT_TYPE_LENGTH = 255;

/** Where an attachment's bytes are stored: chosen by the service, never by a browser. */
export function attachmentKeyOf(tenantId: string, attachmentId: string): string {
  return `${tenantId}/message-attachments/${attachmentId}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A pending upload, or every violation: a name, a size that is a whole number from 1 byte to the limit. */
export function newPendingAttachment(
  input: {
    tenantId: string;
    workspaceId: string;
    conversationId: string;
    uploadedBy: string;
    name: string;
    size: number;
    contentType: string;
  },
  now = new Date(),
): PendingAttachment {
  const violations: FieldViolation[] = [];
  const name = input.name.trim();
  if (!name) violations.push({ field: 'name', code: 'required', message: 'A file name is required' });
  else if (name.length > MAX_ATTACHMENT_NAME_LENGTH)
    violations.push({
      field: 'name',
      code: 'too_long',
      message: `A file name is at most ${MAX_ATTACHMENT_NAME_LENGTH} characters`,
    });
  // eslint-disable-next-line no-control-regex
  else if (/[/\\\u0000-\u001f\u007f]/.test(name))
    violations.push({
      field: 'name',
      code: 'invalid_format',
      message: 'A file name cannot contain / or \\ or control characters',
    });
  if (!Number.isSafeInteger(input.size) || input.size <= 0)
    violations.push({ field: 'size', code: 'too_small', message: 'An empty file cannot be attached' });
  else if (input.size > MAX_ATTACHMENT_BYTES)
    violations.push({
      field: 'size',
      code: 'too_big',
      message: `A file attached to a message is at most ${formatBytes(MAX_ATTACHMENT_BYTES)} (this one is ${formatBytes(input.size)})`,
    });
  const contentType = input.contentType.trim().toLowerCase() || 'application/octet-stream';
  if (contentType.length > MAX_CONTENT_TYPE_LENGTH || !/^[\w.+-]+\/[\w.+-]+$/.test(contentType))
    violations.push({ field: 'contentType', code: 'invalid_format', message: 'Not a media type' });
  const [first] = violations;
  if (first) throw DomainError.invalid(first.message, violations);
  const id = randomUUID();
  return {
    id,
    tenantId: input.tenantId,
    workspaceId: input.workspaceId,
    conversationId: input.conversationId,
    uploadedBy: input.uploadedBy,
    name,
    size: input.size,
    contentType,
    objectKey: attachmentKeyOf(input.tenantId, id),
    requestedAt: now,
  };
}

/**
 * Whether `userId` may still change the message at `now`: only its author, only within five minutes,
 * never once deleted. The refusal names the window so the screen can say it.
 */
export function assertChangeable(message: Message, userId: string, now: Date): void {
  if (message.author.userId !== userId)
    throw DomainError.forbidden('Only its author can change a message', 'message.not_author');
  if (message.deletedAt) throw DomainError.precondition('This message was deleted', 'message.deleted');
  if (now.getTime() - message.createdAt.getTime() > EDIT_WINDOW_MS)
    throw DomainError.precondition(
      'A message can be edited or deleted for 5 minutes after it was sent; this one is older',
      'message.edit_window_passed',
    );
}

/** The message with its new text (same rules as posting: not empty unless it has files, not too long). */
export function editedMessage(message: Message, body: string, now: Date): Message {
  const text = body.trim();
  if (!text && message.attachments.length === 0)
    throw DomainError.invalid('The message is empty', [
      { field: 'body', code: 'required', message: 'Write a message, or delete it' },
    ]);
  if (text.length > MAX_BODY_LENGTH)
    throw DomainError.invalid('The message is too long', [
      {
        field: 'body',
        code: 'too_long',
        message: `A message is at most ${MAX_BODY_LENGTH} characters (this one has ${text.length})`,
      },
    ]);
  return { ...message, body: text, editedAt: now, version: message.version + 1 };
}

/** A deleted message keeps its place: no text, no files, no mentions. */
export function deletedMessage(message: Message, now: Date): Message {
  return {
    ...message,
    body: '',
    attachments: [],
    mentions: [],
    deletedAt: now,
    version: message.version + 1,
  };
}

/**
 * The mentions a message may carry: each person once, at most 20, and never a client user in an
 * internal conversation (the gateway offers and resolves them; this is the last line).
 */
export function checkMentions(conversation: ConversationView, mentions: Mention[]): Mention[] {
  const unique = [...new Map(mentions.map((mention) => [mention.userId, mention])).values()];
  if (unique.length > MAX_MENTIONS)
    throw DomainError.invalid('Too many people mentioned', [
      { field: 'mentions', code: 'too_big', message: `A message mentions at most ${MAX_MENTIONS} people` },
    ]);
  unique.forEach((mention, index) => {
    if (!mention.userId)
      throw DomainError.invalid('Not a person to mention', [
        { field: `mentions[${index}]`, code: 'invalid_value', message: 'Not a person to mention' },
      ]);
    if (mention.kind === 'client' && !conversation.clientVisible)
      throw DomainError.invalid('Client users cannot be mentioned in an internal conversation', [
        {
          field: `mentions[${index}]`,
          code: 'invalid_value',
          message: 'Client users cannot be mentioned in an internal conversation',
        },
      ]);
  });
  return unique;
}

/** The start of a message for a notification: one line, at most 200 characters. */
export function excerptOf(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

import { randomUUID } from 'node:crypto';
import { DomainError, FIELD_LIMITS } from '@client-portal/kit';
import type { Mention, MessageAttachment } from './message-actions.js';

export const AUTHOR_KINDS = ['staff', 'client'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

export interface Author {
  userId: string;
  displayName: string;
  kind: AuthorKind;
}

export interface Message {
  id: string;
  tenantId: string;
  /** '' for a message of a client-level conversation. */
  workspaceId: string;
  /** Issue 12: the conversation it belongs to (a workspace's default one has the workspace's id). */
  conversationId: string;
  /** The workspace's client, copied so a client's messages can be found without the workspace. */
  clientId: string;
  author: Author;
  body: string;
  createdAt: Date;
  // Message actions (issue 12): see domain/message-actions.ts.
  attachments: MessageAttachment[];
  mentions: Mention[];
  editedAt: Date | null;
  deletedAt: Date | null;
  /** Optimistic concurrency for edits and deletions (0 when posted; absent on older documents). */
  version: number;
}

/**
 * When the message last changed: the last of its posting, edit and deletion. Stored with every write
 * (the repository does) so a conversation can be listed in that order and synced incrementally.
 */
export function updatedAtOf(message: Pick<Message, 'createdAt' | 'editedAt' | 'deletedAt'>): Date {
  let latest = message.createdAt;
  for (const instant of [message.editedAt, message.deletedAt])
    if (instant && instant.getTime() > latest.getTime()) latest = instant;
  return latest;
}

/** Messaging's read model of portal's workspaces: enough to know who may write in one. */
export interface WorkspaceAccess {
  id: string;
  tenantId: string;
  clientId: string;
}

export const MAX_BODY_LENGTH = FIELD_LIMITS.messaging.messageBody;

/** Builds a message, or says why its body cannot be sent. */
export function newMessage(
  conversation: { id: string; tenantId: string; clientId: string; workspaceId: string },
  author: Author,
  body: string,
  now = new Date(),
  extras: { attachments?: MessageAttachment[]; mentions?: Mention[] } = {},
): Message {
  const text = body.trim();
  const attachments = extras.attachments ?? [];
  // A message may be files only (issue 12).
  if (!text && attachments.length === 0)
    throw DomainError.invalid('The message is empty', [
      { field: 'body', message: 'Write a message before sending', code: 'required' },
    ]);
  if (text.length > MAX_BODY_LENGTH)
    throw DomainError.invalid('The message is too long', [
      {
        field: 'body',
        code: 'too_long',
        message: `A message is at most ${MAX_BODY_LENGTH} characters (this one has ${text.length})`,
      },
    ]);
  return {
    id: randomUUID(),
    tenantId: conversation.tenantId,
    workspaceId: conversation.workspaceId,
    conversationId: conversation.id,
    clientId: conversation.clientId,
    author,
    body: text,
    createdAt: now,
    attachments,
    mentions: extras.mentions ?? [],
    editedAt: null,
    deletedAt: null,
    version: 0,
  };
}

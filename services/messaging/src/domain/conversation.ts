import { randomUUID } from 'node:crypto';
import { canSeeWorkspace, DomainError, type Principal, FIELD_LIMITS } from '@client-portal/kit';
import type { WorkspaceAccess } from './message.js';

export const CONVERSATION_VISIBILITIES = ['client', 'internal'] as const;
/** client: the client's users may see it; internal: staff only, and no client user may learn it exists. */
export type ConversationVisibility = (typeof CONVERSATION_VISIBILITIES)[number];

export interface Conversation {
  id: string;
  tenantId: string;
  clientId: string;
  /** '' for a client-level conversation (an internal discussion about the client, "contact the business"). */
  workspaceId: string;
  /** '' = General (the workspace's default conversation). */
  subject: string;
  visibility: ConversationVisibility;
  /** Client user ids who may see it (a contact's own "contact the business" conversation); empty = all. */
  clientAudience: string[];
  createdBy: string;
  createdAt: Date;
  /** The newest message's time; createdAt until the first one. */
  lastMessageAt: Date;
}

export const MAX_SUBJECT_LENGTH = FIELD_LIMITS.messaging.conversationSubject;

/**
 * The default conversation of a workspace: its id IS the workspace id, so the messages and read
 * markers written before conversations existed belong to it without being rewritten.
 */
export function defaultConversation(workspace: WorkspaceAccess, createdAt = new Date(0)): Conversation {
  return {
    id: workspace.id,
    tenantId: workspace.tenantId,
    clientId: workspace.clientId,
    workspaceId: workspace.id,
    subject: '',
    visibility: 'client',
    clientAudience: [],
    createdBy: '',
    createdAt,
    lastMessageAt: createdAt,
  };
}

/**
 * Whether a principal may see a conversation. Staff of the tenant see every one; a client user only a
 * client-visible one of their own client, in a workspace they were invited to (or client-level), and
 * when it names an audience, only if they are in it.
 */
export function canSeeConversation(principal: Principal, conversation: Conversation): boolean {
  if (principal.tenantId !== conversation.tenantId) return false;
  if (principal.kind !== 'client') return true;
  if (conversation.visibility !== 'client') return false;
  if (principal.clientId !== conversation.clientId) return false;
  if (conversation.clientAudience.length > 0 && !conversation.clientAudience.includes(principal.userId))
    return false;
  return (
    conversation.workspaceId === '' ||
    canSeeWorkspace(principal, { id: conversation.workspaceId, clientId: conversation.clientId })
  );
}

/** Trims and checks a subject; `required` for every conversation but a workspace's default one. */
export function checkSubject(subject: string): string {
  const text = subject.trim();
  if (!text)
    throw DomainError.invalid('A conversation needs a subject', [
      { field: 'subject', message: 'Give the conversation a subject', code: 'required' },
    ]);
  if (text.length > MAX_SUBJECT_LENGTH)
    throw DomainError.invalid('The subject is too long', [
      {
        field: 'subject',
        message: `A subject is at most ${MAX_SUBJECT_LENGTH} characters (this one has ${text.length})`,
        code: 'too_long',
      },
    ]);
  return text;
}

export function newConversation(
  scope: { tenantId: string; clientId: string; workspaceId: string },
  fields: {
    subject: string;
    visibility: ConversationVisibility;
    clientAudience: string[];
    createdBy: string;
  },
  now = new Date(),
): Conversation {
  return {
    id: randomUUID(),
    ...scope,
    subject: checkSubject(fields.subject),
    visibility: fields.visibility,
    clientAudience: fields.visibility === 'internal' ? [] : [...fields.clientAudience],
    createdBy: fields.createdBy,
    createdAt: now,
    lastMessageAt: now,
  };
}

import { randomUUID } from 'node:crypto';
import { DomainError } from '@client-portal/kit';

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
  workspaceId: string;
  /** The workspace's client, copied so a client's messages can be found without the workspace. */
  clientId: string;
  author: Author;
  body: string;
  createdAt: Date;
}

/** Messaging's read model of portal's workspaces: enough to know who may write in one. */
export interface WorkspaceAccess {
  id: string;
  tenantId: string;
  clientId: string;
}

export const MAX_BODY_LENGTH = 5000;

/** Builds a message, or says why its body cannot be sent. */
export function newMessage(
  workspace: WorkspaceAccess,
  author: Author,
  body: string,
  now = new Date(),
): Message {
  const text = body.trim();
  if (!text)
    throw DomainError.invalid('The message is empty', [
      { field: 'body', message: 'Write a message before sending' },
    ]);
  if (text.length > MAX_BODY_LENGTH)
    throw DomainError.invalid('The message is too long', [
      {
        field: 'body',
        message: `A message is at most ${MAX_BODY_LENGTH} characters (this one has ${text.length})`,
      },
    ]);
  return {
    id: randomUUID(),
    tenantId: workspace.tenantId,
    workspaceId: workspace.id,
    clientId: workspace.clientId,
    author,
    body: text,
    createdAt: now,
  };
}

import { getJson, postJson, request, type PageRequest } from '../../../api/http';
import type { Schemas } from '../../../api/schema';
import type { Message, MessageExtras } from '../../../api/messaging';

export type Conversation = Schemas['Conversation'];
export type UnreadSummary = Schemas['UnreadSummary'];
export type ConversationMessages = Schemas['ConversationMessages'];

/** Where a list of conversations lives: a workspace's, or a client's client-level ones. */
export type ConversationScope = { workspaceId: string } | { clientId: string };

const encode = encodeURIComponent;

function scopePath(scope: ConversationScope): string {
  return 'workspaceId' in scope
    ? `/api/workspaces/${encode(scope.workspaceId)}/conversations`
    : `/api/clients/${encode(scope.clientId)}/conversations`;
}

export function scopeKey(scope: ConversationScope): string {
  return 'workspaceId' in scope ? `workspace:${scope.workspaceId}` : `client:${scope.clientId}`;
}

export async function listConversations(scope: ConversationScope): Promise<Conversation[]> {
  return (await getJson<Schemas['ConversationList']>(scopePath(scope))).conversations;
}

export function createConversation(
  scope: ConversationScope,
  input: Schemas['NewConversation'],
): Promise<Conversation> {
  return postJson<Conversation>(scopePath(scope), input);
}

export function renameConversation(conversationId: string, subject: string): Promise<Conversation> {
  const input: Schemas['ConversationRename'] = { subject };
  return request<Conversation>(`/api/conversations/${encode(conversationId)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function getUnreadSummary(): Promise<UnreadSummary> {
  return getJson<UnreadSummary>('/api/conversations/unread');
}

export function listConversationMessages(
  conversationId: string,
  page: PageRequest = {},
): Promise<ConversationMessages> {
  return getJson<ConversationMessages>(`/api/conversations/${encode(conversationId)}/messages`, {
    query: { pageSize: page.pageSize, pageToken: page.pageToken },
  });
}

export function postConversationMessage(
  conversationId: string,
  body: string,
  extras: MessageExtras = {},
): Promise<Message> {
  const input: Schemas['NewMessage'] = {
    body,
    attachmentIds: extras.attachmentIds ?? [],
    mentions: extras.mentions ?? [],
  };
  return postJson<Message>(`/api/conversations/${encode(conversationId)}/messages`, input);
}

export function markConversationRead(conversationId: string): Promise<Schemas['ConversationRead']> {
  return postJson<Schemas['ConversationRead']>(`/api/conversations/${encode(conversationId)}/read`, {});
}

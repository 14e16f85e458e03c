import { getJson, postJson, type PageInfo, type PageRequest } from './http';

export interface Author {
  userId: string;
  displayName: string;
  /** staff or client. */
  kind: string;
}

export interface Message {
  id: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  author: Author;
  body: string;
  createdAt: string;
}

export interface MessageList {
  messages: Message[];
  page: PageInfo;
}

export function listMessages(workspaceId: string, page: PageRequest = {}): Promise<MessageList> {
  return getJson<MessageList>(`/api/workspaces/${encodeURIComponent(workspaceId)}/messages`, {
    query: { pageSize: page.pageSize, pageToken: page.pageToken },
  });
}

export function postMessage(workspaceId: string, body: string): Promise<Message> {
  return postJson<Message>(`/api/workspaces/${encodeURIComponent(workspaceId)}/messages`, { body });
}

import { getJson, postJson, type PageRequest } from './http';
import type { Schemas } from './schema';

export type Author = Schemas['Author'];
export type Message = Schemas['Message'];
export type MessageList = Schemas['MessageList'];

export function listMessages(workspaceId: string, page: PageRequest = {}): Promise<MessageList> {
  return getJson<MessageList>(`/api/workspaces/${encodeURIComponent(workspaceId)}/messages`, {
    query: { pageSize: page.pageSize, pageToken: page.pageToken },
  });
}

/** Message actions (issue 12): uploaded attachments and mention candidate ids travel with the body. */
export interface MessageExtras {
  attachmentIds?: string[];
  mentions?: string[];
}

export function postMessage(workspaceId: string, body: string, extras: MessageExtras = {}): Promise<Message> {
  const input: Schemas['NewMessage'] = {
    body,
    attachmentIds: extras.attachmentIds ?? [],
    mentions: extras.mentions ?? [],
  };
  return postJson<Message>(`/api/workspaces/${encodeURIComponent(workspaceId)}/messages`, input);
}

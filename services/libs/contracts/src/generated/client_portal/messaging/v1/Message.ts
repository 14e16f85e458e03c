// Original file: proto/messaging/v1/messaging.proto

import type { Author as _client_portal_messaging_v1_Author, Author__Output as _client_portal_messaging_v1_Author__Output } from '../../../client_portal/messaging/v1/Author.js';

export interface Message {
  'id'?: (string);
  'tenantId'?: (string);
  'workspaceId'?: (string);
  'clientId'?: (string);
  'author'?: (_client_portal_messaging_v1_Author | null);
  'body'?: (string);
  'createdAt'?: (string);
  /**
   * Issue 12: the conversation (a workspace's default one has the workspace's id).
   */
  'conversationId'?: (string);
}

export interface Message__Output {
  'id': (string);
  'tenantId': (string);
  'workspaceId': (string);
  'clientId': (string);
  'author': (_client_portal_messaging_v1_Author__Output | null);
  'body': (string);
  'createdAt': (string);
  /**
   * Issue 12: the conversation (a workspace's default one has the workspace's id).
   */
  'conversationId': (string);
}

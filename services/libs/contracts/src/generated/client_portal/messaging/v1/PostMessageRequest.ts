// Original file: proto/messaging/v1/messaging.proto

import type { MessageMention as _client_portal_messaging_v1_MessageMention, MessageMention__Output as _client_portal_messaging_v1_MessageMention__Output } from '../../../client_portal/messaging/v1/MessageMention.js';

export interface PostMessageRequest {
  'workspaceId'?: (string);
  /**
   * Trimmed; required, at most 5000 characters.
   */
  'body'?: (string);
  /**
   * The author's name as the gateway resolved it (falls back to the principal's display name).
   */
  'authorDisplayName'?: (string);
  /**
   * Issue 12: the conversation to post in; empty = the workspace's default conversation. Set, it wins
   * over workspace_id (which may then be empty). One the caller may not see: NOT_FOUND.
   */
  'conversationId'?: (string);
  /**
   * Message actions (issue 12): uploads of the caller from RequestAttachmentUpload, at most 10; the
   * body may then be empty. Mentions as the gateway resolved them among the people who may see the
   * conversation (never a client user in an internal one).
   */
  'attachmentIds'?: (string)[];
  'mentions'?: (_client_portal_messaging_v1_MessageMention)[];
}

export interface PostMessageRequest__Output {
  'workspaceId': (string);
  /**
   * Trimmed; required, at most 5000 characters.
   */
  'body': (string);
  /**
   * The author's name as the gateway resolved it (falls back to the principal's display name).
   */
  'authorDisplayName': (string);
  /**
   * Issue 12: the conversation to post in; empty = the workspace's default conversation. Set, it wins
   * over workspace_id (which may then be empty). One the caller may not see: NOT_FOUND.
   */
  'conversationId': (string);
  /**
   * Message actions (issue 12): uploads of the caller from RequestAttachmentUpload, at most 10; the
   * body may then be empty. Mentions as the gateway resolved them among the people who may see the
   * conversation (never a client user in an internal one).
   */
  'attachmentIds': (string)[];
  'mentions': (_client_portal_messaging_v1_MessageMention__Output)[];
}

// Original file: proto/messaging/v1/messaging.proto

import type { Author as _client_portal_messaging_v1_Author, Author__Output as _client_portal_messaging_v1_Author__Output } from '../../../client_portal/messaging/v1/Author.js';
import type { MessageAttachment as _client_portal_messaging_v1_MessageAttachment, MessageAttachment__Output as _client_portal_messaging_v1_MessageAttachment__Output } from '../../../client_portal/messaging/v1/MessageAttachment.js';
import type { MessageMention as _client_portal_messaging_v1_MessageMention, MessageMention__Output as _client_portal_messaging_v1_MessageMention__Output } from '../../../client_portal/messaging/v1/MessageMention.js';

export interface Message {
  'id'?: (string);
  'tenantId'?: (string);
  'workspaceId'?: (string);
  'clientId'?: (string);
  'author'?: (_client_portal_messaging_v1_Author | null);
  /**
   * '' once deleted (the message keeps its place) and possibly '' when it carries attachments only.
   */
  'body'?: (string);
  'createdAt'?: (string);
  /**
   * Issue 12: the conversation (a workspace's default one has the workspace's id).
   */
  'conversationId'?: (string);
  /**
   * Message actions (issue 12): files attached, people mentioned, when edited or deleted ('' if never).
   */
  'attachments'?: (_client_portal_messaging_v1_MessageAttachment)[];
  'mentions'?: (_client_portal_messaging_v1_MessageMention)[];
  'editedAt'?: (string);
  'deletedAt'?: (string);
  /**
   * The last of created_at, edited_at and deleted_at.
   */
  'updatedAt'?: (string);
}

export interface Message__Output {
  'id': (string);
  'tenantId': (string);
  'workspaceId': (string);
  'clientId': (string);
  'author': (_client_portal_messaging_v1_Author__Output | null);
  /**
   * '' once deleted (the message keeps its place) and possibly '' when it carries attachments only.
   */
  'body': (string);
  'createdAt': (string);
  /**
   * Issue 12: the conversation (a workspace's default one has the workspace's id).
   */
  'conversationId': (string);
  /**
   * Message actions (issue 12): files attached, people mentioned, when edited or deleted ('' if never).
   */
  'attachments': (_client_portal_messaging_v1_MessageAttachment__Output)[];
  'mentions': (_client_portal_messaging_v1_MessageMention__Output)[];
  'editedAt': (string);
  'deletedAt': (string);
  /**
   * The last of created_at, edited_at and deleted_at.
   */
  'updatedAt': (string);
}

// Original file: proto/partner/v1/messages.proto

import type { MessageAttachment as _client_portal_partner_v1_MessageAttachment, MessageAttachment__Output as _client_portal_partner_v1_MessageAttachment__Output } from '../../../client_portal/partner/v1/MessageAttachment.js';

export interface Message {
  'id'?: (string);
  'workspaceId'?: (string);
  /**
   * The conversation (the workspace's default one has the workspace's id).
   */
  'conversationId'?: (string);
  'clientId'?: (string);
  /**
   * staff, client or partner.
   */
  'authorKind'?: (string);
  'authorName'?: (string);
  /**
   * Empty when deleted.
   */
  'body'?: (string);
  'attachments'?: (_client_portal_partner_v1_MessageAttachment)[];
  'createdAt'?: (string);
  'editedAt'?: (string);
  'deletedAt'?: (string);
  /**
   * The last of created_at, edited_at and deleted_at.
   */
  'updatedAt'?: (string);
}

export interface Message__Output {
  'id': (string);
  'workspaceId': (string);
  /**
   * The conversation (the workspace's default one has the workspace's id).
   */
  'conversationId': (string);
  'clientId': (string);
  /**
   * staff, client or partner.
   */
  'authorKind': (string);
  'authorName': (string);
  /**
   * Empty when deleted.
   */
  'body': (string);
  'attachments': (_client_portal_partner_v1_MessageAttachment__Output)[];
  'createdAt': (string);
  'editedAt': (string);
  'deletedAt': (string);
  /**
   * The last of created_at, edited_at and deleted_at.
   */
  'updatedAt': (string);
}

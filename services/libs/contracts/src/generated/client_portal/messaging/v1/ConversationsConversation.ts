// Original file: proto/messaging/v1/conversations.proto


export interface ConversationsConversation {
  'id'?: (string);
  'tenantId'?: (string);
  'clientId'?: (string);
  /**
   * Empty for a client-level conversation.
   */
  'workspaceId'?: (string);
  /**
   * Empty for a workspace's default conversation (shown as "General").
   */
  'subject'?: (string);
  /**
   * client or internal (internal: staff only; never sent to a client user).
   */
  'visibility'?: (string);
  /**
   * Client user ids who may see it; empty: every client user of the workspace or client. Staff only:
   * a client user gets it empty.
   */
  'clientAudience'?: (string)[];
  /**
   * Staff only: a client user gets it empty when a staff member opened it.
   */
  'createdBy'?: (string);
  'createdAt'?: (string);
  'lastMessageAt'?: (string);
  /**
   * Messages by others after the caller's read marker.
   */
  'unreadCount'?: (number);
  /**
   * True for a workspace's default conversation (id = workspace id).
   */
  'isDefault'?: (boolean);
}

export interface ConversationsConversation__Output {
  'id': (string);
  'tenantId': (string);
  'clientId': (string);
  /**
   * Empty for a client-level conversation.
   */
  'workspaceId': (string);
  /**
   * Empty for a workspace's default conversation (shown as "General").
   */
  'subject': (string);
  /**
   * client or internal (internal: staff only; never sent to a client user).
   */
  'visibility': (string);
  /**
   * Client user ids who may see it; empty: every client user of the workspace or client. Staff only:
   * a client user gets it empty.
   */
  'clientAudience': (string)[];
  /**
   * Staff only: a client user gets it empty when a staff member opened it.
   */
  'createdBy': (string);
  'createdAt': (string);
  'lastMessageAt': (string);
  /**
   * Messages by others after the caller's read marker.
   */
  'unreadCount': (number);
  /**
   * True for a workspace's default conversation (id = workspace id).
   */
  'isDefault': (boolean);
}

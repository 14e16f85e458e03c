// Original file: proto/messaging/v1/conversations.proto


export interface CreateConversationRequest {
  'workspaceId'?: (string);
  /**
   * Required when workspace_id is empty (a client-level conversation).
   */
  'clientId'?: (string);
  /**
   * Required, at most 120 characters.
   */
  'subject'?: (string);
  /**
   * Staff only: an internal discussion.
   */
  'internal'?: (boolean);
}

export interface CreateConversationRequest__Output {
  'workspaceId': (string);
  /**
   * Required when workspace_id is empty (a client-level conversation).
   */
  'clientId': (string);
  /**
   * Required, at most 120 characters.
   */
  'subject': (string);
  /**
   * Staff only: an internal discussion.
   */
  'internal': (boolean);
}

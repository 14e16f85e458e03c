// Original file: proto/messaging/v1/messaging.proto


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
}

// Original file: proto/partner/v1/messages.proto


export interface PostMessageRequest {
  'idempotencyKey'?: (string);
  'workspaceId'?: (string);
  /**
   * Empty: the workspace's default conversation. Internal discussions are refused (NOT_FOUND).
   */
  'conversationId'?: (string);
  /**
   * 1..5000 characters.
   */
  'body'?: (string);
}

export interface PostMessageRequest__Output {
  'idempotencyKey': (string);
  'workspaceId': (string);
  /**
   * Empty: the workspace's default conversation. Internal discussions are refused (NOT_FOUND).
   */
  'conversationId': (string);
  /**
   * 1..5000 characters.
   */
  'body': (string);
}

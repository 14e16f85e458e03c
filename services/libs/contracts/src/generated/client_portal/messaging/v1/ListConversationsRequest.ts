// Original file: proto/messaging/v1/conversations.proto


export interface ListConversationsRequest {
  /**
   * One of the two: a workspace's conversations, or a client's client-level ones.
   */
  'workspaceId'?: (string);
  'clientId'?: (string);
}

export interface ListConversationsRequest__Output {
  /**
   * One of the two: a workspace's conversations, or a client's client-level ones.
   */
  'workspaceId': (string);
  'clientId': (string);
}

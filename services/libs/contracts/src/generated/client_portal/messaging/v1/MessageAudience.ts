// Original file: proto/messaging/v1/message_actions.proto


export interface MessageAudience {
  'conversationId'?: (string);
  'workspaceId'?: (string);
  'clientId'?: (string);
  /**
   * false: internal, staff only.
   */
  'clientVisible'?: (boolean);
  /**
   * Client users it is limited to; empty: every client user who may see the workspace.
   */
  'clientAudience'?: (string)[];
}

export interface MessageAudience__Output {
  'conversationId': (string);
  'workspaceId': (string);
  'clientId': (string);
  /**
   * false: internal, staff only.
   */
  'clientVisible': (boolean);
  /**
   * Client users it is limited to; empty: every client user who may see the workspace.
   */
  'clientAudience': (string)[];
}

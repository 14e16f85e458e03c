// Original file: proto/messaging/v1/messaging.proto


export interface ListUnreadRequest {
  /**
   * Staff: the workspaces to look at. Client users: ignored (their own workspaces).
   */
  'workspaceIds'?: (string)[];
}

export interface ListUnreadRequest__Output {
  /**
   * Staff: the workspaces to look at. Client users: ignored (their own workspaces).
   */
  'workspaceIds': (string)[];
}

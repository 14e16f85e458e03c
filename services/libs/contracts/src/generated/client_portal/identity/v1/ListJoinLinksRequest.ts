// Original file: proto/identity/v1/join_links.proto


export interface ListJoinLinksRequest {
  /**
   * Only this workspace's links when set.
   */
  'workspaceId'?: (string);
}

export interface ListJoinLinksRequest__Output {
  /**
   * Only this workspace's links when set.
   */
  'workspaceId': (string);
}

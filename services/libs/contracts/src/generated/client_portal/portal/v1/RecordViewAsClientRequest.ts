// Original file: proto/portal/v1/settings.proto


export interface RecordViewAsClientRequest {
  /**
   * The client user being viewed: their client and the workspaces they may see (as identity resolved them).
   */
  'clientId'?: (string);
  'workspaceIds'?: (string)[];
  'viewedUserName'?: (string);
  /**
   * The staff member's name (the timeline's actor).
   */
  'actorName'?: (string);
}

export interface RecordViewAsClientRequest__Output {
  /**
   * The client user being viewed: their client and the workspaces they may see (as identity resolved them).
   */
  'clientId': (string);
  'workspaceIds': (string)[];
  'viewedUserName': (string);
  /**
   * The staff member's name (the timeline's actor).
   */
  'actorName': (string);
}

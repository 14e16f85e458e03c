// Original file: proto/identity/v1/join_links.proto


export interface CreateJoinLinkRequest {
  /**
   * tenant or workspace.
   */
  'scope'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'workspaceId'?: (string);
  'workspaceName'?: (string);
  'role'?: (string);
  'createContact'?: (boolean);
}

export interface CreateJoinLinkRequest__Output {
  /**
   * tenant or workspace.
   */
  'scope': (string);
  'clientId': (string);
  'clientName': (string);
  'workspaceId': (string);
  'workspaceName': (string);
  'role': (string);
  'createContact': (boolean);
}

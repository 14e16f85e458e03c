// Original file: proto/identity/v1/access.proto


export interface ListWorkspaceMembersRequest {
  'workspaceId'?: (string);
}

export interface ListWorkspaceMembersRequest__Output {
  'workspaceId': (string);
}

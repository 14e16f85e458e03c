// Original file: proto/identity/v1/access.proto


export interface RemoveWorkspaceMemberRequest {
  'workspaceId'?: (string);
  'externalUserId'?: (string);
}

export interface RemoveWorkspaceMemberRequest__Output {
  'workspaceId': (string);
  'externalUserId': (string);
}

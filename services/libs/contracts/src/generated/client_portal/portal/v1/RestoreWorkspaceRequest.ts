// Original file: proto/portal/v1/portal.proto


export interface RestoreWorkspaceRequest {
  'workspaceId'?: (string);
}

export interface RestoreWorkspaceRequest__Output {
  'workspaceId': (string);
}

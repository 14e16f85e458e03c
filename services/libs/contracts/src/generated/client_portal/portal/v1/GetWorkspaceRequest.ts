// Original file: proto/portal/v1/portal.proto


export interface GetWorkspaceRequest {
  'workspaceId'?: (string);
}

export interface GetWorkspaceRequest__Output {
  'workspaceId': (string);
}

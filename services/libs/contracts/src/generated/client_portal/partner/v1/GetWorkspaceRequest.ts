// Original file: proto/partner/v1/workspaces.proto


export interface GetWorkspaceRequest {
  'id'?: (string);
}

export interface GetWorkspaceRequest__Output {
  'id': (string);
}

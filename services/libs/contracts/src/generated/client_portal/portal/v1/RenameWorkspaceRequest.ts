// Original file: proto/portal/v1/portal.proto


export interface RenameWorkspaceRequest {
  'workspaceId'?: (string);
  'name'?: (string);
}

export interface RenameWorkspaceRequest__Output {
  'workspaceId': (string);
  'name': (string);
}

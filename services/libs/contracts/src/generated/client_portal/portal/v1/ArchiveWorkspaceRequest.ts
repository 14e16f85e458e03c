// Original file: proto/portal/v1/portal.proto


export interface ArchiveWorkspaceRequest {
  'workspaceId'?: (string);
}

export interface ArchiveWorkspaceRequest__Output {
  'workspaceId': (string);
}

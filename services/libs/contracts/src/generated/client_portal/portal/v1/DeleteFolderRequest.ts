// Original file: proto/portal/v1/files.proto


export interface DeleteFolderRequest {
  'workspaceId'?: (string);
  'folderId'?: (string);
}

export interface DeleteFolderRequest__Output {
  'workspaceId': (string);
  'folderId': (string);
}

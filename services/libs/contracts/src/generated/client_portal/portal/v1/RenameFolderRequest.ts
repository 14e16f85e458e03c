// Original file: proto/portal/v1/files.proto


export interface RenameFolderRequest {
  'workspaceId'?: (string);
  'folderId'?: (string);
  'name'?: (string);
}

export interface RenameFolderRequest__Output {
  'workspaceId': (string);
  'folderId': (string);
  'name': (string);
}

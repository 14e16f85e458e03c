// Original file: proto/portal/v1/files.proto


export interface MoveFileRequest {
  'workspaceId'?: (string);
  'fileId'?: (string);
  /**
   * Empty: the top of the workspace.
   */
  'folderId'?: (string);
}

export interface MoveFileRequest__Output {
  'workspaceId': (string);
  'fileId': (string);
  /**
   * Empty: the top of the workspace.
   */
  'folderId': (string);
}

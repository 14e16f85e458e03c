// Original file: proto/portal/v1/files.proto


export interface DeleteFileRequest {
  'workspaceId'?: (string);
  'fileId'?: (string);
}

export interface DeleteFileRequest__Output {
  'workspaceId': (string);
  'fileId': (string);
}

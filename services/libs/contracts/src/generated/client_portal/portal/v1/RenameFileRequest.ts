// Original file: proto/portal/v1/files.proto


export interface RenameFileRequest {
  'workspaceId'?: (string);
  'fileId'?: (string);
  'name'?: (string);
}

export interface RenameFileRequest__Output {
  'workspaceId': (string);
  'fileId': (string);
  'name': (string);
}

// Original file: proto/portal/v1/files.proto


export interface CompleteUploadRequest {
  'workspaceId'?: (string);
  'fileId'?: (string);
}

export interface CompleteUploadRequest__Output {
  'workspaceId': (string);
  'fileId': (string);
}

// Original file: proto/portal/v1/files.proto


export interface GetDownloadUrlRequest {
  'workspaceId'?: (string);
  'fileId'?: (string);
}

export interface GetDownloadUrlRequest__Output {
  'workspaceId': (string);
  'fileId': (string);
}

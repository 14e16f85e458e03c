// Original file: proto/portal/v1/files.proto


export interface GetDownloadUrlResponse {
  'url'?: (string);
  'expiresAt'?: (string);
}

export interface GetDownloadUrlResponse__Output {
  'url': (string);
  'expiresAt': (string);
}

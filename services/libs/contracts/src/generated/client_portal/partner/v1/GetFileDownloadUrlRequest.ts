// Original file: proto/partner/v1/files.proto


export interface GetFileDownloadUrlRequest {
  'id'?: (string);
}

export interface GetFileDownloadUrlRequest__Output {
  'id': (string);
}

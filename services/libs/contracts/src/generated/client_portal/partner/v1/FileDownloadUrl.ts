// Original file: proto/partner/v1/files.proto


export interface FileDownloadUrl {
  'url'?: (string);
  'expiresAt'?: (string);
}

export interface FileDownloadUrl__Output {
  'url': (string);
  'expiresAt': (string);
}

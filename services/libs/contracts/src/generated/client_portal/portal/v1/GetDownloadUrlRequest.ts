// Original file: proto/portal/v1/files.proto


export interface GetDownloadUrlRequest {
  /**
   * Staff may leave it empty: the file is then looked up among the tenant's files by its id.
   */
  'workspaceId'?: (string);
  'fileId'?: (string);
  /**
   * How long the URL stays valid, 1..900 seconds; 0: 900 (15 minutes).
   */
  'validSeconds'?: (number);
}

export interface GetDownloadUrlRequest__Output {
  /**
   * Staff may leave it empty: the file is then looked up among the tenant's files by its id.
   */
  'workspaceId': (string);
  'fileId': (string);
  /**
   * How long the URL stays valid, 1..900 seconds; 0: 900 (15 minutes).
   */
  'validSeconds': (number);
}

// Original file: proto/portal/v1/files.proto


export interface ListRecentlySharedRequest {
  /**
   * At most this many (default 10, at most 100).
   */
  'limit'?: (number);
}

export interface ListRecentlySharedRequest__Output {
  /**
   * At most this many (default 10, at most 100).
   */
  'limit': (number);
}

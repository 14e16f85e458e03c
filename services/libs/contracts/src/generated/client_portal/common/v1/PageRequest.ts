// Original file: proto/common/v1/common.proto


/**
 * Cursor pagination for list RPCs.
 */
export interface PageRequest {
  /**
   * At most this many items; servers cap it (100) and default it (25).
   */
  'pageSize'?: (number);
  /**
   * Opaque cursor from a previous PageInfo.next_page_token; empty for the first page.
   */
  'pageToken'?: (string);
}

/**
 * Cursor pagination for list RPCs.
 */
export interface PageRequest__Output {
  /**
   * At most this many items; servers cap it (100) and default it (25).
   */
  'pageSize': (number);
  /**
   * Opaque cursor from a previous PageInfo.next_page_token; empty for the first page.
   */
  'pageToken': (string);
}

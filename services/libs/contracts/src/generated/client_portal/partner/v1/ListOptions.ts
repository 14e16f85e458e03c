// Original file: proto/partner/v1/common.proto


/**
 * Which page of a list, and what changed since when.
 */
export interface ListOptions {
  /**
   * 1..100; 0 means 50.
   */
  'pageSize'?: (number);
  /**
   * The previous answer's next_page_token; empty for the first page. A token only fits the list (and
   * the filters) it came from: anything else answers INVALID_ARGUMENT.
   */
  'pageToken'?: (string);
  /**
   * RFC 3339. Set: only items changed at or after it, oldest change first. Empty: every item, oldest
   * change first as well.
   */
  'updatedSince'?: (string);
}

/**
 * Which page of a list, and what changed since when.
 */
export interface ListOptions__Output {
  /**
   * 1..100; 0 means 50.
   */
  'pageSize': (number);
  /**
   * The previous answer's next_page_token; empty for the first page. A token only fits the list (and
   * the filters) it came from: anything else answers INVALID_ARGUMENT.
   */
  'pageToken': (string);
  /**
   * RFC 3339. Set: only items changed at or after it, oldest change first. Empty: every item, oldest
   * change first as well.
   */
  'updatedSince': (string);
}

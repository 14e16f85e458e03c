// Original file: proto/crm/v1/crm.proto


/**
 * The filtered, sorted list as CSV, in chunks: ask again with next_page_token until it is empty.
 */
export interface ExportClientsRequest {
  'search'?: (string);
  'status'?: (string);
  'ownerUserId'?: (string);
  'industry'?: (string);
  'includeArchived'?: (boolean);
  'sort'?: (string);
  'descending'?: (boolean);
  'pageToken'?: (string);
  /**
   * Rows per chunk; 0 = the service's chunk size (also the maximum).
   */
  'pageSize'?: (number);
}

/**
 * The filtered, sorted list as CSV, in chunks: ask again with next_page_token until it is empty.
 */
export interface ExportClientsRequest__Output {
  'search': (string);
  'status': (string);
  'ownerUserId': (string);
  'industry': (string);
  'includeArchived': (boolean);
  'sort': (string);
  'descending': (boolean);
  'pageToken': (string);
  /**
   * Rows per chunk; 0 = the service's chunk size (also the maximum).
   */
  'pageSize': (number);
}

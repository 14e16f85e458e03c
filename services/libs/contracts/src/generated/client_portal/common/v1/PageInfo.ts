// Original file: proto/common/v1/common.proto


export interface PageInfo {
  /**
   * Empty on the last page.
   */
  'nextPageToken'?: (string);
  /**
   * Total matching items, when the server can count them cheaply.
   */
  'totalSize'?: (number);
}

export interface PageInfo__Output {
  /**
   * Empty on the last page.
   */
  'nextPageToken': (string);
  /**
   * Total matching items, when the server can count them cheaply.
   */
  'totalSize': (number);
}

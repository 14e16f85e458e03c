// Original file: proto/portal/v1/tasks.proto


export interface ListMyTasksRequest {
  /**
   * At most this many (default 20, at most 100).
   */
  'limit'?: (number);
}

export interface ListMyTasksRequest__Output {
  /**
   * At most this many (default 20, at most 100).
   */
  'limit': (number);
}

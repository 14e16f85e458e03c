// Original file: proto/portal/v1/tasks.proto


export interface ListUpcomingMilestonesRequest {
  /**
   * At most this many (default 10, at most 100).
   */
  'limit'?: (number);
}

export interface ListUpcomingMilestonesRequest__Output {
  /**
   * At most this many (default 10, at most 100).
   */
  'limit': (number);
}

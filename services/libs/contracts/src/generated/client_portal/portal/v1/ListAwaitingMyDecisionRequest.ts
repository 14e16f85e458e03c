// Original file: proto/portal/v1/deliverables.proto


export interface ListAwaitingMyDecisionRequest {
  /**
   * At most this many (default 20, at most 100).
   */
  'limit'?: (number);
}

export interface ListAwaitingMyDecisionRequest__Output {
  /**
   * At most this many (default 20, at most 100).
   */
  'limit': (number);
}

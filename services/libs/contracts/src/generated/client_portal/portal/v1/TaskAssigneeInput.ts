// Original file: proto/portal/v1/tasks.proto


export interface TaskAssigneeInput {
  /**
   * staff or contact; empty: nobody.
   */
  'kind'?: (string);
  'id'?: (string);
  /**
   * The display name (the gateway resolves it from the team directory or the client's contacts).
   */
  'name'?: (string);
}

export interface TaskAssigneeInput__Output {
  /**
   * staff or contact; empty: nobody.
   */
  'kind': (string);
  'id': (string);
  /**
   * The display name (the gateway resolves it from the team directory or the client's contacts).
   */
  'name': (string);
}

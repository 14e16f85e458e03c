// Original file: proto/portal/v1/tasks.proto


export interface MilestoneSummary {
  'workspaceId'?: (string);
  'workspaceName'?: (string);
  'projectId'?: (string);
  'name'?: (string);
  /**
   * YYYY-MM-DD or empty.
   */
  'dueDate'?: (string);
}

export interface MilestoneSummary__Output {
  'workspaceId': (string);
  'workspaceName': (string);
  'projectId': (string);
  'name': (string);
  /**
   * YYYY-MM-DD or empty.
   */
  'dueDate': (string);
}

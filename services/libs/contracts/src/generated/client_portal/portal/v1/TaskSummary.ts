// Original file: proto/portal/v1/tasks.proto


export interface TaskSummary {
  'id'?: (string);
  'workspaceId'?: (string);
  'workspaceName'?: (string);
  'title'?: (string);
  /**
   * todo, in_progress, done.
   */
  'status'?: (string);
  /**
   * YYYY-MM-DD or empty.
   */
  'dueDate'?: (string);
  'version'?: (number);
}

export interface TaskSummary__Output {
  'id': (string);
  'workspaceId': (string);
  'workspaceName': (string);
  'title': (string);
  /**
   * todo, in_progress, done.
   */
  'status': (string);
  /**
   * YYYY-MM-DD or empty.
   */
  'dueDate': (string);
  'version': (number);
}

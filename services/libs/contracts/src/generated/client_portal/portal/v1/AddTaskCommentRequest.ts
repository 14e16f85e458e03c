// Original file: proto/portal/v1/tasks.proto


export interface AddTaskCommentRequest {
  'taskId'?: (string);
  'body'?: (string);
  /**
   * Staff only: false makes it internal. A client user's comment is always client-visible.
   */
  'clientVisible'?: (boolean);
}

export interface AddTaskCommentRequest__Output {
  'taskId': (string);
  'body': (string);
  /**
   * Staff only: false makes it internal. A client user's comment is always client-visible.
   */
  'clientVisible': (boolean);
}

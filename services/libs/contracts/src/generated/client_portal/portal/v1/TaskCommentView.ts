// Original file: proto/portal/v1/tasks.proto


export interface TaskCommentView {
  'id'?: (string);
  'taskId'?: (string);
  'body'?: (string);
  /**
   * staff or client.
   */
  'authorKind'?: (string);
  /**
   * Empty for a staff author when a client user reads.
   */
  'authorId'?: (string);
  'authorName'?: (string);
  /**
   * false: internal (staff only).
   */
  'clientVisible'?: (boolean);
  'createdAt'?: (string);
}

export interface TaskCommentView__Output {
  'id': (string);
  'taskId': (string);
  'body': (string);
  /**
   * staff or client.
   */
  'authorKind': (string);
  /**
   * Empty for a staff author when a client user reads.
   */
  'authorId': (string);
  'authorName': (string);
  /**
   * false: internal (staff only).
   */
  'clientVisible': (boolean);
  'createdAt': (string);
}

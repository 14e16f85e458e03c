// Original file: proto/crm/v1/projects.proto


export interface ProjectMilestone {
  'id'?: (string);
  'name'?: (string);
  /**
   * YYYY-MM-DD, or empty.
   */
  'dueDate'?: (string);
  'done'?: (boolean);
  /**
   * When it was ticked; empty while not done.
   */
  'doneAt'?: (string);
}

export interface ProjectMilestone__Output {
  'id': (string);
  'name': (string);
  /**
   * YYYY-MM-DD, or empty.
   */
  'dueDate': (string);
  'done': (boolean);
  /**
   * When it was ticked; empty while not done.
   */
  'doneAt': (string);
}

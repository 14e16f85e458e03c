// Original file: proto/portal/v1/tasks.proto


export interface TaskProgress {
  /**
   * 0-100.
   */
  'percent'?: (number);
  /**
   * project: the linked project's progress; tasks: the share of client-visible tasks done.
   */
  'source'?: (string);
  /**
   * The linked project's name (source project).
   */
  'projectName'?: (string);
  'tasksDone'?: (number);
  'tasksTotal'?: (number);
}

export interface TaskProgress__Output {
  /**
   * 0-100.
   */
  'percent': (number);
  /**
   * project: the linked project's progress; tasks: the share of client-visible tasks done.
   */
  'source': (string);
  /**
   * The linked project's name (source project).
   */
  'projectName': (string);
  'tasksDone': (number);
  'tasksTotal': (number);
}

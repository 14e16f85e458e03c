// Original file: proto/portal/v1/tasks.proto


export interface TaskMilestone {
  'id'?: (string);
  'name'?: (string);
  'dueDate'?: (string);
  'done'?: (boolean);
}

export interface TaskMilestone__Output {
  'id': (string);
  'name': (string);
  'dueDate': (string);
  'done': (boolean);
}

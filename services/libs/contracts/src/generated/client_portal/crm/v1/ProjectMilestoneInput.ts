// Original file: proto/crm/v1/projects.proto


export interface ProjectMilestoneInput {
  'name'?: (string);
  'dueDate'?: (string);
  'done'?: (boolean);
}

export interface ProjectMilestoneInput__Output {
  'name': (string);
  'dueDate': (string);
  'done': (boolean);
}

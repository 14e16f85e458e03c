// Original file: proto/crm/v1/activity.proto


export interface DashboardMilestone {
  'milestoneId'?: (string);
  'name'?: (string);
  'dueDate'?: (string);
  'done'?: (boolean);
  'projectId'?: (string);
  'projectName'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
}

export interface DashboardMilestone__Output {
  'milestoneId': (string);
  'name': (string);
  'dueDate': (string);
  'done': (boolean);
  'projectId': (string);
  'projectName': (string);
  'clientId': (string);
  'clientName': (string);
}

// Original file: proto/crm/v1/activity.proto


export interface DashboardProject {
  'projectId'?: (string);
  'name'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'status'?: (string);
  'dueDate'?: (string);
  'progress'?: (number);
}

export interface DashboardProject__Output {
  'projectId': (string);
  'name': (string);
  'clientId': (string);
  'clientName': (string);
  'status': (string);
  'dueDate': (string);
  'progress': (number);
}

// Original file: proto/crm/v1/activity.proto


export interface CalendarItem {
  'date'?: (string);
  /**
   * milestone or project-due.
   */
  'kind'?: (string);
  'label'?: (string);
  'projectId'?: (string);
  'projectName'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'done'?: (boolean);
}

export interface CalendarItem__Output {
  'date': (string);
  /**
   * milestone or project-due.
   */
  'kind': (string);
  'label': (string);
  'projectId': (string);
  'projectName': (string);
  'clientId': (string);
  'clientName': (string);
  'done': (boolean);
}

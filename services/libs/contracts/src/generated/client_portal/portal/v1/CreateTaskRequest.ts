// Original file: proto/portal/v1/tasks.proto

import type { TaskAssigneeInput as _client_portal_portal_v1_TaskAssigneeInput, TaskAssigneeInput__Output as _client_portal_portal_v1_TaskAssigneeInput__Output } from '../../../client_portal/portal/v1/TaskAssigneeInput.js';

export interface CreateTaskRequest {
  'workspaceId'?: (string);
  'title'?: (string);
  'description'?: (string);
  /**
   * Empty: todo.
   */
  'status'?: (string);
  'assignee'?: (_client_portal_portal_v1_TaskAssigneeInput | null);
  'dueDate'?: (string);
  'clientVisible'?: (boolean);
}

export interface CreateTaskRequest__Output {
  'workspaceId': (string);
  'title': (string);
  'description': (string);
  /**
   * Empty: todo.
   */
  'status': (string);
  'assignee': (_client_portal_portal_v1_TaskAssigneeInput__Output | null);
  'dueDate': (string);
  'clientVisible': (boolean);
}

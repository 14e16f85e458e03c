// Original file: proto/portal/v1/tasks.proto

import type { TaskAssignee as _client_portal_portal_v1_TaskAssignee, TaskAssignee__Output as _client_portal_portal_v1_TaskAssignee__Output } from '../../../client_portal/portal/v1/TaskAssignee.js';

export interface TaskView {
  'id'?: (string);
  'workspaceId'?: (string);
  'title'?: (string);
  'description'?: (string);
  /**
   * todo, in_progress, done.
   */
  'status'?: (string);
  /**
   * Absent: nobody.
   */
  'assignee'?: (_client_portal_portal_v1_TaskAssignee | null);
  /**
   * YYYY-MM-DD or empty.
   */
  'dueDate'?: (string);
  /**
   * false: internal (staff only).
   */
  'clientVisible'?: (boolean);
  /**
   * Board order within a status column, ascending.
   */
  'position'?: (number | string);
  'version'?: (number);
  'createdByName'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  /**
   * When it was moved to done; empty otherwise.
   */
  'completedAt'?: (string);
  'commentCount'?: (number);
  /**
   * Whether the caller may move it (staff: always; a client user: assigned to them, with `comment`).
   */
  'canMove'?: (boolean);
}

export interface TaskView__Output {
  'id': (string);
  'workspaceId': (string);
  'title': (string);
  'description': (string);
  /**
   * todo, in_progress, done.
   */
  'status': (string);
  /**
   * Absent: nobody.
   */
  'assignee': (_client_portal_portal_v1_TaskAssignee__Output | null);
  /**
   * YYYY-MM-DD or empty.
   */
  'dueDate': (string);
  /**
   * false: internal (staff only).
   */
  'clientVisible': (boolean);
  /**
   * Board order within a status column, ascending.
   */
  'position': (number);
  'version': (number);
  'createdByName': (string);
  'createdAt': (string);
  'updatedAt': (string);
  /**
   * When it was moved to done; empty otherwise.
   */
  'completedAt': (string);
  'commentCount': (number);
  /**
   * Whether the caller may move it (staff: always; a client user: assigned to them, with `comment`).
   */
  'canMove': (boolean);
}

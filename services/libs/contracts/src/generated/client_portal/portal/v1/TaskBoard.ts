// Original file: proto/portal/v1/tasks.proto

import type { TaskView as _client_portal_portal_v1_TaskView, TaskView__Output as _client_portal_portal_v1_TaskView__Output } from '../../../client_portal/portal/v1/TaskView.js';
import type { TaskProgress as _client_portal_portal_v1_TaskProgress, TaskProgress__Output as _client_portal_portal_v1_TaskProgress__Output } from '../../../client_portal/portal/v1/TaskProgress.js';
import type { TaskMilestone as _client_portal_portal_v1_TaskMilestone, TaskMilestone__Output as _client_portal_portal_v1_TaskMilestone__Output } from '../../../client_portal/portal/v1/TaskMilestone.js';

export interface TaskBoard {
  'tasks'?: (_client_portal_portal_v1_TaskView)[];
  'progress'?: (_client_portal_portal_v1_TaskProgress | null);
  'milestones'?: (_client_portal_portal_v1_TaskMilestone)[];
  /**
   * Whether the caller may add tasks (staff, workspace not archived).
   */
  'canCreate'?: (boolean);
  /**
   * Whether the caller may comment (staff; a client user with `comment`).
   */
  'canComment'?: (boolean);
}

export interface TaskBoard__Output {
  'tasks': (_client_portal_portal_v1_TaskView__Output)[];
  'progress': (_client_portal_portal_v1_TaskProgress__Output | null);
  'milestones': (_client_portal_portal_v1_TaskMilestone__Output)[];
  /**
   * Whether the caller may add tasks (staff, workspace not archived).
   */
  'canCreate': (boolean);
  /**
   * Whether the caller may comment (staff; a client user with `comment`).
   */
  'canComment': (boolean);
}

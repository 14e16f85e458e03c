// Original file: proto/portal/v1/tasks.proto

import type { TaskView as _client_portal_portal_v1_TaskView, TaskView__Output as _client_portal_portal_v1_TaskView__Output } from '../../../client_portal/portal/v1/TaskView.js';
import type { TaskCommentView as _client_portal_portal_v1_TaskCommentView, TaskCommentView__Output as _client_portal_portal_v1_TaskCommentView__Output } from '../../../client_portal/portal/v1/TaskCommentView.js';

export interface TaskDetail {
  'task'?: (_client_portal_portal_v1_TaskView | null);
  'comments'?: (_client_portal_portal_v1_TaskCommentView)[];
}

export interface TaskDetail__Output {
  'task': (_client_portal_portal_v1_TaskView__Output | null);
  'comments': (_client_portal_portal_v1_TaskCommentView__Output)[];
}

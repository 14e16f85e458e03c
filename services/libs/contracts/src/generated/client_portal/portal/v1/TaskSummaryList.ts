// Original file: proto/portal/v1/tasks.proto

import type { TaskSummary as _client_portal_portal_v1_TaskSummary, TaskSummary__Output as _client_portal_portal_v1_TaskSummary__Output } from '../../../client_portal/portal/v1/TaskSummary.js';

export interface TaskSummaryList {
  'tasks'?: (_client_portal_portal_v1_TaskSummary)[];
}

export interface TaskSummaryList__Output {
  'tasks': (_client_portal_portal_v1_TaskSummary__Output)[];
}

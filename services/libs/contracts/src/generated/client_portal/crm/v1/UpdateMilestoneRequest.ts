// Original file: proto/crm/v1/projects.proto

import type { ProjectMilestoneInput as _client_portal_crm_v1_ProjectMilestoneInput, ProjectMilestoneInput__Output as _client_portal_crm_v1_ProjectMilestoneInput__Output } from '../../../client_portal/crm/v1/ProjectMilestoneInput.js';

export interface UpdateMilestoneRequest {
  'projectId'?: (string);
  'expectedVersion'?: (number);
  'milestoneId'?: (string);
  /**
   * Which of name, due_date, done to change.
   */
  'fields'?: (string)[];
  'milestone'?: (_client_portal_crm_v1_ProjectMilestoneInput | null);
}

export interface UpdateMilestoneRequest__Output {
  'projectId': (string);
  'expectedVersion': (number);
  'milestoneId': (string);
  /**
   * Which of name, due_date, done to change.
   */
  'fields': (string)[];
  'milestone': (_client_portal_crm_v1_ProjectMilestoneInput__Output | null);
}

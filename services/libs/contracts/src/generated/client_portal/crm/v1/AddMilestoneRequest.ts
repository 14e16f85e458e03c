// Original file: proto/crm/v1/projects.proto

import type { ProjectMilestoneInput as _client_portal_crm_v1_ProjectMilestoneInput, ProjectMilestoneInput__Output as _client_portal_crm_v1_ProjectMilestoneInput__Output } from '../../../client_portal/crm/v1/ProjectMilestoneInput.js';

export interface AddMilestoneRequest {
  'projectId'?: (string);
  'expectedVersion'?: (number);
  'milestone'?: (_client_portal_crm_v1_ProjectMilestoneInput | null);
}

export interface AddMilestoneRequest__Output {
  'projectId': (string);
  'expectedVersion': (number);
  'milestone': (_client_portal_crm_v1_ProjectMilestoneInput__Output | null);
}

// Original file: proto/crm/v1/projects.proto

import type { ProjectMilestoneInput as _client_portal_crm_v1_ProjectMilestoneInput, ProjectMilestoneInput__Output as _client_portal_crm_v1_ProjectMilestoneInput__Output } from '../../../client_portal/crm/v1/ProjectMilestoneInput.js';
import type { Long } from '@grpc/proto-loader';

export interface CreateProjectRequest {
  'clientId'?: (string);
  'name'?: (string);
  /**
   * Defaults to planned.
   */
  'status'?: (string);
  'progress'?: (number);
  'startDate'?: (string);
  'dueDate'?: (string);
  'contractValueMinor'?: (number | string | Long);
  /**
   * ISO 4217; defaults to EUR.
   */
  'currency'?: (string);
  /**
   * Needs metrics.view when not 0.
   */
  'estimatedCostMinor'?: (number | string | Long);
  'defaultHourlyRateMinor'?: (number | string | Long);
  'milestones'?: (_client_portal_crm_v1_ProjectMilestoneInput)[];
}

export interface CreateProjectRequest__Output {
  'clientId': (string);
  'name': (string);
  /**
   * Defaults to planned.
   */
  'status': (string);
  'progress': (number);
  'startDate': (string);
  'dueDate': (string);
  'contractValueMinor': (string);
  /**
   * ISO 4217; defaults to EUR.
   */
  'currency': (string);
  /**
   * Needs metrics.view when not 0.
   */
  'estimatedCostMinor': (string);
  'defaultHourlyRateMinor': (string);
  'milestones': (_client_portal_crm_v1_ProjectMilestoneInput__Output)[];
}

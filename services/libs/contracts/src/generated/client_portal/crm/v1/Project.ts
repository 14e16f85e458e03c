// Original file: proto/crm/v1/projects.proto

import type { ProjectMilestone as _client_portal_crm_v1_ProjectMilestone, ProjectMilestone__Output as _client_portal_crm_v1_ProjectMilestone__Output } from '../../../client_portal/crm/v1/ProjectMilestone.js';
import type { ProjectRating as _client_portal_crm_v1_ProjectRating, ProjectRating__Output as _client_portal_crm_v1_ProjectRating__Output } from '../../../client_portal/crm/v1/ProjectRating.js';
import type { ProjectTime as _client_portal_crm_v1_ProjectTime, ProjectTime__Output as _client_portal_crm_v1_ProjectTime__Output } from '../../../client_portal/crm/v1/ProjectTime.js';
import type { ProjectCosts as _client_portal_crm_v1_ProjectCosts, ProjectCosts__Output as _client_portal_crm_v1_ProjectCosts__Output } from '../../../client_portal/crm/v1/ProjectCosts.js';
import type { Long } from '@grpc/proto-loader';

export interface Project {
  'id'?: (string);
  'tenantId'?: (string);
  'clientId'?: (string);
  'name'?: (string);
  /**
   * planned, in-progress, on-hold, completed or cancelled.
   */
  'status'?: (string);
  /**
   * 0 to 100.
   */
  'progress'?: (number);
  /**
   * YYYY-MM-DD, or empty.
   */
  'startDate'?: (string);
  'dueDate'?: (string);
  /**
   * When it became completed; empty otherwise.
   */
  'completedAt'?: (string);
  'contractValueMinor'?: (number | string | Long);
  'currency'?: (string);
  'milestones'?: (_client_portal_crm_v1_ProjectMilestone)[];
  /**
   * The client's rating, once given.
   */
  'rating'?: (_client_portal_crm_v1_ProjectRating | null);
  /**
   * Optimistic concurrency: send it back as expected_version when changing the project.
   */
  'version'?: (number);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  /**
   * Internal: absent for client users.
   */
  'time'?: (_client_portal_crm_v1_ProjectTime | null);
  /**
   * Internal: absent for client users and for staff without metrics.view.
   */
  'costs'?: (_client_portal_crm_v1_ProjectCosts | null);
}

export interface Project__Output {
  'id': (string);
  'tenantId': (string);
  'clientId': (string);
  'name': (string);
  /**
   * planned, in-progress, on-hold, completed or cancelled.
   */
  'status': (string);
  /**
   * 0 to 100.
   */
  'progress': (number);
  /**
   * YYYY-MM-DD, or empty.
   */
  'startDate': (string);
  'dueDate': (string);
  /**
   * When it became completed; empty otherwise.
   */
  'completedAt': (string);
  'contractValueMinor': (string);
  'currency': (string);
  'milestones': (_client_portal_crm_v1_ProjectMilestone__Output)[];
  /**
   * The client's rating, once given.
   */
  'rating': (_client_portal_crm_v1_ProjectRating__Output | null);
  /**
   * Optimistic concurrency: send it back as expected_version when changing the project.
   */
  'version': (number);
  'createdAt': (string);
  'updatedAt': (string);
  /**
   * Internal: absent for client users.
   */
  'time': (_client_portal_crm_v1_ProjectTime__Output | null);
  /**
   * Internal: absent for client users and for staff without metrics.view.
   */
  'costs': (_client_portal_crm_v1_ProjectCosts__Output | null);
}

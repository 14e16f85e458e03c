// Original file: proto/partner/v1/projects.proto

import type { Money as _client_portal_partner_v1_Money, Money__Output as _client_portal_partner_v1_Money__Output } from '../../../client_portal/partner/v1/Money.js';
import type { Milestone as _client_portal_partner_v1_Milestone, Milestone__Output as _client_portal_partner_v1_Milestone__Output } from '../../../client_portal/partner/v1/Milestone.js';

export interface Project {
  'id'?: (string);
  'clientId'?: (string);
  'name'?: (string);
  /**
   * planned, active, on_hold, completed or cancelled.
   */
  'status'?: (string);
  /**
   * 0..100.
   */
  'progress'?: (number);
  'startDate'?: (string);
  'dueDate'?: (string);
  'contractValue'?: (_client_portal_partner_v1_Money | null);
  'milestones'?: (_client_portal_partner_v1_Milestone)[];
  'completedAt'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface Project__Output {
  'id': (string);
  'clientId': (string);
  'name': (string);
  /**
   * planned, active, on_hold, completed or cancelled.
   */
  'status': (string);
  /**
   * 0..100.
   */
  'progress': (number);
  'startDate': (string);
  'dueDate': (string);
  'contractValue': (_client_portal_partner_v1_Money__Output | null);
  'milestones': (_client_portal_partner_v1_Milestone__Output)[];
  'completedAt': (string);
  'createdAt': (string);
  'updatedAt': (string);
}

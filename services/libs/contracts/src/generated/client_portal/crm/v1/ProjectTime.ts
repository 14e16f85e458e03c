// Original file: proto/crm/v1/projects.proto

import type { ProjectTimeEntry as _client_portal_crm_v1_ProjectTimeEntry, ProjectTimeEntry__Output as _client_portal_crm_v1_ProjectTimeEntry__Output } from '../../../client_portal/crm/v1/ProjectTimeEntry.js';

/**
 * Internal: the time logged. Staff only: members see only their own entries (the total is theirs too).
 */
export interface ProjectTime {
  'entries'?: (_client_portal_crm_v1_ProjectTimeEntry)[];
  'totalMinutes'?: (number);
}

/**
 * Internal: the time logged. Staff only: members see only their own entries (the total is theirs too).
 */
export interface ProjectTime__Output {
  'entries': (_client_portal_crm_v1_ProjectTimeEntry__Output)[];
  'totalMinutes': (number);
}

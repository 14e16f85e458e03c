// Original file: proto/crm/v1/crm.proto

import type { StaffDirectoryEntry as _client_portal_crm_v1_StaffDirectoryEntry, StaffDirectoryEntry__Output as _client_portal_crm_v1_StaffDirectoryEntry__Output } from '../../../client_portal/crm/v1/StaffDirectoryEntry.js';

export interface ListStaffDirectoryResponse {
  'staff'?: (_client_portal_crm_v1_StaffDirectoryEntry)[];
}

export interface ListStaffDirectoryResponse__Output {
  'staff': (_client_portal_crm_v1_StaffDirectoryEntry__Output)[];
}

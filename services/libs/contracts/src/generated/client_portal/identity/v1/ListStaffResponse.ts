// Original file: proto/identity/v1/identity.proto

import type { StaffMember as _client_portal_identity_v1_StaffMember, StaffMember__Output as _client_portal_identity_v1_StaffMember__Output } from '../../../client_portal/identity/v1/StaffMember.js';

export interface ListStaffResponse {
  'staff'?: (_client_portal_identity_v1_StaffMember)[];
}

export interface ListStaffResponse__Output {
  'staff': (_client_portal_identity_v1_StaffMember__Output)[];
}

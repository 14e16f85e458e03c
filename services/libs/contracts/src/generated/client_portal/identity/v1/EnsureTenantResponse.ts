// Original file: proto/identity/v1/identity.proto

import type { Tenant as _client_portal_identity_v1_Tenant, Tenant__Output as _client_portal_identity_v1_Tenant__Output } from '../../../client_portal/identity/v1/Tenant.js';
import type { StaffMember as _client_portal_identity_v1_StaffMember, StaffMember__Output as _client_portal_identity_v1_StaffMember__Output } from '../../../client_portal/identity/v1/StaffMember.js';

export interface EnsureTenantResponse {
  'tenant'?: (_client_portal_identity_v1_Tenant | null);
  'owner'?: (_client_portal_identity_v1_StaffMember | null);
  'created'?: (boolean);
}

export interface EnsureTenantResponse__Output {
  'tenant': (_client_portal_identity_v1_Tenant__Output | null);
  'owner': (_client_portal_identity_v1_StaffMember__Output | null);
  'created': (boolean);
}

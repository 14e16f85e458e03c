// Original file: proto/identity/v1/view_as.proto

import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from '../../../client_portal/common/v1/Principal.js';

export interface ResolveExternalUserResponse {
  'principal'?: (_client_portal_common_v1_Principal | null);
  'displayName'?: (string);
  'email'?: (string);
  'tenantName'?: (string);
}

export interface ResolveExternalUserResponse__Output {
  'principal': (_client_portal_common_v1_Principal__Output | null);
  'displayName': (string);
  'email': (string);
  'tenantName': (string);
}

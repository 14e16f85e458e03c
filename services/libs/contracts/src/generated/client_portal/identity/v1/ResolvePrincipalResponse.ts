// Original file: proto/identity/v1/identity.proto

import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from '../../../client_portal/common/v1/Principal.js';

export interface ResolvePrincipalResponse {
  'principal'?: (_client_portal_common_v1_Principal | null);
  'displayName'?: (string);
  'email'?: (string);
  'tenantName'?: (string);
  /**
   * The tenant's step-up limit in seconds (security.proto); 0 = none. The gateway puts it, with the
   * token's auth_time, on the principal it signs.
   */
  'stepUpMaxAgeSeconds'?: (number);
}

export interface ResolvePrincipalResponse__Output {
  'principal': (_client_portal_common_v1_Principal__Output | null);
  'displayName': (string);
  'email': (string);
  'tenantName': (string);
  /**
   * The tenant's step-up limit in seconds (security.proto); 0 = none. The gateway puts it, with the
   * token's auth_time, on the principal it signs.
   */
  'stepUpMaxAgeSeconds': (number);
}

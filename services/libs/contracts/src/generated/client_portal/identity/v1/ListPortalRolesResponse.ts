// Original file: proto/identity/v1/roles.proto

import type { PortalRole as _client_portal_identity_v1_PortalRole, PortalRole__Output as _client_portal_identity_v1_PortalRole__Output } from '../../../client_portal/identity/v1/PortalRole.js';

export interface ListPortalRolesResponse {
  'roles'?: (_client_portal_identity_v1_PortalRole)[];
}

export interface ListPortalRolesResponse__Output {
  'roles': (_client_portal_identity_v1_PortalRole__Output)[];
}

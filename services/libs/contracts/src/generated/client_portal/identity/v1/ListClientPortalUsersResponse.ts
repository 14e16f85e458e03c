// Original file: proto/identity/v1/roles.proto

import type { PortalRoleUser as _client_portal_identity_v1_PortalRoleUser, PortalRoleUser__Output as _client_portal_identity_v1_PortalRoleUser__Output } from '../../../client_portal/identity/v1/PortalRoleUser.js';

export interface ListClientPortalUsersResponse {
  'users'?: (_client_portal_identity_v1_PortalRoleUser)[];
}

export interface ListClientPortalUsersResponse__Output {
  'users': (_client_portal_identity_v1_PortalRoleUser__Output)[];
}

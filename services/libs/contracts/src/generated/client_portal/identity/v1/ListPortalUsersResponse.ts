// Original file: proto/identity/v1/view_as.proto

import type { PortalUser as _client_portal_identity_v1_PortalUser, PortalUser__Output as _client_portal_identity_v1_PortalUser__Output } from '../../../client_portal/identity/v1/PortalUser.js';

export interface ListPortalUsersResponse {
  'users'?: (_client_portal_identity_v1_PortalUser)[];
}

export interface ListPortalUsersResponse__Output {
  'users': (_client_portal_identity_v1_PortalUser__Output)[];
}

// Original file: proto/identity/v1/revocation.proto

import type { PortalAccessUser as _client_portal_identity_v1_PortalAccessUser, PortalAccessUser__Output as _client_portal_identity_v1_PortalAccessUser__Output } from '../../../client_portal/identity/v1/PortalAccessUser.js';

export interface ListClientPortalAccessResponse {
  'users'?: (_client_portal_identity_v1_PortalAccessUser)[];
}

export interface ListClientPortalAccessResponse__Output {
  'users': (_client_portal_identity_v1_PortalAccessUser__Output)[];
}

// Original file: proto/identity/v1/roles.proto

import type { PortalGroup as _client_portal_identity_v1_PortalGroup, PortalGroup__Output as _client_portal_identity_v1_PortalGroup__Output } from '../../../client_portal/identity/v1/PortalGroup.js';

export interface ListPortalGroupsResponse {
  'groups'?: (_client_portal_identity_v1_PortalGroup)[];
}

export interface ListPortalGroupsResponse__Output {
  'groups': (_client_portal_identity_v1_PortalGroup__Output)[];
}

// Original file: proto/identity/v1/roles.proto

import type { PortalGroupMember as _client_portal_identity_v1_PortalGroupMember, PortalGroupMember__Output as _client_portal_identity_v1_PortalGroupMember__Output } from '../../../client_portal/identity/v1/PortalGroupMember.js';

export interface PortalGroup {
  'id'?: (string);
  'name'?: (string);
  'members'?: (_client_portal_identity_v1_PortalGroupMember)[];
  'version'?: (number);
}

export interface PortalGroup__Output {
  'id': (string);
  'name': (string);
  'members': (_client_portal_identity_v1_PortalGroupMember__Output)[];
  'version': (number);
}

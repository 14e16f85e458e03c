// Original file: proto/identity/v1/access.proto

import type { WorkspaceMember as _client_portal_identity_v1_WorkspaceMember, WorkspaceMember__Output as _client_portal_identity_v1_WorkspaceMember__Output } from '../../../client_portal/identity/v1/WorkspaceMember.js';

export interface ListWorkspaceMembersResponse {
  'members'?: (_client_portal_identity_v1_WorkspaceMember)[];
}

export interface ListWorkspaceMembersResponse__Output {
  'members': (_client_portal_identity_v1_WorkspaceMember__Output)[];
}

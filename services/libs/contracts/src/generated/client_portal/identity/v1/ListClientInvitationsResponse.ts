// Original file: proto/identity/v1/invitations.proto

import type { Invitation as _client_portal_identity_v1_Invitation, Invitation__Output as _client_portal_identity_v1_Invitation__Output } from '../../../client_portal/identity/v1/Invitation.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListClientInvitationsResponse {
  'invitations'?: (_client_portal_identity_v1_Invitation)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListClientInvitationsResponse__Output {
  'invitations': (_client_portal_identity_v1_Invitation__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}

// Original file: proto/identity/v1/identity.proto

import type { ExternalUser as _client_portal_identity_v1_ExternalUser, ExternalUser__Output as _client_portal_identity_v1_ExternalUser__Output } from '../../../client_portal/identity/v1/ExternalUser.js';

export interface AcceptInvitationResponse {
  'user'?: (_client_portal_identity_v1_ExternalUser | null);
}

export interface AcceptInvitationResponse__Output {
  'user': (_client_portal_identity_v1_ExternalUser__Output | null);
}

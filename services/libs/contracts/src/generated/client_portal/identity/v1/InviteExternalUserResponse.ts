// Original file: proto/identity/v1/identity.proto

import type { Invitation as _client_portal_identity_v1_Invitation, Invitation__Output as _client_portal_identity_v1_Invitation__Output } from '../../../client_portal/identity/v1/Invitation.js';
import type { ExternalUser as _client_portal_identity_v1_ExternalUser, ExternalUser__Output as _client_portal_identity_v1_ExternalUser__Output } from '../../../client_portal/identity/v1/ExternalUser.js';

export interface InviteExternalUserResponse {
  'invitation'?: (_client_portal_identity_v1_Invitation | null);
  'user'?: (_client_portal_identity_v1_ExternalUser | null);
}

export interface InviteExternalUserResponse__Output {
  'invitation': (_client_portal_identity_v1_Invitation__Output | null);
  'user': (_client_portal_identity_v1_ExternalUser__Output | null);
}

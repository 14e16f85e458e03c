// Original file: proto/identity/v1/identity.proto

import type { Invitation as _client_portal_identity_v1_Invitation, Invitation__Output as _client_portal_identity_v1_Invitation__Output } from '../../../client_portal/identity/v1/Invitation.js';

export interface ListInvitationsResponse {
  'invitations'?: (_client_portal_identity_v1_Invitation)[];
}

export interface ListInvitationsResponse__Output {
  'invitations': (_client_portal_identity_v1_Invitation__Output)[];
}

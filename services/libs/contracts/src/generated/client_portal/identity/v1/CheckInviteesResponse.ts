// Original file: proto/identity/v1/invitations.proto

import type { InviteeCheck as _client_portal_identity_v1_InviteeCheck, InviteeCheck__Output as _client_portal_identity_v1_InviteeCheck__Output } from '../../../client_portal/identity/v1/InviteeCheck.js';

export interface CheckInviteesResponse {
  'checks'?: (_client_portal_identity_v1_InviteeCheck)[];
}

export interface CheckInviteesResponse__Output {
  'checks': (_client_portal_identity_v1_InviteeCheck__Output)[];
}

// Original file: proto/identity/v1/invitations.proto


export interface ClientInvitationRequest {
  'invitationId'?: (string);
}

export interface ClientInvitationRequest__Output {
  'invitationId': (string);
}

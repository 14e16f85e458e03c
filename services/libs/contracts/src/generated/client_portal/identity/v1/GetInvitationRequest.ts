// Original file: proto/identity/v1/identity.proto


export interface GetInvitationRequest {
  'token'?: (string);
}

export interface GetInvitationRequest__Output {
  'token': (string);
}

// Original file: proto/identity/v1/identity.proto


export interface AcceptInvitationRequest {
  'token'?: (string);
  'password'?: (string);
}

export interface AcceptInvitationRequest__Output {
  'token': (string);
  'password': (string);
}

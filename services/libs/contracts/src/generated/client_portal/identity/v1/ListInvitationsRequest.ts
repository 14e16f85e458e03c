// Original file: proto/identity/v1/identity.proto


export interface ListInvitationsRequest {
  'clientId'?: (string);
}

export interface ListInvitationsRequest__Output {
  'clientId': (string);
}

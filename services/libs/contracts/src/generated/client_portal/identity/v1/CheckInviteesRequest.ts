// Original file: proto/identity/v1/invitations.proto


export interface CheckInviteesRequest {
  'clientId'?: (string);
  'emails'?: (string)[];
}

export interface CheckInviteesRequest__Output {
  'clientId': (string);
  'emails': (string)[];
}

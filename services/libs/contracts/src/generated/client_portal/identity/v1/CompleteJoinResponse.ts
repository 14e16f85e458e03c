// Original file: proto/identity/v1/join_links.proto


export interface CompleteJoinResponse {
  'email'?: (string);
  'externalUserId'?: (string);
}

export interface CompleteJoinResponse__Output {
  'email': (string);
  'externalUserId': (string);
}

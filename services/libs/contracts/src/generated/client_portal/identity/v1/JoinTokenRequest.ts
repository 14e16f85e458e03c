// Original file: proto/identity/v1/join_links.proto


export interface JoinTokenRequest {
  'token'?: (string);
}

export interface JoinTokenRequest__Output {
  'token': (string);
}

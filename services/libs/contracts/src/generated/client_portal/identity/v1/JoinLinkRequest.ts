// Original file: proto/identity/v1/join_links.proto


export interface JoinLinkRequest {
  'linkId'?: (string);
}

export interface JoinLinkRequest__Output {
  'linkId': (string);
}

// Original file: proto/identity/v1/join_links.proto


export interface SetJoinLinkEnabledRequest {
  'linkId'?: (string);
  'enabled'?: (boolean);
}

export interface SetJoinLinkEnabledRequest__Output {
  'linkId': (string);
  'enabled': (boolean);
}

// Original file: proto/identity/v1/roles.proto


export interface JoinPortalGroupsRequest {
  'externalUserId'?: (string);
  'groupIds'?: (string)[];
}

export interface JoinPortalGroupsRequest__Output {
  'externalUserId': (string);
  'groupIds': (string)[];
}

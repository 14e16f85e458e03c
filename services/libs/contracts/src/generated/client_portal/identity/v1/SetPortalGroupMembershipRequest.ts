// Original file: proto/identity/v1/roles.proto


export interface SetPortalGroupMembershipRequest {
  'groupId'?: (string);
  'externalUserId'?: (string);
  'member'?: (boolean);
}

export interface SetPortalGroupMembershipRequest__Output {
  'groupId': (string);
  'externalUserId': (string);
  'member': (boolean);
}

// Original file: proto/identity/v1/roles.proto


export interface PortalGroupMember {
  'externalUserId'?: (string);
  'displayName'?: (string);
  'email'?: (string);
  'clientId'?: (string);
}

export interface PortalGroupMember__Output {
  'externalUserId': (string);
  'displayName': (string);
  'email': (string);
  'clientId': (string);
}

// Original file: proto/identity/v1/roles.proto


export interface SetPortalUserRoleRequest {
  'externalUserId'?: (string);
  'role'?: (string);
}

export interface SetPortalUserRoleRequest__Output {
  'externalUserId': (string);
  'role': (string);
}

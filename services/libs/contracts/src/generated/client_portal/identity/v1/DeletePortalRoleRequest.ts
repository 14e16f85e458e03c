// Original file: proto/identity/v1/roles.proto


export interface DeletePortalRoleRequest {
  'roleId'?: (string);
  'reassignTo'?: (string);
}

export interface DeletePortalRoleRequest__Output {
  'roleId': (string);
  'reassignTo': (string);
}

// Original file: proto/identity/v1/roles.proto


export interface CreatePortalRoleRequest {
  'name'?: (string);
  'rights'?: (string)[];
}

export interface CreatePortalRoleRequest__Output {
  'name': (string);
  'rights': (string)[];
}

// Original file: proto/identity/v1/roles.proto


export interface CreatePortalGroupRequest {
  'name'?: (string);
}

export interface CreatePortalGroupRequest__Output {
  'name': (string);
}

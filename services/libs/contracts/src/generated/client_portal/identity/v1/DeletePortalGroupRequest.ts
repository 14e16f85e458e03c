// Original file: proto/identity/v1/roles.proto


export interface DeletePortalGroupRequest {
  'groupId'?: (string);
}

export interface DeletePortalGroupRequest__Output {
  'groupId': (string);
}

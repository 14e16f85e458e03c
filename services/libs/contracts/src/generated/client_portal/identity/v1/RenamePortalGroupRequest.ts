// Original file: proto/identity/v1/roles.proto


export interface RenamePortalGroupRequest {
  'groupId'?: (string);
  'name'?: (string);
  'expectedVersion'?: (number);
}

export interface RenamePortalGroupRequest__Output {
  'groupId': (string);
  'name': (string);
  'expectedVersion': (number);
}

// Original file: proto/identity/v1/identity.proto


export interface ChangeStaffRoleRequest {
  'staffId'?: (string);
  'role'?: (string);
}

export interface ChangeStaffRoleRequest__Output {
  'staffId': (string);
  'role': (string);
}

// Original file: proto/identity/v1/revocation.proto


export interface ConvertToStaffResponse {
  'staffId'?: (string);
  'email'?: (string);
  'displayName'?: (string);
  'role'?: (string);
}

export interface ConvertToStaffResponse__Output {
  'staffId': (string);
  'email': (string);
  'displayName': (string);
  'role': (string);
}

// Original file: proto/identity/v1/identity.proto


export interface StaffMemberRequest {
  'staffId'?: (string);
}

export interface StaffMemberRequest__Output {
  'staffId': (string);
}

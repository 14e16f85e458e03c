// Original file: proto/identity/v1/revocation.proto


export interface ConvertToStaffRequest {
  'externalUserId'?: (string);
  /**
   * owner, admin, manager or member.
   */
  'role'?: (string);
}

export interface ConvertToStaffRequest__Output {
  'externalUserId': (string);
  /**
   * owner, admin, manager or member.
   */
  'role': (string);
}

// Original file: proto/identity/v1/identity.proto


export interface InviteStaffRequest {
  'email'?: (string);
  'displayName'?: (string);
  /**
   * owner, admin, manager or member.
   */
  'role'?: (string);
}

export interface InviteStaffRequest__Output {
  'email': (string);
  'displayName': (string);
  /**
   * owner, admin, manager or member.
   */
  'role': (string);
}

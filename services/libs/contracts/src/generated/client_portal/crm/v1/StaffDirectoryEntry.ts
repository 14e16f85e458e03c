// Original file: proto/crm/v1/crm.proto


export interface StaffDirectoryEntry {
  'userId'?: (string);
  'email'?: (string);
  'displayName'?: (string);
  /**
   * owner, admin, manager or member.
   */
  'role'?: (string);
}

export interface StaffDirectoryEntry__Output {
  'userId': (string);
  'email': (string);
  'displayName': (string);
  /**
   * owner, admin, manager or member.
   */
  'role': (string);
}

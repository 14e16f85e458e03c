// Original file: proto/identity/v1/identity.proto


export interface StaffMember {
  'id'?: (string);
  'tenantId'?: (string);
  'keycloakId'?: (string);
  'email'?: (string);
  'displayName'?: (string);
  /**
   * owner, admin, manager or member.
   */
  'role'?: (string);
}

export interface StaffMember__Output {
  'id': (string);
  'tenantId': (string);
  'keycloakId': (string);
  'email': (string);
  'displayName': (string);
  /**
   * owner, admin, manager or member.
   */
  'role': (string);
}

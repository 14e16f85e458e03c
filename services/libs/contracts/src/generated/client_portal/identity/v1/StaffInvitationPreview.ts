// Original file: proto/identity/v1/identity.proto


export interface StaffInvitationPreview {
  'email'?: (string);
  'displayName'?: (string);
  'tenantName'?: (string);
  'role'?: (string);
  /**
   * pending, accepted, cancelled or expired.
   */
  'status'?: (string);
}

export interface StaffInvitationPreview__Output {
  'email': (string);
  'displayName': (string);
  'tenantName': (string);
  'role': (string);
  /**
   * pending, accepted, cancelled or expired.
   */
  'status': (string);
}

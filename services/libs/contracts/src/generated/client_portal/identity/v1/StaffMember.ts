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
  /**
   * invited (no password yet), active or deactivated.
   */
  'status'?: (string);
  'createdAt'?: (string);
  /**
   * When the current invitation link was sent; empty once accepted.
   */
  'invitedAt'?: (string);
  /**
   * The staff member who invited this one; empty for the tenant's first owner.
   */
  'invitedBy'?: (string);
  'deactivatedAt'?: (string);
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
  /**
   * invited (no password yet), active or deactivated.
   */
  'status': (string);
  'createdAt': (string);
  /**
   * When the current invitation link was sent; empty once accepted.
   */
  'invitedAt': (string);
  /**
   * The staff member who invited this one; empty for the tenant's first owner.
   */
  'invitedBy': (string);
  'deactivatedAt': (string);
}

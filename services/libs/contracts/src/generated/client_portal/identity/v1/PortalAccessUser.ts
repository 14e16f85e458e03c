// Original file: proto/identity/v1/revocation.proto


export interface PortalAccessUser {
  'id'?: (string);
  'contactId'?: (string);
  'email'?: (string);
  'displayName'?: (string);
  'role'?: (string);
  /**
   * invited, active, revoked or converted.
   */
  'status'?: (string);
  'workspaceIds'?: (string)[];
  /**
   * RFC 3339; empty unless revoked.
   */
  'revokedAt'?: (string);
  'revokedReason'?: (string);
  /**
   * The staff member's id once converted; empty otherwise.
   */
  'staffId'?: (string);
}

export interface PortalAccessUser__Output {
  'id': (string);
  'contactId': (string);
  'email': (string);
  'displayName': (string);
  'role': (string);
  /**
   * invited, active, revoked or converted.
   */
  'status': (string);
  'workspaceIds': (string)[];
  /**
   * RFC 3339; empty unless revoked.
   */
  'revokedAt': (string);
  'revokedReason': (string);
  /**
   * The staff member's id once converted; empty otherwise.
   */
  'staffId': (string);
}

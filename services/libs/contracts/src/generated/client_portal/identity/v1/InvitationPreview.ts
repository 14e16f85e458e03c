// Original file: proto/identity/v1/identity.proto


export interface InvitationPreview {
  'email'?: (string);
  'displayName'?: (string);
  'tenantName'?: (string);
  'clientName'?: (string);
  'workspaceName'?: (string);
  /**
   * pending, accepted, expired or cancelled. Only a pending invitation shows the fields above; for the
   * others they are empty (a dead link reveals nobody).
   */
  'status'?: (string);
  /**
   * The user already has a password (invited to another workspace before): just log in.
   */
  'hasPassword'?: (boolean);
}

export interface InvitationPreview__Output {
  'email': (string);
  'displayName': (string);
  'tenantName': (string);
  'clientName': (string);
  'workspaceName': (string);
  /**
   * pending, accepted, expired or cancelled. Only a pending invitation shows the fields above; for the
   * others they are empty (a dead link reveals nobody).
   */
  'status': (string);
  /**
   * The user already has a password (invited to another workspace before): just log in.
   */
  'hasPassword': (boolean);
}

// Original file: proto/identity/v1/identity.proto


export interface Invitation {
  'id'?: (string);
  'tenantId'?: (string);
  'email'?: (string);
  'clientId'?: (string);
  'workspaceId'?: (string);
  'role'?: (string);
  /**
   * pending, accepted, expired (pending past its 7 days) or cancelled.
   */
  'status'?: (string);
  'createdAt'?: (string);
  'acceptedAt'?: (string);
  'invitedBy'?: (string);
  'displayName'?: (string);
  'clientName'?: (string);
  'workspaceName'?: (string);
  /**
   * When the link was last sent (a resend starts its 7 days again).
   */
  'sentAt'?: (string);
  'cancelledAt'?: (string);
  'contactId'?: (string);
}

export interface Invitation__Output {
  'id': (string);
  'tenantId': (string);
  'email': (string);
  'clientId': (string);
  'workspaceId': (string);
  'role': (string);
  /**
   * pending, accepted, expired (pending past its 7 days) or cancelled.
   */
  'status': (string);
  'createdAt': (string);
  'acceptedAt': (string);
  'invitedBy': (string);
  'displayName': (string);
  'clientName': (string);
  'workspaceName': (string);
  /**
   * When the link was last sent (a resend starts its 7 days again).
   */
  'sentAt': (string);
  'cancelledAt': (string);
  'contactId': (string);
}

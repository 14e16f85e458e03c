// Original file: proto/identity/v1/identity.proto


export interface Invitation {
  'id'?: (string);
  'tenantId'?: (string);
  'email'?: (string);
  'clientId'?: (string);
  'workspaceId'?: (string);
  'role'?: (string);
  /**
   * pending, accepted or cancelled.
   */
  'status'?: (string);
  'createdAt'?: (string);
  'acceptedAt'?: (string);
  'invitedBy'?: (string);
  'displayName'?: (string);
  'clientName'?: (string);
  'workspaceName'?: (string);
}

export interface Invitation__Output {
  'id': (string);
  'tenantId': (string);
  'email': (string);
  'clientId': (string);
  'workspaceId': (string);
  'role': (string);
  /**
   * pending, accepted or cancelled.
   */
  'status': (string);
  'createdAt': (string);
  'acceptedAt': (string);
  'invitedBy': (string);
  'displayName': (string);
  'clientName': (string);
  'workspaceName': (string);
}

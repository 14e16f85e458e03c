// Original file: proto/identity/v1/identity.proto


export interface ExternalUser {
  'id'?: (string);
  'tenantId'?: (string);
  'keycloakId'?: (string);
  'email'?: (string);
  'displayName'?: (string);
  'clientId'?: (string);
  'contactId'?: (string);
  /**
   * decision-maker, technical, billing or observer.
   */
  'role'?: (string);
  'workspaceIds'?: (string)[];
  /**
   * invited or active.
   */
  'status'?: (string);
}

export interface ExternalUser__Output {
  'id': (string);
  'tenantId': (string);
  'keycloakId': (string);
  'email': (string);
  'displayName': (string);
  'clientId': (string);
  'contactId': (string);
  /**
   * decision-maker, technical, billing or observer.
   */
  'role': (string);
  'workspaceIds': (string)[];
  /**
   * invited or active.
   */
  'status': (string);
}

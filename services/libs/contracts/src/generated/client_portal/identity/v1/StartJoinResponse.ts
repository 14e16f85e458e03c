// Original file: proto/identity/v1/join_links.proto


export interface StartJoinResponse {
  'joinId'?: (string);
  'tenantId'?: (string);
  'scope'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'workspaceId'?: (string);
  'workspaceName'?: (string);
  'role'?: (string);
  'createContact'?: (boolean);
  /**
   * The staff member who opened the link: owner of a client a tenant link creates.
   */
  'createdBy'?: (string);
  'email'?: (string);
  'displayName'?: (string);
}

export interface StartJoinResponse__Output {
  'joinId': (string);
  'tenantId': (string);
  'scope': (string);
  'clientId': (string);
  'clientName': (string);
  'workspaceId': (string);
  'workspaceName': (string);
  'role': (string);
  'createContact': (boolean);
  /**
   * The staff member who opened the link: owner of a client a tenant link creates.
   */
  'createdBy': (string);
  'email': (string);
  'displayName': (string);
}

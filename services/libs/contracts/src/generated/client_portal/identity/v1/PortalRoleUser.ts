// Original file: proto/identity/v1/roles.proto


export interface PortalRoleUser {
  'externalUserId'?: (string);
  'contactId'?: (string);
  'clientId'?: (string);
  'email'?: (string);
  'displayName'?: (string);
  'role'?: (string);
  /**
   * invited or active.
   */
  'status'?: (string);
  'groupIds'?: (string)[];
  'workspaceIds'?: (string)[];
}

export interface PortalRoleUser__Output {
  'externalUserId': (string);
  'contactId': (string);
  'clientId': (string);
  'email': (string);
  'displayName': (string);
  'role': (string);
  /**
   * invited or active.
   */
  'status': (string);
  'groupIds': (string)[];
  'workspaceIds': (string)[];
}

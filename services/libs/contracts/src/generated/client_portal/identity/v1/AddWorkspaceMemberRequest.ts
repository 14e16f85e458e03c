// Original file: proto/identity/v1/access.proto


export interface AddWorkspaceMemberRequest {
  /**
   * The workspace as portal knows it (the gateway reads it first).
   */
  'workspaceId'?: (string);
  'workspaceName'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  /**
   * The contact as crm knows it.
   */
  'contactId'?: (string);
  'email'?: (string);
  'displayName'?: (string);
  'role'?: (string);
  /**
   * Empty: the role's default rights.
   */
  'rights'?: (string)[];
  /**
   * The contact's mobile number (stored on a new login as mobile_number when it is E.164).
   */
  'mobile'?: (string);
}

export interface AddWorkspaceMemberRequest__Output {
  /**
   * The workspace as portal knows it (the gateway reads it first).
   */
  'workspaceId': (string);
  'workspaceName': (string);
  'clientId': (string);
  'clientName': (string);
  /**
   * The contact as crm knows it.
   */
  'contactId': (string);
  'email': (string);
  'displayName': (string);
  'role': (string);
  /**
   * Empty: the role's default rights.
   */
  'rights': (string)[];
  /**
   * The contact's mobile number (stored on a new login as mobile_number when it is E.164).
   */
  'mobile': (string);
}

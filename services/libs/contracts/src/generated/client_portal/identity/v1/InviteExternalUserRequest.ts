// Original file: proto/identity/v1/identity.proto


export interface InviteExternalUserRequest {
  'email'?: (string);
  'displayName'?: (string);
  'clientId'?: (string);
  'contactId'?: (string);
  'workspaceId'?: (string);
  'workspaceName'?: (string);
  'clientName'?: (string);
  'role'?: (string);
  /**
   * The CRM contact's mobile number; stored on the login (mobile_number) when it is E.164.
   */
  'mobile'?: (string);
}

export interface InviteExternalUserRequest__Output {
  'email': (string);
  'displayName': (string);
  'clientId': (string);
  'contactId': (string);
  'workspaceId': (string);
  'workspaceName': (string);
  'clientName': (string);
  'role': (string);
  /**
   * The CRM contact's mobile number; stored on the login (mobile_number) when it is E.164.
   */
  'mobile': (string);
}

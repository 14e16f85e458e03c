// Original file: proto/identity/v1/join_links.proto


export interface CompleteJoinRequest {
  'joinId'?: (string);
  'token'?: (string);
  'password'?: (string);
  /**
   * For a tenant link: the client and workspace the workflow created; ignored for a workspace link.
   */
  'clientId'?: (string);
  'clientName'?: (string);
  'workspaceId'?: (string);
  'workspaceName'?: (string);
  /**
   * The CRM contact ('' when the link creates none).
   */
  'contactId'?: (string);
}

export interface CompleteJoinRequest__Output {
  'joinId': (string);
  'token': (string);
  'password': (string);
  /**
   * For a tenant link: the client and workspace the workflow created; ignored for a workspace link.
   */
  'clientId': (string);
  'clientName': (string);
  'workspaceId': (string);
  'workspaceName': (string);
  /**
   * The CRM contact ('' when the link creates none).
   */
  'contactId': (string);
}

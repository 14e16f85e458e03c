// Original file: proto/identity/v1/access.proto


export interface WorkspaceMember {
  'externalUserId'?: (string);
  'contactId'?: (string);
  'email'?: (string);
  'displayName'?: (string);
  /**
   * The contact's role (decision-maker, technical, billing, observer).
   */
  'role'?: (string);
  /**
   * view, comment, approve, upload, pay, chat.
   */
  'rights'?: (string)[];
  /**
   * invited (has not accepted the portal invitation yet) or active.
   */
  'status'?: (string);
  'workspaceId'?: (string);
}

export interface WorkspaceMember__Output {
  'externalUserId': (string);
  'contactId': (string);
  'email': (string);
  'displayName': (string);
  /**
   * The contact's role (decision-maker, technical, billing, observer).
   */
  'role': (string);
  /**
   * view, comment, approve, upload, pay, chat.
   */
  'rights': (string)[];
  /**
   * invited (has not accepted the portal invitation yet) or active.
   */
  'status': (string);
  'workspaceId': (string);
}

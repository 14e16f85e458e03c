// Original file: proto/identity/v1/directory.proto


export interface ListRecipientsRequest {
  /**
   * Specific people: staff ids or external user ids of the tenant.
   */
  'userIds'?: (string)[];
  /**
   * Active staff holding one of these roles (owner, admin, manager, member).
   */
  'staffRoles'?: (string)[];
  /**
   * Client users of this client with portal access ...
   */
  'clientId'?: (string);
  /**
   * ... limited to the members of this workspace, when set ...
   */
  'workspaceId'?: (string);
  /**
   * ... holding this portal right there (view, comment, approve, upload, billing, pay, chat), when set.
   */
  'right'?: (string);
  /**
   * Client users who are these CRM contacts (a task assigned to a contact names the contact, not the login).
   */
  'contactIds'?: (string)[];
}

export interface ListRecipientsRequest__Output {
  /**
   * Specific people: staff ids or external user ids of the tenant.
   */
  'userIds': (string)[];
  /**
   * Active staff holding one of these roles (owner, admin, manager, member).
   */
  'staffRoles': (string)[];
  /**
   * Client users of this client with portal access ...
   */
  'clientId': (string);
  /**
   * ... limited to the members of this workspace, when set ...
   */
  'workspaceId': (string);
  /**
   * ... holding this portal right there (view, comment, approve, upload, billing, pay, chat), when set.
   */
  'right': (string);
  /**
   * Client users who are these CRM contacts (a task assigned to a contact names the contact, not the login).
   */
  'contactIds': (string)[];
}

// Original file: proto/identity/v1/view_as.proto


export interface PortalUser {
  'id'?: (string);
  'displayName'?: (string);
  'email'?: (string);
  /**
   * decision-maker, technical, billing or observer.
   */
  'role'?: (string);
  'workspaceIds'?: (string)[];
}

export interface PortalUser__Output {
  'id': (string);
  'displayName': (string);
  'email': (string);
  /**
   * decision-maker, technical, billing or observer.
   */
  'role': (string);
  'workspaceIds': (string)[];
}
